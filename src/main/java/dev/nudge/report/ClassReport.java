package dev.nudge.report;

import dev.nudge.lesson.Course;
import dev.nudge.progress.LearnerHistory;
import dev.nudge.progress.Progress;
import dev.nudge.progress.ProgressEvent;
import dev.nudge.progress.StepKey;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;

/**
 * What {@code nudge report} shows a teacher: a line per learner, and per question how often the first attempt was
 * wrong. It is computed from the learners' histories with the same replay the tutor uses, so it never disagrees with
 * what a learner sees.
 *
 * @param lessonCount lessons in the course; empty when the course could not be read
 * @param learners a line per learner, by name
 * @param questions a line per quiz or guess anyone answered, in course order
 */
public record ClassReport(OptionalInt lessonCount, List<LearnerSummary> learners, List<QuestionSummary> questions) {
    static final String QUIZ = "quiz";
    static final String GUESS = "guess";

    public ClassReport {
        learners = List.copyOf(learners);
        questions = List.copyOf(questions);
    }

    /** The report on {@code histories}, with titles from {@code course} when it could be read. */
    public static ClassReport of(List<LearnerHistory> histories, Optional<Course> course) {
        var outline = CourseOutline.of(course);
        var kinds = questionKinds(histories, outline);
        var learners = histories.stream().sorted(Comparator.comparing(LearnerHistory::learner))
                .map(history -> summary(history, outline, kinds)).toList();
        return new ClassReport(outline.lessonCount(), learners, questions(histories, outline, kinds));
    }

    /** Each step that was answered or guessed at, in course order, with what kind of question it is. */
    private static Map<StepKey, String> questionKinds(List<LearnerHistory> histories, CourseOutline outline) {
        var kinds = new TreeMap<StepKey, String>(outline.order());
        for (var history : histories) {
            for (var event : history.events()) {
                if (event instanceof ProgressEvent.Answered) {
                    kinds.put(event.step(), QUIZ);
                } else if (event instanceof ProgressEvent.Guessed) {
                    kinds.put(event.step(), GUESS);
                }
            }
        }
        return kinds;
    }

    private static LearnerSummary summary(LearnerHistory history, CourseOutline outline, Map<StepKey, String> kinds) {
        var progress = history.progress();
        int answered = 0;
        int rightFirst = 0;
        int hints = 0;
        for (var entry : progress.steps().entrySet()) {
            var step = entry.getValue();
            hints += step.hints();
            if (QUIZ.equals(kinds.get(entry.getKey())) && step.attempts() > 0) {
                answered++;
                rightFirst += step.firstTry() ? 1 : 0;
            }
        }
        var position = progress.position();
        return new LearnerSummary(history.learner(), outline.lessonsCompleted(progress), position,
                position.map(outline::title).orElse(""), rightFirst, answered, hints, history.lastActive());
    }

    private static List<QuestionSummary> questions(List<LearnerHistory> histories, CourseOutline outline,
            Map<StepKey, String> kinds) {
        var progresses = histories.stream().map(LearnerHistory::progress).toList();
        var questions = new ArrayList<QuestionSummary>();
        kinds.forEach((step, kind) -> questions.add(question(step, kind, outline, progresses)));
        return questions;
    }

    private static QuestionSummary question(StepKey step, String kind, CourseOutline outline,
            List<Progress> progresses) {
        int answered = 0;
        int wrongFirst = 0;
        for (var progress : progresses) {
            var at = progress.of(step);
            if (at.attempts() > 0) {
                answered++;
                wrongFirst += at.firstTry() ? 0 : 1;
            }
        }
        return new QuestionSummary(step, outline.title(step), kind, answered, wrongFirst);
    }
}
