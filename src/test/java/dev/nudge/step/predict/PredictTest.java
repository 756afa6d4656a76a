package dev.nudge.step.predict;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nudge.i18n.Language;
import dev.nudge.keys.Key;
import dev.nudge.layout.Glyphs;
import dev.nudge.layout.Writing;
import dev.nudge.math.Rational;
import dev.nudge.progress.Progress;
import dev.nudge.progress.ProgressEvent;
import dev.nudge.progress.StepKey;
import dev.nudge.step.CheckingBudget;
import dev.nudge.step.Notice;
import dev.nudge.step.StepContext;
import dev.nudge.step.StepUpdate;
import dev.nudge.step.Verdict;
import dev.nudge.step.registry.Kinds;
import dev.nudge.tutor.TestCourse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The predict kind on its own: the update it computes for the course's predict step, its verdicts and their reasons,
 * its keys, its plain mode, and the checker's messages for a broken block.
 */
class PredictTest {
    private static final StepKey KEY = new StepKey("derivative", "step-from-minus-three");
    private final List<ProgressEvent> recorded = new ArrayList<>();
    private StepUpdate now;

    private static StepContext context(Progress progress) {
        var book = TestCourse.book();
        var place = book.place(KEY).orElseThrow();
        return new StepContext(KEY, book.math(Language.EN, place.lesson()), progress);
    }

    private static PredictStep step() {
        var book = TestCourse.book();
        return (PredictStep) book.step(Language.EN, book.place(KEY).orElseThrow());
    }

    private PredictTest arrive(Progress progress) {
        var context = context(progress);
        now = StepUpdate.of(context, step().start(context), Optional.empty(), CheckingBudget.FRESH);
        return this;
    }

    private PredictTest press(Key... keys) {
        for (var key : keys) {
            var asked = session().keymap().lookup(key).map(binding -> binding.action().apply(now, key));
            if (asked.isPresent()) {
                recorded.addAll(asked.get().events());
                var after = asked.get();
                now = StepUpdate.of(now.context(), after.session(), after.notice(), after.checking());
            }
        }
        return this;
    }

    private PredictTest type(String text) {
        text.chars().forEach(c -> press(Key.character((char) c)));
        return press(Key.of(Key.Kind.ENTER));
    }

    private PredictSession session() {
        return (PredictSession) now.session();
    }

    private PredictMath math() {
        return session().math();
    }

    @Test
    void theUpdateMovesTheParameterAgainstItsSlope() {
        arrive(Progress.NONE);
        assertThat(math().moves()).containsExactly(new PredictMath.Move("P_1", Rational.of(-3), Rational.of(-2),
                Rational.parse("-2.8")));
        assertThat(math().lossBefore()).isEqualTo(Rational.ONE);
        assertThat(math().lossAfter()).isEqualTo(Rational.parse("0.64"));
        assertThat(math().change()).isEqualTo(Rational.parse("-0.36"));
        // The engine's numbers agree with the loss written out: (P_1 + 2)^2 at the new P_1.
        var lesson = context(Progress.NONE).math();
        assertThat(math().lossAfter()).isEqualTo(lesson.evaluate("(P_1 + 2)^2", List.of(
                new dev.nudge.lesson.Binding(new dev.nudge.lesson.SourceText("P_1", 1, 1),
                        new dev.nudge.lesson.SourceText(math().moves().get(0).after().toString(), 1, 1)))));
    }

    @Test
    void aRightPredictionIsRecordedAndShowsTheChange() {
        arrive(Progress.NONE).type("16/25");
        assertThat(session().last()).contains(new Verdict.Correct());
        assertThat(session().done()).isTrue();
        assertThat(session().takesText()).isFalse();
        assertThat(recorded).containsExactly(new ProgressEvent.Answered(KEY, "16/25", true));
        var text = lines();
        assertThat(text).contains("✓ Right: after the update the loss is 0.64.", "before 1   after 0.64   change -0.36");
    }

    @Test
    void aWrongPredictionSaysWhatTheLossIsAndHowItFollows() {
        arrive(Progress.NONE).type("0.5");
        assertThat(session().last()).contains(Verdict.Wrong.saying("predict.why", "0.64", "P_1 = -2.8"));
        assertThat(recorded).containsExactly(new ProgressEvent.Answered(KEY, "0.5", false));
        assertThat(lines()).contains("The update gives P₁ = -2.8, and with that the loss is 0.64.");
    }

    @Test
    void theLossBeforeAndAStepTheWrongWayAreNamed() {
        assertThat(arrive(Progress.NONE).type("1").session().last())
                .contains(Verdict.Wrong.saying("predict.lossBefore", "0.64", "P_1 = -2.8"));
        assertThat(arrive(Progress.NONE).type("1.44").session().last())
                .contains(Verdict.Wrong.saying("predict.wrongWay", "0.64", "P_1 = -2.8"));
    }

    @Test
    void somethingThatIsNoNumberCostsNothingAndKeepsTheFieldOpen() {
        arrive(Progress.NONE).type("zero point six");
        assertThat(session().last()).hasValueSatisfying(v -> assertThat(v.countsAsAttempt()).isFalse());
        assertThat(session().done()).isFalse();
        assertThat(session().takesText()).isTrue();
        assertThat(recorded).isEmpty();
    }

