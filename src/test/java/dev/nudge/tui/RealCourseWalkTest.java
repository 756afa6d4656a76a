package dev.nudge.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyType;
import dev.nudge.i18n.Language;
import dev.nudge.i18n.Messages;
import dev.nudge.layout.Glyphs;
import dev.nudge.layout.MathText;
import dev.nudge.lesson.Inline;
import dev.nudge.lesson.KnownAnswers;
import dev.nudge.lesson.Lesson;
import dev.nudge.lesson.LessonMath;
import dev.nudge.lesson.RichText;
import dev.nudge.lesson.Step;
import dev.nudge.progress.StepKey;
import dev.nudge.step.StepContext;
import dev.nudge.step.derive.DeriveStep;
import dev.nudge.step.guess.GuessStep;
import dev.nudge.step.lab.LabStep;
import dev.nudge.step.nudges.NudgesStep;
import dev.nudge.step.predict.PredictStep;
import dev.nudge.step.quiz.Quiz;
import dev.nudge.step.quiz.QuizStep;
import dev.nudge.tui.view.ViewOptions;
import dev.nudge.tutor.TestCourse;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The real course in {@code lessons/}, walked in process by a learner who knows every answer, on the real loop and a
 * virtual terminal: every lesson is listed in the contents, every step of every lesson is drawn under its own header,
 * with every computed number filled in; every guess is revealed to its verdict, every quiz is answered right (in the
 * Japanese and ASCII walks after the first wrong answer the quiz explains, whose explanation must show), every lab
 * opens and comes back, and the course ends on the complete page with the score those answers earn. Screens' looks are
 * checked on the fixture course ({@link LessonScreensTest}); this checks that the real course's own content draws.
 */
class RealCourseWalkTest {
    private final List<String> screens = new ArrayList<>();

    @ParameterizedTest(name = "{0}, ascii {1}")
    @CsvSource({"EN, false", "JA, false", "EN, true"})
    void everyStepOfTheRealCourseDrawsAndIsAnswered(Language language, boolean ascii) throws InterruptedException {
        boolean missFirst = language == Language.JA || ascii;
        int missed = 0;
        var book = TestCourse.book();
        var lessons = IntStream.range(0, book.lessonCount()).mapToObj(i -> book.lesson(language, i)).toList();
        try (var tutor = VirtualTutor.start(80, 24, TestCourse.start(language), new ViewOptions(ascii, true))) {
            tutor.awaitScreen(screen -> !screen.isBlank(), "the first frame");
            tutor.type('t');
            assertThat(settled(tutor, ascii)).contains(lessons.stream().map(Lesson::title).toList());
            tutor.press(KeyType.Escape);
            tutor.press(KeyType.Enter);
            for (int l = 0; l < lessons.size(); l++) {
                var lesson = lessons.get(l);
                var header = Messages.text(language, "lesson.number", l + 1, lessons.size());
                for (int s = 0; s < lesson.steps().size(); s++) {
                    var position = (s + 1) + "/" + lesson.steps().size();
                    var top = settled(tutor, ascii).lines().findFirst().orElse("");
                    assertThat(top).as("the header of %s step %s", lesson.id(), position).contains(header)
                            .endsWith(position);
                    var step = lesson.steps().get(s);
                    if (step.kind().equals("prose")) {
                        // A long prose step is read to its end, so its figures below the fold are seen too.
                        tutor.press(KeyType.End);
                        settled(tutor, ascii);
                    }
                    if (missFirst && step instanceof QuizStep quiz && miss(tutor, language, ascii, lesson, quiz)) {
                        missed++;
                    }
                    answer(tutor, language, ascii, lesson, step);
                    tutor.press(KeyType.Enter);
                }
            }
            long quizzes = lessons.stream().flatMap(lesson -> lesson.steps().stream())
                    .filter(Step::scored).count();
            // The score is near the end of the recap, below the first screen.
            tutor.press(KeyType.End);
            assertThat(settled(tutor, ascii))
                    .contains(Messages.text(language, "complete.score", quizzes - missed, quizzes));
        }
        if (language == Language.EN && !ascii) {
            assertThat(String.join("\n", screens)).as("the article's figures, as the walk showed them")
                    .contains("loss = 9", "9.006001", "0.006001", "6.001", "0.4", "5.76", "-3.24",
                            "11/3", "-2/3");
        }
    }

    /**
     * Gives the quiz's first foreseen wrong answer and checks its explanation shows, then clears a typed answer;
     * whether the quiz had one to give.
     */
    private boolean miss(VirtualTutor tutor, Language language, boolean ascii, Lesson<?> lesson, QuizStep quiz) {
        var miss = KnownAnswers.miss(quiz.quiz(), StepContext.UNNAMED_LEARNER, new StepKey(lesson.id(), quiz.id()));
        if (miss.isEmpty()) {
            return false;
        }
        miss.get().typed().chars().forEach(c -> tutor.type((char) c));
        boolean typed = !(quiz.quiz() instanceof Quiz.ChoiceQuiz);
        if (typed) {
            tutor.press(KeyType.Enter);
        }
        assertThat(settled(tutor, ascii)).as("the explanation of %s at %s", miss.get().typed(), quiz.id())
                .doesNotContain(Messages.text(language, "quiz.correct"))
                .contains(opening(miss.get().explanation()));
        if (typed) {
            tutor.ctrl('u');
        }
        return true;
    }

