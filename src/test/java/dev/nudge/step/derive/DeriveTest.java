package dev.nudge.step.derive;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nudge.i18n.Language;
import dev.nudge.keys.Key;
import dev.nudge.layout.Glyphs;
import dev.nudge.layout.ProseLayout;
import dev.nudge.layout.Writing;
import dev.nudge.math.Reason;
import dev.nudge.math.RewriteStep;
import dev.nudge.progress.Progress;
import dev.nudge.progress.StepKey;
import dev.nudge.step.CheckingBudget;
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
 * The derive kind on its own, on the real course's steps: the derivation it walks, its keys forward and back, its
 * lines with their reasons, its plain mode, and the checker's messages for a broken block.
 */
class DeriveTest {
    private static final StepKey LIMIT = new StepKey("derivative", "derive-limit");
    private static final StepKey RULES = new StepKey("derivative", "derive-rules");
    private static final StepKey CHAIN = new StepKey("chain-rule", "chain-walk");
    private static final Key NEXT = Key.of(Key.Kind.ENTER);
    private static final Key BACK = Key.of(Key.Kind.LEFT);
    private StepUpdate now;
    private boolean movedOn;

    private DeriveTest arrive(StepKey key) {
        var book = TestCourse.book();
        var place = book.place(key).orElseThrow();
        var context = new StepContext(key, book.math(Language.EN, place.lesson()), Progress.NONE);
        var step = (DeriveStep) book.step(Language.EN, place);
        now = StepUpdate.of(context, step.start(context), Optional.empty(), CheckingBudget.FRESH);
        movedOn = false;
        return this;
    }

    /** Presses {@code key}; whether the session bound it (else the tutor handles it). */
    private boolean press(Key key) {
        var asked = session().keymap().lookup(key).map(binding -> binding.action().apply(now, key));
        asked.ifPresent(after -> {
            movedOn |= after.next();
            now = StepUpdate.of(now.context(), after.session(), after.notice(), after.checking());
        });
        return asked.isPresent();
    }

    private DeriveSession session() {
        return (DeriveSession) now.session();
    }

    private List<String> lines(Language language) {
        var prose = new ProseLayout(now.math(), Glyphs.UNICODE, 76, false);
        return session().lines(new Writing(language, Glyphs.UNICODE), prose).stream().map(line -> line.text().strip())
                .toList();
    }

    @Test
    void theLimitWalksFromTheNudgeRatioToTheDerivativeOfTheLoss() {
        arrive(LIMIT);
        assertThat(session().derivation().steps()).extracting(RewriteStep::reason).containsExactly(
                Reason.NUDGE_RATIO, Reason.AT_NUDGED_POINT, Reason.MULTIPLY_OUT, Reason.SUBTRACT_BRACKET,
                Reason.CANCEL, Reason.DIVIDE_BY_NUDGE, Reason.NUDGE_TO_ZERO);
        assertThat(lines(Language.EN)).contains("(Loss(P₁ + h) - Loss(P₁))/h",
                "(the nudge ratio: the change for a nudge h, divided by h)",
                "Line 1 of 7. Press Enter or the right key for the next line, the left key");
    }

    @Test
    void nextShowsOneLineMoreBackOneFewerAndAfterTheLastNextMovesOn() {
        arrive(LIMIT);
        assertThat(press(BACK)).as("back on the first line is the tutor's").isFalse();
        press(NEXT);
        press(NEXT);
        assertThat(session().shown()).isEqualTo(3);
        assertThat(lines(Language.EN)).contains("= (P₁² + 2P₁h + h² + 4P₁ + 4h + 4 - (P₁² + 4P₁ + 4))/h");
        press(BACK);
        assertThat(session().shown()).isEqualTo(2);
        assertThat(lines(Language.EN)).doesNotContain("= (P₁² + 2P₁h + h² + 4P₁ + 4h + 4 - (P₁² + 4P₁ + 4))/h");
        for (int i = 0; i < 5; i++) {
            press(NEXT);
        }
        assertThat(session().complete()).isTrue();
        assertThat(movedOn).isFalse();
        assertThat(lines(Language.EN)).contains("= 2P₁ + 4", "(as h shrinks to 0, every term with h in it vanishes)",
                "So dLoss/dP₁ = 2P₁ + 4.");
        assertThat(lines(Language.JA)).contains("(h を 0 に近づけると、h を含む項はすべて消える)",
                "したがって dLoss/dP₁ = 2P₁ + 4 です。");
        press(NEXT);
        assertThat(movedOn).isTrue();
    }

