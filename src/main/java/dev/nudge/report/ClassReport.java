package dev.nudge.report;

import dev.nudge.lesson.Course;
import dev.nudge.progress.LearnerHistory;
import dev.nudge.progress.LearnerTally;
import dev.nudge.progress.ProgressEvent;
import dev.nudge.progress.StepKey;
import dev.nudge.progress.TallySink;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What {@code nudge report} shows a teacher: a line per learner, and per question how often the first attempt was
 * wrong. It is built from each learner's figures (a {@link LearnerTally}) as a progress file hands them over, so a
 * class of any size is reported in a small heap; the figures mean what the tutor's own replay of the events means,
 * so a report never disagrees with what a learner sees.
 *
 * @param lessonCount lessons in the course; empty when the course could not be read
 * @param learners a line per learner, by name
 * @param questions a line per quiz or guess anyone answered, in course order
 */
public record ClassReport(OptionalInt lessonCount, List<LearnerSummary> learners, List<QuestionSummary> questions) {
    static final String QUIZ = TallySink.QUIZ;
    static final String GUESS = TallySink.GUESS;

    public ClassReport {
        learners = List.copyOf(learners);
        questions = List.copyOf(questions);
    }

    /** A report to be filled by a progress file, with titles from {@code course} when it could be read. */
    public static ReportBuilder builder(Optional<? extends Course<?>> course) {
        return new ReportBuilder(CourseOutline.of(course));
    }

    /** The report on {@code histories}, by replaying each learner's events (what the file's figures must match). */
    public static ClassReport of(List<LearnerHistory> histories, Optional<? extends Course<?>> course) {
        var builder = builder(course);
        var kinds = new HashMap<StepKey, String>();
        for (var history : histories) {
            for (var event : history.events()) {
                if (event instanceof ProgressEvent.Answered) {
                    kinds.put(event.step(), QUIZ);
                } else if (event instanceof ProgressEvent.Guessed) {
                    kinds.putIfAbsent(event.step(), GUESS);
                }
            }
        }
        builder.questions(kinds);
        histories.stream().sorted(Comparator.comparing(LearnerHistory::learner))
                .forEach(history -> builder.learner(LearnerTally.of(history)));
        return builder.build();
    }
}
