package dev.nudge.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nudge.i18n.Language;
import dev.nudge.i18n.Messages;
import dev.nudge.layout.Glyphs;
import dev.nudge.layout.MathText;
import dev.nudge.layout.Subscripts;
import dev.nudge.lesson.KnownAnswers;
import dev.nudge.lesson.Lesson;
import dev.nudge.lesson.LessonMath;
import dev.nudge.lesson.Step;
import dev.nudge.progress.StepKey;
import dev.nudge.progress.StepProgress;
import dev.nudge.step.TaughtStep;
import dev.nudge.step.derive.DeriveStep;
import dev.nudge.step.guess.GuessMath;
import dev.nudge.step.guess.GuessRecap;
import dev.nudge.step.guess.GuessStep;
import dev.nudge.step.guess.RevealStage;
import dev.nudge.step.lab.LabStep;
import dev.nudge.step.nudges.NudgesStep;
import dev.nudge.step.predict.PredictStep;
import dev.nudge.step.quiz.Quiz;
import dev.nudge.step.quiz.QuizSession;
import dev.nudge.step.quiz.QuizStep;
import dev.nudge.step.registry.Kinds;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A newcomer's walk through the real {@code ./nudge} in a real terminal, in English and in Japanese: every step of the
 * course answered, the first number quiz and the first choice quiz wrongly at first (the choices in the learner's own
 * order), ending on the course-complete page, whose recap must show the learner's own numbers and score; and one
 * lesson through a pipe in plain mode.
 */
class CourseWalkIT {
    private static final Path PROJECT = Path.of("").toAbsolutePath();
    /** The learner who walks: named, so the order of each quiz's choices is the one the answers are worked out for. */
    private static final String LEARNER = PlainRun.LEARNER;

    private static List<Lesson<TaughtStep>> lessons(Language language) {
        return Kinds.load(PROJECT.resolve("lessons")).course().orElseThrow().lessons(language);
    }

    /** One walk: its language, and the kinds of quiz already answered wrongly on purpose. */
    private static final class Walk {
        private final Tmux tmux;
        private final Language language;
        private final Set<Class<?>> missed = new HashSet<>();

        Walk(Tmux tmux, Language language) {
            this.tmux = tmux;
            this.language = language;
        }

        void lessons(List<Lesson<TaughtStep>> lessons, int courseLessons) throws InterruptedException {
            for (int l = 0; l < lessons.size(); l++) {
                var lesson = lessons.get(l);
                for (int s = 0; s < lesson.steps().size(); s++) {
                    var header = Messages.text(language, "lesson.number", l + 1, courseLessons);
                    var position = (s + 1) + "/" + lesson.steps().size();
                    tmux.awaitScreen(screen -> screen.lines().findFirst().orElse("").contains(header)
                            && screen.lines().findFirst().orElse("").endsWith(position), header + " step " + position);
                    answer(lesson, lesson.steps().get(s));
                }
            }
        }