    @Test
    void theRulesApplyTheSumPowerAndConstantRulesToTheExpandedLoss() {
        arrive(RULES);
        assertThat(session().derivation().steps()).extracting(RewriteStep::reason)
                .startsWith(Reason.GIVEN, Reason.SUM_RULE, Reason.POWER_RULE).contains(Reason.CONSTANT_RULE);
        while (!session().complete()) {
            press(NEXT);
        }
        assertThat(lines(Language.EN)).contains("(power rule: the derivative of xⁿ is n xⁿ⁻¹: d/dP₁ P₁² = 2P₁)",
                "So dLoss/dP₁ = 2P₁ + 4.");
    }

    @Test
    void theChainRuleWalksANeuronsLossFromTheOutsideInAndEndsAtItsValue() {
        arrive(CHAIN);
        assertThat(session().derivation().steps()).extracting(RewriteStep::reason).startsWith(Reason.GIVEN,
                Reason.SUBSTITUTE_DEFINITION, Reason.CHAIN_RULE, Reason.SUM_RULE, Reason.CONSTANT_RULE,
                Reason.SUBSTITUTE_DEFINITION, Reason.RELU_RULE).contains(Reason.HELD_STILL)
                .endsWith(Reason.SUBSTITUTE_VALUES, Reason.ARITHMETIC);
        press(NEXT);
        press(NEXT);
        assertThat(lines(Language.EN)).contains("= 2(a₁ - 3) × d/dw₁(a₁ - 3)",
                "(chain rule: d/dw L(g(w)) = L'(g(w)) × g'(w))");
        assertThat(lines(Language.JA)).contains("(連鎖律 (合成関数の微分): d/dw L(g(w)) = L'(g(w)) × g'(w))");
        while (!session().complete()) {
            press(NEXT);
        }
        assertThat(String.join(" ", lines(Language.EN))).contains("= -2",
                "So dLoss/dw₁ = 2(a₁ - 3) × heaviside(z₁) × 2, which at these values is -2.");
        assertThat(String.join("", lines(Language.JA))).contains(
                "したがって dLoss/dw₁ = 2(a₁ - 3) × heaviside(z₁) × 2 で、この値では -2");
    }

    @Test
    void inPlainModeTheChainWalkSaysToTypePForOneFewer() {
        arrive(CHAIN);
        press(NEXT);
        var prose = new ProseLayout(now.math(), Glyphs.ASCII, 76, true);
        var plain = session().lines(new Writing(Language.EN, Glyphs.ASCII), prose).stream()
                .map(line -> line.text().strip()).toList();
        assertThat(plain).contains("= d/dw_1(a_1 - 3)^2", "(substitute the definition)")
                .anyMatch(line -> line.startsWith("Line 2 of") && line.contains("type p for one fewer"));
    }

    @Test
    void aTypedLineIsItsKeysInPlainModeAndTheFooterOffersTheNextLine() {
        arrive(LIMIT);
        var writing = new Writing(Language.EN, Glyphs.UNICODE);
        assertThat(session().plainLine("?", writing).keys()).containsExactly(Key.character('?'));
        assertThat(session().takesText()).isFalse();
        assertThat(session().keyHints(writing)).extracting(hint -> hint.action()).containsExactly("next line");
    }

