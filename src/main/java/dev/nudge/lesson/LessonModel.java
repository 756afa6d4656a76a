package dev.nudge.lesson;

import java.util.List;
import java.util.Optional;

/**
 * The math a lesson declares once at its top (definitions such as the model {@code f(x, P)}, the parameters'
 * values, the training points), against which everything the lesson shows is computed.
 *
 * @param network the shape of the network the lesson trains ({@code network: 1 -> 2 relu -> 1}), which defines the
 *     model {@code f(x, P)} before the lesson's own definitions; empty for a lesson without one
 */
public record LessonModel(Optional<SourceText> network, List<SourceText> definitions, List<Binding> parameters,
        List<Point> points) {
    public LessonModel {
        definitions = List.copyOf(definitions);
        parameters = List.copyOf(parameters);
        points = List.copyOf(points);
    }
}
