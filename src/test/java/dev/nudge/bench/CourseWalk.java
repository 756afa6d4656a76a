package dev.nudge.bench;

import dev.nudge.i18n.Language;
import dev.nudge.lesson.KnownAnswers;
import dev.nudge.lesson.LessonMath;
import dev.nudge.lesson.Step;
import dev.nudge.progress.StepKey;
import dev.nudge.step.StepContext;
import dev.nudge.step.guess.GuessStep;
import dev.nudge.step.nudges.NudgesStep;
import dev.nudge.step.predict.PredictStep;
import dev.nudge.step.quiz.Quiz;
import dev.nudge.step.quiz.QuizStep;
import dev.nudge.step.registry.Kinds;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The keys of a learner's walk through the whole course, the same for every benchmark: start, then at each step
 * scroll down and up, answer it rightly (guesses through all their reveal stages), move on, and quit on the
 * course-complete page. {@code main} prints them, one {@code kind<TAB>key} a line, for the pseudo-terminal driver.
 */
public final class CourseWalk {
    private static final int REVEAL_STAGES = 6;

    private CourseWalk() {
    }

    public static void main(String[] args) {
        var language = args.length > 0 ? Language.valueOf(args[0].toUpperCase(java.util.Locale.ROOT)) : Language.EN;
        keys(Path.of("lessons"), language).forEach(key -> System.out.println(key.kind() + "\t" + key.key()));
    }

    /** The walk through the course in {@code folder}, in {@code language}. */
    public static List<WalkKey> keys(Path folder, Language language) {
        var keys = new ArrayList<WalkKey>();
        keys.add(new WalkKey("start", "Enter", "start"));
        for (var lesson : Kinds.load(folder).course().orElseThrow().lessons(language)) {
            var math = LessonMath.of(lesson);
            lesson.steps().forEach(step -> keys.addAll(atStep(math, new StepKey(lesson.id(), step.id()), step)));
        }
        keys.add(new WalkKey("complete", "q", "complete"));
        return keys;
    }

    private static List<WalkKey> atStep(LessonMath math, StepKey at, Step step) {
        var where = at.lessonId() + "/" + at.stepId();
        var kind = step.kind();
        var keys = new ArrayList<String>(List.of("Down", "Up"));
        if (step instanceof GuessStep guess) {
            var guesses = KnownAnswers.guesses(guess, math);
            for (int i = 0; i < guesses.size(); i++) {
                if (i > 0) {
                    keys.add("Down");
                }
                keys.add(guesses.get(i));
            }
            for (int stage = 0; stage <= REVEAL_STAGES; stage++) {
                keys.add("Enter");
            }
        } else if (step instanceof QuizStep quiz) {
            // The timer's session has no learner name: its choices are in the unnamed learner's order.
            KnownAnswers.typed(quiz.quiz(), math, StepContext.UNNAMED_LEARNER, at).codePoints().forEach(c -> keys.add(Character.toString(c)));
            if (!(quiz.quiz() instanceof Quiz.ChoiceQuiz)) {
                keys.add("Enter");
            }
        } else if (step instanceof NudgesStep nudges) {
            keys.add("Enter");
            KnownAnswers.ownNudge(nudges, math).typed().codePoints().forEach(c -> keys.add(Character.toString(c)));
            keys.add("Enter");
        } else if (step instanceof PredictStep predict) {
            KnownAnswers.predicted(predict, math).codePoints().forEach(c -> keys.add(Character.toString(c)));
            keys.add("Enter");
        }
        keys.add("Enter");
        return keys.stream().map(key -> new WalkKey(kind, key, where)).toList();
    }
}
