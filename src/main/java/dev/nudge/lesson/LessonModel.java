package dev.nudge.lesson;

import java.util.List;

/**
 * The math a lesson declares once at its top (definitions such as the model {@code f(x, P)}, the parameters'
 * values, the training points), against which everything the lesson shows is computed.
 */
public record LessonModel(List<SourceText> definitions, List<Binding> parameters, List<Point> points) {
    public LessonModel {
        definitions = List.copyOf(definitions);
        parameters = List.copyOf(parameters);
        points = List.copyOf(points);
    }
}