    @Test
    void theCheckerReportsABrokenBlockAtItsLine(@TempDir Path folder) throws IOException {
        assertThat(problems(folder, "fine", "of: Loss\nby: P_1\n")).isEmpty();
        assertThat(problems(folder, "undefined", "of: Los\nby: P_1\n")).singleElement().asString()
                .endsWith("01-step.md:16:5: \"Los\": no definition of that name in the lesson header (define: Los = ...)");
        assertThat(problems(folder, "no-parameter", "of: Loss\nby: P_7\n")).singleElement().asString()
                .endsWith("01-step.md:17:5: \"P_7\": not a parameter of the lesson (params: P_0, P_1)");
        assertThat(problems(folder, "bad-name", "of: Loss\nby: 2P_1\n")).singleElement().asString()
                .endsWith("01-step.md:17:5: \"by:\" names the parameter to differentiate by, such as P_1");
        assertThat(problems(folder, "method", "of: Loss\nby: P_1\nmethod: limits\n")).singleElement().asString()
                .endsWith("01-step.md:18:9: \"method:\" is one of limit, rules, chain (did you mean \"limit\"?)");
        assertThat(problems(folder, "missing", "by: P_1\n")).singleElement().asString()
                .endsWith("01-step.md:15:1: a derive block needs a \"of:\" line");
        assertThat(problems(folder, "not-polynomial", "of: Ratio\nby: P_1\n")).singleElement().asString()
                .contains("01-step.md:16:5:", "only a polynomial can be derived");
        assertThat(problems(folder, "two-variables", "of: Both\nby: P_1\n")).singleElement().asString()
                .contains("01-step.md:16:5:", "also depends on P_0");
        assertThat(problems(folder, "too-big", "of: Big\nby: P_1\n")).singleElement().asString()
                .contains("01-step.md:16:5:", "more than 2000 terms");
    }

    @Test
    void theCheckerRefusesWhatTheChainRuleCannotDeriveAndValuesForAnotherMethod(@TempDir Path folder)
            throws IOException {
        var defines = "define: Neuron = (relu(P_0 + P_1) - 3)^2\ndefine: Jump = heaviside(P_0) P_1\n";
        assertThat(problems(folder, "fine", defines, "of: Neuron\nby: P_0\nmethod: chain\nat: P_1 = 2\n")).isEmpty();
        assertThat(problems(folder, "values", defines, "of: Neuron\nby: P_0\nat: params\n")).singleElement()
                .asString().endsWith("01-step.md:16:5: \"at:\" works the derivative out at values only with"
                        + " method: chain");
        assertThat(problems(folder, "jump", defines, "of: Jump\nby: P_0\nmethod: chain\n")).singleElement()
                .asString().contains("01-step.md:14:5:", "heaviside(...) has no derivative where it jumps");
        assertThat(problems(folder, "rules", defines, "of: Neuron\nby: P_0\nmethod: rules\n")).singleElement()
                .asString().contains("01-step.md:14:5:", "only a polynomial can be derived");
    }

    private static List<String> problems(Path root, String name, String block) throws IOException {
        return problems(root, name, "define: Loss = (P_1 + 2)^2\ndefine: Ratio = 1/P_1\ndefine: Both = P_0 P_1\n"
                + "define: Big = (P_1 + 1)^90\n", block);
    }

    private static List<String> problems(Path root, String name, String defines, String block) throws IOException {
        var folder = Files.createDirectories(root.resolve(name).resolve("en"));
        Files.writeString(folder.resolveSibling("course.txt"),
                "format_version: 1\nlanguages: en\nlessons:\n  01-step\n");
        Files.writeString(folder.resolve("01-step.md"), "---\nid: step\ntitle: A step\n"
                + defines + "params: P_0 = 1, P_1 = 1\n---\n\n"
                + "## Derive {#derive}\n\nStep through it.\n\n```derive\n" + block + "```\n"
                // A block too broken to use is no step: this one keeps the lesson from being empty.
                + "\n## After {#after}\n\nThe end.\n");
        return Kinds.load(folder.getParent()).problems().stream().map(Object::toString).toList();
    }
}
