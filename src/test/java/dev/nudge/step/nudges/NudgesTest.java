package dev.nudge.step.nudges;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nudge.i18n.Language;
import dev.nudge.keys.Key;
import dev.nudge.layout.Glyphs;
import dev.nudge.layout.ProseLayout;
import dev.nudge.layout.Writing;
import dev.nudge.lesson.Binding;
import dev.nudge.lesson.LessonMath;
import dev.nudge.lesson.SourceText;
import dev.nudge.math.Rational;
import dev.nudge.progress.Progress;
import dev.nudge.progress.StepKey;
import dev.nudge.step.CheckingBudget;
import dev.nudge.step.Notice;
import dev.nudge.step.StepContext;
import dev.nudge.step.StepUpdate;
import dev.nudge.step.registry.Kinds;
import dev.nudge.tutor.TestCourse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The nudges kind on its own: the table it computes for the real course's step, rows added in order of size, the
 * nudges it refuses and why, its keys, its layout in both languages and at 60 columns, its plain mode, and the
 * checker's messages for a broken block.
 */
class NudgesTest {
    private static final StepKey KEY = new StepKey("derivative", "shrinking-nudges");
    private StepUpdate now;

    private static LessonMath math() {
        var book = TestCourse.book();
        return book.math(Language.EN, book.place(KEY).orElseThrow().lesson());
    }

    private static NudgesStep step() {
        var book = TestCourse.book();
        return (NudgesStep) book.step(Language.EN, book.place(KEY).orElseThrow());
    }

    private NudgesTest arrive() {
        var context = new StepContext(KEY, math(), Progress.NONE);
        now = StepUpdate.of(context, step().start(context), Optional.empty(), CheckingBudget.FRESH);
        return this;
    }

    private NudgesTest press(Key... keys) {
        for (var key : keys) {
            var asked = session().keymap().lookup(key).map(binding -> binding.action().apply(now, key));
            if (asked.isPresent()) {
                var after = asked.get();
                now = StepUpdate.of(now.context(), after.session(), after.notice(), after.checking());
            }
        }
        return this;
    }

    /** Opens the field if it is closed, types {@code text} and presses Enter. */
    private NudgesTest add(String text) {
        if (!session().typing()) {
            press(Key.character('i'));
        }
        press(Key.ctrl('u'));
        text.chars().forEach(c -> press(Key.character((char) c)));
        return press(Key.of(Key.Kind.ENTER));
    }

    private NudgesSession session() {
        return (NudgesSession) now.session();
    }

    private List<Rational> nudges() {
        return session().table().rows().stream().map(NudgesTable.Row::nudge).toList();
    }

    /** The change divided by the nudge, computed from the loss as the lesson writes it, for comparison. */
    private static Rational ratioWritten(String nudge) {
        var math = math();
        var after = math.evaluate("Loss", List.of(new Binding(new SourceText("P_1", 1, 1),
                new SourceText("1 + (" + nudge + ")", 1, 1))));
        return after.subtract(math.evaluate("Loss", List.of())).divide(Rational.parse(nudge));
    }

    @Test
    void theRealCoursesRatiosCloseInOnTheSlope() {
        var table = NudgesTable.of(math(), step());
        assertThat(table.lossAt()).isEqualTo(Rational.of(9));
        assertThat(table.slope()).isEqualTo(math().evaluate("dLoss/dP_1", List.of()));
        assertThat(table.rows()).extracting(NudgesTable.Row::ratio).containsExactly(Rational.parse("6.1"),
                Rational.parse("6.01"), Rational.parse("6.001"), Rational.parse("6.0001"));
        for (var row : table.rows()) {
            assertThat(row.ratio()).isEqualTo(ratioWritten(row.nudge().toString()));
            assertThat(row.change()).isEqualTo(row.lossAfter().subtract(table.lossAt()));
            assertThat(row.ratio().subtract(table.slope()).abs()).isLessThanOrEqualTo(row.nudge().abs());
        }
        assertThat(table.rows().get(0).lossAfter()).isEqualTo(Rational.parse("9.61"));
    }