        /** Answers the step on screen as a learner who knows the answer would, then moves on to the next step. */
        private void answer(Lesson<TaughtStep> lesson, Step step) throws InterruptedException {
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
                int stages = guess.plan(GuessMath.of(math, guess)).stages().size() - 2;
                for (int stage = 0; stage < stages; stage++) {
                    tmux.press("Enter");
                }
            } else if (step instanceof LabStep) {
                // Open the lab, take a step in it, and come back to the same step.
                tmux.type("o");
                tmux.awaitText(Messages.text(language, "lab.steps", 0));
                tmux.type("s");
                tmux.awaitText(Messages.text(language, "lab.steps", 1));
                tmux.type("q");
                tmux.awaitScreen(screen -> !screen.contains(Messages.text(language, "lab.steps", 1))
                        && screen.contains(step.title()), "the lab step again");
            } else if (step instanceof QuizStep quiz) {
                var key = new StepKey(lesson.id(), step.id());
                boolean typed = !(quiz.quiz() instanceof Quiz.ChoiceQuiz);
                var miss = KnownAnswers.miss(quiz.quiz(), LEARNER, key);
                if (miss.isPresent() && missed.add(quiz.quiz().getClass())) {
                    tmux.type(miss.get().typed());
                    if (typed) {
                        tmux.press("Enter");
                    }
                    tmux.awaitText(Messages.text(language, "quiz.wrong", 1, QuizSession.MAX_MISSES));
                    if (typed) {
                        tmux.press("C-u");
                    }
                }
                tmux.type(KnownAnswers.typed(quiz.quiz(), math, LEARNER, key));
                if (typed) {
                    tmux.press("Enter");
                }
                tmux.awaitText(Messages.text(language, "quiz.correct"));
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
                tmux.awaitText(Messages.text(language, "predict.right", KnownAnswers.predicted(predict, math)));
            }
            tmux.press("Enter");
        }
    }

    /**
     * Text as the recap says it, whatever the wrapping: English wraps between words, so lines join with a space;
     * Japanese wraps anywhere, so every space goes.
     */
    private static String unwrapped(String text, Language language) {
        var flat = text.replace('\u00a0', ' ').lines().map(String::strip).reduce((a, b) -> a + " " + b).orElse("");
        return language == Language.JA ? flat.replaceAll("\\s+", "") : flat.replaceAll("\\s+", " ");
    }

    /**
     * The whole recap as the learner reads it: every screen from its top, one line down at a time, to its last line;
     * each screen unwrapped, so a sentence is found whole on the screen that shows all of it.
     */
    private static String readRecap(Tmux tmux, Language language) throws InterruptedException {
        var last = Messages.text(language, "complete.next");
        var screen = tmux.awaitScreen(s -> s.contains(Messages.text(language, "complete.title"))
                && s.contains(Messages.text(language, "recap.start")), "the top of the recap");
        var read = new StringBuilder(unwrapped(screen, language));
        for (int line = 0; line < 60 && !screen.contains(last); line++) {
            var before = screen;
            tmux.press("Down");
            screen = tmux.awaitScreen(s -> !s.equals(before), "the recap scrolled one line");
            read.append('\n').append(unwrapped(screen, language));
        }
        assertThat(screen).as("the end of the recap").contains(last);
        return read.toString();
    }

    private static boolean showsUpdate(Step step) {
        return step instanceof GuessStep guess && guess.plan().shows(RevealStage.UPDATE);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void aNewcomerWalksTheWholeCourseAndReadsTheRecap(Language language) throws InterruptedException {
        var lessons = lessons(language);
        var environment = language == Language.JA ? "LANG=ja_JP.UTF-8" : "LANG=C.UTF-8";
        try (var tmux = Tmux.start(80, 24, PROJECT, environment)) {
            tmux.typeLine("./nudge --user " + LEARNER + "; echo \"EXIT=$?\"");
            tmux.awaitText(Messages.text(language, "start.begin"));
            tmux.press("Enter");
            var walk = new Walk(tmux, language);
            walk.lessons(lessons, lessons.size());
            assertThat(walk.missed).as("a number quiz and a choice quiz were missed first")
                    .contains(Quiz.NumberQuiz.class, Quiz.ChoiceQuiz.class);

            // The recap, read line by line down to its end, as a learner scrolls it.
            var recapText = readRecap(tmux, language);
            // tmux draws subscript digits one column wide, and the tutor's probe finds that out.
            var names = new MathText(Glyphs.choose(false, language, Subscripts.DIGITS));
            var firstLesson = lessons.stream().filter(l -> l.steps().stream().anyMatch(GuessStep.class::isInstance))
                    .findFirst().orElseThrow();
            var firstGuess = (GuessStep) firstLesson.steps().stream().filter(GuessStep.class::isInstance).findFirst()
                    .orElseThrow();
            var recap = GuessRecap.of(firstGuess, LessonMath.of(firstLesson), StepProgress.NONE);
            int lessonNumber = lessons.indexOf(firstLesson) + 1;
            assertThat(recapText).as("where the learner started").contains(unwrapped(Messages.text(language,
                    "recap.firstLoss", names.value(recap.lossBefore()), lessonNumber), language));
            for (var p : recap.parameters()) {
                var direction = Messages.text(language, "guess." + p.right().name().toLowerCase(Locale.ROOT));
                var said = Messages.text(language, "recap.said", names.name(p.name()), direction, direction,
                        names.slopeName("Loss", p.name()) + " = " + names.value(p.slope()));
                assertThat(recapText).as("what the learner said of %s", p.name()).contains(unwrapped(said, language));
            }
            // The update told back is the one the learner saw: at the first guess whose reveal shows it.
            var updateLesson = lessons.stream().filter(l -> l.steps().stream().anyMatch(CourseWalkIT::showsUpdate))
                    .findFirst().orElseThrow();
            var updateGuess = (GuessStep) updateLesson.steps().stream().filter(CourseWalkIT::showsUpdate).findFirst()
                    .orElseThrow();
            var update = GuessRecap.of(updateGuess, LessonMath.of(updateLesson), StepProgress.NONE);
            assertThat(recapText).as("the update the learner made").contains(unwrapped(Messages.text(language,
                    update.change().signum() < 0 ? "recap.lossFell" : "recap.lossRose", names.value(update.lossBefore()),
                    names.value(update.lossAfter()), names.value(update.change())), language));
            long scored = lessons.stream().flatMap(lesson -> lesson.steps().stream()).filter(Step::scored).count();
            assertThat(recapText).as("the score").contains(unwrapped(Messages.text(language, "complete.score",
                    scored - walk.missed.size(), scored), language));
            assertThat(recapText).as("what to try in the lab").contains(unwrapped(Messages.text(language,
                    "recap.lab"), language));
            tmux.type("q");
            tmux.awaitText("EXIT=0");
        }
    }

    @Test
    void oneLessonInPlainModeThroughAPipe(@TempDir Path data) throws IOException, InterruptedException {
        var first = lessons(Language.EN).get(0);
        var quiz = (QuizStep) first.steps().stream().filter(QuizStep.class::isInstance).findFirst().orElseThrow();
        var key = new StepKey(first.id(), quiz.id());
        var reading = first.steps().indexOf(quiz);
        var miss = KnownAnswers.miss(quiz.quiz(), LEARNER, key).orElseThrow().typed();
        var right = KnownAnswers.typed(quiz.quiz(), LessonMath.of(first), LEARNER, key);
        var output = PlainRun.run("en", data, "\n".repeat(reading + 1) + miss + "\n" + right + "\n\nq\n");
        int count = lessons(Language.EN).size();
        assertThat(output)
                .contains("Lesson 1/" + count + ": " + first.title() + " (1/" + first.steps().size() + ")",
                        "f(x, P) = P₀ × x + P₁", "Miss 1 of 3.", "Right!",
                        "Lesson 2/" + count + ": " + lessons(Language.EN).get(1).title() + " (1/")
                .doesNotContain("\u001b[");
    }
}