    @Test
    void escLeavesTheFieldAndRRetriesAJudgedPrediction() {
        arrive(Progress.NONE).press(Key.of(Key.Kind.ESCAPE));
        assertThat(session().takesText()).isFalse();
        assertThat(now.notice()).contains(Notice.of("notice.leftField"));
        press(Key.character('i')).type("0.64").press(Key.character('r'));
        assertThat(session().done()).isFalse();
        assertThat(session().takesText()).isTrue();
        assertThat(session().field().text()).isEmpty();
    }

    @Test
    void hintsClimbTheLadderAndAreRecorded() {
        arrive(Progress.NONE).press(Key.of(Key.Kind.ESCAPE), Key.character('h'), Key.character('h'));
        assertThat(session().hints()).isEqualTo(2);
        assertThat(recorded).containsExactly(new ProgressEvent.HintTaken(KEY, 1), new ProgressEvent.HintTaken(KEY, 2));
    }

    @Test
    void aPredictionRightBeforeShowsAsDone() {
        var progress = Progress.NONE.after(new ProgressEvent.Answered(KEY, "0.64", true));
        arrive(progress);
        assertThat(session().done()).isTrue();
        assertThat(lines()).contains("✓ You answered this rightly before.");
    }

    @Test
    void theToleranceAcceptsANearbyLoss(@TempDir Path folder) throws IOException {
        var lesson = fixture(folder, "tolerance: 0.01\n");
        var course = Kinds.load(lesson).course().orElseThrow();
        var step = (PredictStep) course.lessons(Language.EN).get(0).steps().get(0);
        var context = new StepContext(KEY, dev.nudge.lesson.LessonMath.of(course.lessons(Language.EN).get(0)),
                Progress.NONE);
        now = StepUpdate.of(context, step.start(context), Optional.empty(), CheckingBudget.FRESH);
        assertThat(type("5.765").session().last()).contains(new Verdict.Correct());
        assertThat(arriveAt(context, step).type("5.8").session().last().orElseThrow().isCorrect()).isFalse();
    }

    @Test
    void aTypedLineIsTheWholeAnswerInPlainMode() {
        arrive(Progress.NONE);
        var writing = new Writing(Language.EN, Glyphs.UNICODE);
        assertThat(session().plainLine("0.64", writing).keys()).containsExactly(Key.ctrl('u'), Key.character('0'),
                Key.character('.'), Key.character('6'), Key.character('4'), Key.of(Key.Kind.ENTER));
        press(Key.of(Key.Kind.ESCAPE));
        assertThat(session().plainLine("h", writing).keys()).containsExactly(Key.character('h'));
    }

    @Test
    void theCheckerReportsABrokenBlockAtItsLine(@TempDir Path folder) throws IOException {
        var unknown = Files.createDirectories(folder.resolve("unknown"));
        assertThat(problems(fixture(unknown, "").resolveSibling("unknown"))).isEmpty();
        writeLesson(unknown, "points: (0, -2)\nupdate: P_7\nrate: 0.1\n" + HINTS);
        assertThat(problems(unknown)).singleElement().asString().endsWith("01-step.md:14:9: \"P_7\": \"P_7\" is not a"
                + " parameter of the lesson or the block");
        var missing = Files.createDirectories(folder.resolve("missing"));
        writeLesson(missing, "points: (0, -2)\nrate: 0.1\n" + HINTS);
        assertThat(problems(missing)).singleElement().asString()
                .endsWith("01-step.md:12:1: a predict block needs a \"update:\" line");
    }

    private PredictTest arriveAt(StepContext context, PredictStep step) {
        now = StepUpdate.of(context, step.start(context), Optional.empty(), CheckingBudget.FRESH);
        return this;
    }

    private List<String> lines() {
        var book = TestCourse.book();
        var math = book.math(Language.EN, book.place(KEY).orElseThrow().lesson());
        var prose = new dev.nudge.layout.ProseLayout(math, Glyphs.UNICODE, 76, false);
        return session().lines(new Writing(Language.EN, Glyphs.UNICODE), prose).stream()
                .map(line -> line.text().strip()).toList();
    }

    private static final String HINTS = "hint-concept: c\nhint-strategy: s\nhint-answer: a\n";

    /** A course of one lesson whose only step is a predict block with the lines {@code extra} added. */
    private static Path fixture(Path folder, String extra) throws IOException {
        writeLesson(folder, "points: (0, -2)\nupdate: P_1\nrate: 0.1\n" + extra + HINTS);
        return folder;
    }

    private static void writeLesson(Path folder, String block) throws IOException {
        Files.createDirectories(folder.resolve("en"));
        Files.writeString(folder.resolve("course.txt"), "format_version: 1\nlanguages: en\nlessons:\n  01-step\n");
        Files.writeString(folder.resolve("en/01-step.md"), "---\nid: step\ntitle: A step\n"
                + "define: f(x, P) = P_0 \\times x + P_1\nparams: P_0 = 1, P_1 = 1\n---\n\n"
                + "## One step {#one introduces=update, learning-rate, derivative}\n\nPredict the loss.\n\n"
                + "```predict\n" + block + "```\n");
    }

    private static List<String> problems(Path folder) {
        return Kinds.load(folder).problems().stream().map(Object::toString).toList();
    }
}