    @Test
    void aNudgeOfOnesOwnIsARowInOrderOfSize() {
        arrive().press(Key.of(Key.Kind.ENTER));
        assertThat(session().typing()).isTrue();
        add("0.05");
        assertThat(nudges()).containsExactly(Rational.parse("0.1"), Rational.parse("0.05"), Rational.parse("0.01"),
                Rational.parse("0.001"), Rational.parse("0.0001"));
        assertThat(session().refused()).isFalse();
        assertThat(session().said()).contains(Notice.of("nudges.added", "0.05"));
        assertThat(session().typing()).isFalse();
        add("-0.1").add("０．００００１");
        assertThat(nudges()).containsExactly(Rational.parse("0.1"), Rational.parse("-0.1"), Rational.parse("0.05"),
                Rational.parse("0.01"), Rational.parse("0.001"), Rational.parse("0.0001"), Rational.parse("0.00001"));
        var own = session().table().rows().stream().filter(NudgesTable.Row::own).toList();
        assertThat(own).extracting(NudgesTable.Row::ratio).containsExactly(ratioWritten("-0.1"),
                ratioWritten("0.05"), ratioWritten("0.00001"));
        assertThat(session().table().own()).isEqualTo(3);
    }

    @Test
    void eachRefusedNudgeSaysWhyAndKeepsTheFieldOpen() {
        arrive();
        assertThat(add("0").session().said()).contains(Notice.of("nudges.zero"));
        assertThat(session().refused()).isTrue();
        assertThat(session().typing()).isTrue();
        assertThat(add("half").session().said()).contains(Notice.of("nudges.notNumber"));
        assertThat(add("P_1").session().said()).contains(Notice.of("nudges.notNumber"));
        assertThat(add("").session().said()).contains(Notice.of("nudges.empty"));
        assertThat(add("0.0000001").session().said()).contains(Notice.of("nudges.tooManyDigits", "0.0000001",
                String.valueOf(NudgeEntry.MAX_DIGITS)));
        assertThat(add("1/3").session().said()).contains(Notice.of("nudges.endless", "1/3"));
        assertThat(add("1234567").session().said()).contains(Notice.of("nudges.tooManyDigits", "1234567",
                String.valueOf(NudgeEntry.MAX_DIGITS)));
        assertThat(add("1/100").session().said()).contains(Notice.of("nudges.already", "0.01"));
        assertThat(session().table().own()).isZero();
        assertThat(add("0.000001").session().refused()).isFalse();
    }

    @Test
    void onlyAHandfulOfRowsMayBeAdded() {
        arrive();
        for (int i = 1; i <= NudgeEntry.MAX_OWN; i++) {
            add("0.0" + i + "5");
            assertThat(session().refused()).isFalse();
        }
        add("0.5");
        assertThat(session().said()).contains(Notice.of("nudges.full", String.valueOf(NudgeEntry.MAX_OWN)));
        assertThat(session().table().rows()).hasSize(4 + NudgeEntry.MAX_OWN);
    }

    @Test
    void theWorkOfANudgeCountsAgainstTheSessionsBudget() {
        arrive().add("0.05");
        assertThat(now.checking().used()).isPositive();
        var context = now.context();
        now = StepUpdate.of(context, session(), Optional.empty(), new CheckingBudget(CheckingBudget.PER_SESSION));
        assertThat(add("0.5").session().said()).contains(Notice.of("quiz.checkingPaused"));
        assertThat(session().table().own()).isEqualTo(1);
    }

    @Test
    void enterTypesUntilARowOfOnesOwnIsInTheTableThenGoesOn() {
        arrive();
        assertThat(session().keymap().lookup(Key.of(Key.Kind.ENTER))).isPresent();
        press(Key.of(Key.Kind.ESCAPE));
        add("0.05");
        assertThat(session().keymap().lookup(Key.of(Key.Kind.ENTER))).isEmpty();
        assertThat(session().keymap().lookup(Key.character('i'))).isPresent();
        press(Key.character('i'), Key.of(Key.Kind.ESCAPE));
        assertThat(session().typing()).isFalse();
        assertThat(now.notice()).contains(Notice.of("notice.leftField"));
    }

    @Test
    void theTableFitsEightyAndSixtyColumnsInBothLanguages() {
        arrive().add("0.000001").add("-0.05");
        for (var language : Language.values()) {
            for (int width : new int[] {76, 56}) {
                var writing = new Writing(language, Glyphs.choose(false, language));
                var lines = session().lines(writing, new ProseLayout(math(), writing, width, false));
                assertThat(lines).as("%s at %d", language, width).allSatisfy(line ->
                        assertThat(line.width()).isLessThanOrEqualTo(width));
                var text = lines.stream().map(dev.nudge.layout.Line::text).toList();
                var ratios = text.stream().filter(line -> line.contains("6.000001")).findFirst().orElseThrow();
                var header = text.get(1);
                assertThat(header).as("a table, not sentences, in %s at %d", language, width)
                        .contains(writing.text("nudges.change"));
                assertThat(ratios.lastIndexOf("6.000001")).as(String.join("\n", text))
                        .isEqualTo(text.get(2).lastIndexOf("6.1"));
            }
        }
    }