    /**
     * The first words of {@code text}'s plain opening, before any markup or math, short enough to be on the
     * explanation's first screen line whatever the wrapping: up to the last space within 24 characters, or 8
     * characters of text without spaces.
     */
    private static String opening(RichText text) {
        var first = text.runs().isEmpty() ? null : text.runs().get(0);
        var plain = first instanceof Inline.Text run ? run.text().strip() : "";
        int space = plain.length() > 24 ? plain.lastIndexOf(' ', 24) : plain.length();
        return space > 0 ? plain.substring(0, space) : plain.substring(0, Math.min(8, plain.length()));
    }

    /** Answers the step on screen as a learner who knows the answer would, and checks the tutor agrees. */
    private void answer(VirtualTutor tutor, Language language, boolean ascii, Lesson lesson, Step step) {
        var math = LessonMath.of(lesson);
        if (step instanceof GuessStep guess) {
            var signs = KnownAnswers.guesses(guess, math);
            for (int i = 0; i < signs.size(); i++) {
                if (i > 0) {
                    tutor.press(KeyType.ArrowDown);
                }
                tutor.type(signs.get(i).charAt(0));
            }
            // Enter checks the guess and shows its first stage; each Enter more shows one of the stages it reveals.
            int stages = guess.plan().stages().size() - 2;
            for (int stage = 0; stage <= stages; stage++) {
                tutor.press(KeyType.Enter);
                settled(tutor, ascii);
            }
            assertThat(screens.get(screens.size() - 1)).as("the verdict of %s", step.id())
                    .contains(Messages.text(language, "verdict.allRight"));
        } else if (step instanceof QuizStep quiz) {
            KnownAnswers.typed(quiz.quiz(), math, StepContext.UNNAMED_LEARNER, new StepKey(lesson.id(), quiz.id()))
                    .chars().forEach(c -> tutor.type((char) c));
            if (!(quiz.quiz() instanceof Quiz.ChoiceQuiz)) {
                tutor.press(KeyType.Enter);
            }
            assertThat(settled(tutor, ascii)).as("the verdict of %s", step.id())
                    .contains(Messages.text(language, "quiz.correct"));
        } else if (step instanceof PredictStep predict) {
            KnownAnswers.predicted(predict, math).chars().forEach(c -> tutor.type((char) c));
            tutor.press(KeyType.Enter);
            assertThat(settled(tutor, ascii)).as("the verdict of %s", step.id())
                    .contains(Messages.text(language, "predict.right", KnownAnswers.predicted(predict, math)));
        } else if (step instanceof DeriveStep derive) {
            var derivation = derive.derivation(math);
            for (int line = 1; line < derivation.steps().size(); line++) {
                tutor.press(KeyType.Enter);
                settled(tutor, ascii);
            }
            var text = new MathText(Glyphs.choose(ascii, language));
            var result = text.expr(derive.result(derivation));
            var said = derive.value(derivation)
                    .map(value -> Messages.text(language, "derive.resultAt", result, text.expr(value)))
                    .orElseGet(() -> Messages.text(language, "derive.result", result));
            // the line may wrap: compare without the spaces and breaks
            assertThat(settled(tutor, ascii).replaceAll("\\s+", "")).as("the end of %s", step.id())
                    .contains(said.replaceAll("\\s+", ""));
        } else if (step instanceof NudgesStep nudges) {
            var own = KnownAnswers.ownNudge(nudges, math);
            tutor.press(KeyType.Enter);
            own.typed().chars().forEach(c -> tutor.type((char) c));
            tutor.press(KeyType.Enter);
            assertThat(settled(tutor, ascii)).as("the row of a nudge of one's own at %s", step.id())
                    .contains(Messages.text(language, "nudges.added", own.typed()), own.ratio());
        } else if (step instanceof LabStep) {
            tutor.type('o');
            assertThat(settled(tutor, ascii)).contains(Messages.text(language, "lab.steps", 0));
            tutor.type('s');
            assertThat(settled(tutor, ascii)).contains(Messages.text(language, "lab.steps", 1));
            tutor.type('q');
            assertThat(settled(tutor, ascii)).doesNotContain(Messages.text(language, "lab.steps", 1));
        }
    }

    /** The screen once the tutor is idle, kept for the figures; it shows no markup, and in ASCII only ASCII. */
    private String settled(VirtualTutor tutor, boolean ascii) {
        var screen = tutor.awaitSettled();
        screens.add(screen);
        assertThat(screen).as("a screen of the walk").doesNotContain("{{", "}}", "\uFFFD", "??");
        if (ascii) {
            assertThat(screen).as("a screen of the ASCII walk").matches("[\\x20-\\x7e\\n]*");
        }
        return screen;
    }
}
