package dev.nudge.report;

import dev.nudge.progress.LearnerTally;
import dev.nudge.progress.StepKey;
import dev.nudge.progress.TallySink;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Builds a {@link ClassReport} from a learner's figures at a time: each learner becomes a line at once and only the
 * per-question counts are carried on, so nothing grows with the number of events.
 */
public final class ReportBuilder implements TallySink {
    private final CourseOutline outline;
    private final List<LearnerSummary> learners = new ArrayList<>();
    private Map<StepKey, String> kinds = Map.of();
    private final Map<StepKey, int[]> answeredAndWrong;

    ReportBuilder(CourseOutline outline) {
        this.outline = outline;
        this.answeredAndWrong = new TreeMap<>(outline.order());
    }

    @Override
    public void questions(Map<StepKey, String> kinds) {
        this.kinds = Map.copyOf(kinds);
        kinds.keySet().forEach(step -> answeredAndWrong.put(step, new int[2]));
    }

    @Override
    public void learner(LearnerTally learner) {
        int answered = 0;
        int rightFirst = 0;
        int hints = 0;
        var seen = new HashSet<StepKey>();
        for (var step : learner.steps()) {
            seen.add(step.step());
            hints += step.hints();
            if (!step.attempted()) {
                continue;
            }
            var counts = answeredAndWrong.get(step.step());
            if (counts != null) {
                counts[0]++;
                counts[1] += step.firstTry() ? 0 : 1;
            }
            if (QUIZ.equals(kinds.get(step.step()))) {
                answered++;
                rightFirst += step.firstTry() ? 1 : 0;
            }
        }
        var position = learner.position();
        learners.add(new LearnerSummary(learner.learner(), outline.lessonsCompleted(seen::contains), position,
                position.map(outline::title).orElse(""), rightFirst, answered, hints, learner.lastActive(),
                learner.fingerprints()));
    }

    public ClassReport build() {
        var questions = new ArrayList<QuestionSummary>();
        answeredAndWrong.forEach((step, counts) -> questions.add(
                new QuestionSummary(step, outline.title(step), kinds.get(step), counts[0], counts[1])));
        return new ClassReport(outline.lessonCount(), learners, questions);
    }
}