    @Test
    void plainOutputReadsEachRowAsASentence() {
        arrive();
        var writing = new Writing(Language.EN, Glyphs.UNICODE);
        var text = session().lines(writing, new ProseLayout(math(), writing, 200, true)).stream()
                .map(dev.nudge.layout.Line::text).toList();
        assertThat(text).contains("• Nudge 0.1: the loss becomes 9.61, a change of 0.61, which is 6.1 times the nudge.");
        assertThat(String.join("\n", text)).contains("comes to 6: the slope dLoss/dP₁ at P₁ = 1.");
    }

    @Test
    void aLineTypedInPlainModeIsANudge() {
        arrive();
        var writing = new Writing(Language.EN, Glyphs.UNICODE);
        assertThat(session().plainLine("0.05", writing).keys()).containsExactly(Key.character('i'), Key.ctrl('u'),
                Key.character('0'), Key.character('.'), Key.character('0'), Key.character('5'), Key.of(Key.Kind.ENTER));
        assertThat(session().plainLine("h", writing).keys()).containsExactly(Key.character('h'));
        press(Key.of(Key.Kind.ENTER));
        assertThat(session().plainLine("h", writing).keys()).startsWith(Key.ctrl('u')).endsWith(Key.of(Key.Kind.ENTER));
    }

    @Test
    void theCheckerReportsABrokenBlockAtItsLine(@TempDir Path folder) throws IOException {
        assertThat(problems(folder, "ok", "at: P_1 = 1\nnudges: 0.1, 0.01\n")).isEmpty();
        assertThat(problems(folder, "unknown", "at: P_1 = 1\nnudges: 0.1\nstep: 2\n")).singleElement().asString()
                .endsWith("01-step.md:16:1: unknown key \"step\" in a nudges block; known keys: at, hint-answer,"
                        + " hint-concept, hint-strategy, loss, nudges, points");
        assertThat(problems(folder, "parameter", "at: P_7 = 1\nnudges: 0.1\n")).singleElement().asString()
                .endsWith("01-step.md:14:5: \"P_7\": \"P_7\" is not a parameter of the lesson; its parameters are P_0,"
                        + " P_1");
        assertThat(problems(folder, "zero", "at: P_1 = 1\nnudges: 0.1, 0\n")).singleElement().asString()
                .endsWith("01-step.md:15:14: \"0\": a nudge of 0 moves nothing, and the change cannot be divided by 0");
        assertThat(problems(folder, "both", "at: P_7 = 1\nnudges: 0\n")).hasSize(2);
        assertThat(problems(folder, "word", "at: P_1 = 1\nnudges: small\n")).singleElement().asString()
                .startsWith(folder.resolve("word").resolve("en/01-step.md") + ":15:9: \"small\":");
        assertThat(problems(folder, "loss", "loss: (P_1 + 2)^2 / 0\nat: P_1 = 1\nnudges: 0.1\n")).singleElement()
                .asString().contains("01-step.md:15:5: \"P_1\":");
    }

    private static final String HINTS = "hint-concept: c\nhint-strategy: s\nhint-answer: a\n";

    /** The checker's problems with a course of one lesson whose only step is a nudges block of {@code block}. */
    private static List<String> problems(Path root, String name, String block) throws IOException {
        var folder = Files.createDirectories(root.resolve(name));
        Files.createDirectories(folder.resolve("en"));
        Files.writeString(folder.resolve("course.txt"), "format_version: 1\nlanguages: en\nlessons:\n  01-step\n");
        Files.writeString(folder.resolve("en/01-step.md"), "---\nid: step\ntitle: A step\n"
                + "define: f(x, P) = P_0 \\times x + P_1\nparams: P_0 = 1, P_1 = 1\npoints: (0, -2)\n---\n\n"
                + "## Nudges {#nudges}\n\nNudge it.\n\n```nudges\n" + block + HINTS + "```\n");
        return Kinds.load(folder).problems().stream().map(Object::toString).toList();
    }
}
