package dev.nudge.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nudge.i18n.Language;
import dev.nudge.lesson.KnownAnswers;
import dev.nudge.lesson.Lesson;
import dev.nudge.lesson.LessonMath;
import dev.nudge.lesson.Step;
import dev.nudge.step.TaughtStep;
import dev.nudge.step.derive.DeriveStep;
import dev.nudge.step.guess.GuessStep;
import dev.nudge.step.lab.LabStep;
import dev.nudge.step.nudges.NudgesStep;
import dev.nudge.step.predict.PredictStep;
import dev.nudge.step.quiz.Quiz;
import dev.nudge.step.quiz.QuizStep;
import dev.nudge.step.registry.Kinds;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A newcomer's walk through the real {@code ./nudge} in a real terminal: every step of the English course answered
 * (one quiz wrongly first), ending on the course-complete screen with the score; the first two lessons in Japanese;
 * and one lesson through a pipe in plain mode.
 */
class CourseWalkIT {
    private static final Path PROJECT = Path.of("").toAbsolutePath();
    /** How many lessons the course has, as each page's header counts them. */
    private static final int COURSE_LESSONS = lessons(Language.EN).size();

    private static List<Lesson<TaughtStep>> lessons(Language language) {
        return Kinds.load(PROJECT.resolve("lessons")).course().orElseThrow().lessons(language);
    }

    /** Answers the step on screen as a learner who knows the answer would, then moves on to the next step. */
    private static void answer(Tmux tmux, Lesson<TaughtStep> lesson, Step step, boolean missFirst) throws InterruptedException {
        var math = LessonMath.of(lesson);
        if (step instanceof GuessStep guess) {
            boolean first = true;
            for (var sign : KnownAnswers.guesses(guess, math)) {
                if (!first) {
                    tmux.press("Down");
                }
                tmux.type(sign);
                first = false;
            }
            tmux.press("Enter");
            // Submitting shows the first stage; each Enter shows one more of the stages this guess reveals.
            int stages = guess.plan().stages().size() - 2;
            for (int stage = 0; stage < stages; stage++) {
                tmux.press("Enter");
            }
        } else if (step instanceof LabStep) {
            // Open the lab, take a step in it, and come back to the same step.
            tmux.type("o");
            tmux.awaitText("steps: 0");
            tmux.type("s");
            tmux.awaitText("steps: 1");
            tmux.type("q");
            tmux.awaitScreen(screen -> !screen.contains("steps: 1") && screen.contains("Try it in the lab"),
                    "the lab step again");
        } else if (step instanceof QuizStep quiz) {
            if (missFirst) {
                tmux.type("12345");
                tmux.press("Enter");
                tmux.awaitText("1 of 3");
                tmux.press("C-u");
            }
            tmux.type(KnownAnswers.typed(quiz.quiz(), math));
            if (!(quiz.quiz() instanceof Quiz.ChoiceQuiz)) {
                tmux.press("Enter");
            }
        } else if (step instanceof DeriveStep derive) {
            // One press per line after the first; the press after the last moves on, as after every step.
            for (int line = 1; line < derive.derivation(math).steps().size(); line++) {
                tmux.press("Enter");
            }
        } else if (step instanceof NudgesStep nudges) {
            // Add a row of one's own and see it, then go on.
            var own = KnownAnswers.ownNudge(nudges, math);
            tmux.press("Enter");
            tmux.type(own.typed());
            tmux.press("Enter");
            tmux.awaitText(own.ratio());
        } else if (step instanceof PredictStep predict) {
            tmux.type(KnownAnswers.predicted(predict, math));
            tmux.press("Enter");
            tmux.awaitText("after the update the loss is");
        }
        tmux.press("Enter");
    }

    private static void walk(Tmux tmux, List<Lesson<TaughtStep>> lessons, String lessonLabel, boolean missOneQuiz)
            throws InterruptedException {
        boolean missed = !missOneQuiz;
        for (int l = 0; l < lessons.size(); l++) {
            var lesson = lessons.get(l);
            for (int s = 0; s < lesson.steps().size(); s++) {
                var header = lessonLabel + " " + (l + 1) + "/" + COURSE_LESSONS;
                var position = (s + 1) + "/" + lesson.steps().size();
                tmux.awaitScreen(screen -> screen.lines().findFirst().orElse("").contains(header)
                        && screen.lines().findFirst().orElse("").endsWith(position), header + " step " + position);
                var step = lesson.steps().get(s);
                boolean typedQuiz = step instanceof QuizStep quiz && quiz.quiz() instanceof Quiz.NumberQuiz;
                answer(tmux, lesson, step, !missed && typedQuiz);
                missed |= typedQuiz;
            }
        }
    }

    @Test
    void aNewcomerWalksTheWholeEnglishCourse() throws InterruptedException {
        try (var tmux = Tmux.start(80, 24, PROJECT, "LANG=C.UTF-8")) {
            tmux.typeLine("./nudge; echo \"EXIT=$?\"");
            tmux.awaitText("Start the course");
            tmux.press("Enter");
            walk(tmux, lessons(Language.EN), "Lesson", true);
            // The page is drawn in more than one write: wait for its last line, not its first.
            var screen = tmux.awaitScreen(s -> s.contains("Course complete!") && s.contains("Quizzes right"),
                    "the whole course-complete page");
            long scored = lessons(Language.EN).stream().flatMap(lesson -> lesson.steps().stream())
                    .filter(Step::scored).count();
            // One typed quiz was missed at the first try on purpose.
            assertThat(screen).contains("Quizzes right at the first try: " + (scored - 1) + " of " + scored);
            tmux.type("q");
            tmux.awaitText("EXIT=0");
        }
    }

    @Test
    void theFirstTwoLessonsInJapanese() throws InterruptedException {
        try (var tmux = Tmux.start(80, 24, PROJECT, "LANG=ja_JP.UTF-8")) {
            tmux.typeLine("./nudge; echo \"EXIT=$?\"");
            tmux.awaitText("コースをはじめる");
            tmux.press("Enter");
            walk(tmux, lessons(Language.JA).subList(0, 2), "レッスン", false);
            tmux.awaitScreen(screen -> screen.lines().findFirst().orElse("").contains("レッスン 3/" + COURSE_LESSONS),
                    "lesson 3");
            tmux.press("C-c");
            tmux.awaitText("EXIT=0");
        }
    }

    @Test
    void oneLessonInPlainModeThroughAPipe(@TempDir Path data) throws IOException, InterruptedException {
        var output = PlainRun.run("en", data, "\n\n\n\n2\n1\n\nq\n");
        assertThat(output)
                .contains("Lesson 1/" + COURSE_LESSONS + ": A network is a function (1/4)", "f(x, P) = P₀ × x + P₁",
                        "Miss 1 of 3.", "Right!", "Lesson 2/" + COURSE_LESSONS + ": How wrong is the network? (1/5)")
                .doesNotContain("\u001b[");
    }
}
