package dev.nudge.step.guess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import dev.nudge.i18n.Language;
import dev.nudge.layout.Glyphs;
import dev.nudge.layout.Line;
import dev.nudge.layout.ProseLayout;
import dev.nudge.layout.Width;
import dev.nudge.layout.Writing;
import dev.nudge.lesson.Problem;
import dev.nudge.step.registry.Kinds;
import dev.nudge.tutor.FixtureCourse;
import dev.nudge.tutor.TutorState;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A guess over the fixture course's tiny network ({@code network: 1 -> 2 relu -> 1} on the |x| data): seven rows or a
 * subset of them, slopes that agree with a plain floating-point backward pass written here, a reveal without the
 * expansion a loss through relu does not have, and the checker's word to an author who asks for it anyway.
 */
class NetworkGuessTest {
    private static final double[] XS = {-2, -1, 0, 1, 2};
    private static final double[] YS = {2, 1, 0, 1, 2};
    /** The fixture's start, in the order w_1, b_1, w_2, b_2, v_1, v_2, c. */
    private static final double[] START = {1, 0.5, -1, 0.25, 1, 0.5, 0.5};
    private static final List<String> NAMES = List.of("w_1", "b_1", "w_2", "b_2", "v_1", "v_2", "c");
    /** Down, down, up, none, down, down, down, then submit. */
    private static final String SEVEN = "-v-v+v0v-v-v->";

    @TempDir
    Path folder;

    /** The gradient of the MSE by the chain rule in doubles, with relu's slope 0 at exactly 0 as the engine has it. */
    private static double[] backward(double[] p) {
        var gradient = new double[7];
        for (int i = 0; i < XS.length; i++) {
            double z1 = p[0] * XS[i] + p[1];
            double z2 = p[2] * XS[i] + p[3];
            double a1 = Math.max(0, z1);
            double a2 = Math.max(0, z2);
            double error = p[4] * a1 + p[5] * a2 + p[6] - YS[i];
            double outer = 2 * error / XS.length;
            double s1 = z1 > 0 ? 1 : 0;
            double s2 = z2 > 0 ? 1 : 0;
            gradient[0] += outer * p[4] * s1 * XS[i];
            gradient[1] += outer * p[4] * s1;
            gradient[2] += outer * p[5] * s2 * XS[i];
            gradient[3] += outer * p[5] * s2;
            gradient[4] += outer * a1;
            gradient[5] += outer * a2;
            gradient[6] += outer;
        }
        return gradient;
    }

    private static GuessSession session(TutorState state) {
        return (GuessSession) state.session();
    }

    private static String text(Language language, TutorState state) {
        return RevealLinesTest.text(language, state);
    }

    @Test
    void aGuessOverEveryWeightHasSevenRowsAndTheSlopesOfTheBackwardPass() {
        var guess = session(FixtureCourse.at(Language.EN, "network", "every-weight"));
        assertThat(guess.parameters()).containsExactlyElementsOf(NAMES);
        var expected = backward(START);
        for (int i = 0; i < NAMES.size(); i++) {
            assertThat(guess.math().slopes().get(NAMES.get(i)).toDouble()).as(NAMES.get(i))
                    .isCloseTo(expected[i], offset(1e-12));
        }
        assertThat(guess.math().expandable()).isFalse();
    }

    @Test
    void theRevealOfALossThroughReluLeavesOutTheExpansionAndNumbersTheRestInTurn() {
        var state = FixtureCourse.after(FixtureCourse.at(Language.EN, "network", "every-weight"), SEVEN);
        assertThat(session(state).stage()).isEqualTo(RevealStage.LOSS);
        var next = FixtureCourse.after(state, ">");
        assertThat(session(next).stage()).isEqualTo(RevealStage.DERIVATIVES);
        var english = text(Language.EN, FixtureCourse.after(state, ">>>>>"));
        assertThat(english).contains("1. The loss as a function of the parameters", "2. The derivative for each",
                "3. Check by nudging", "4. The update", "5. The loss before and after", "6. Your guess")
                .doesNotContain("Expanded", "cannot be computed");
        var japanese = text(Language.JA, FixtureCourse.after(FixtureCourse.at(Language.JA, "network", "every-weight"),
                SEVEN + ">>>>>"));
        assertThat(japanese).contains("6. あなたの予想").doesNotContain("展開");
    }

    @Test
    void aDerivativeTooLongForTheScreenIsGivenByItsValueAndTheRevealSaysSo() {
        var state = FixtureCourse.after(FixtureCourse.at(Language.EN, "network", "every-weight"), SEVEN + ">");
        var reveal = session(state).reveal().orElseThrow().computed().orElseThrow();
        var english = text(Language.EN, state);
        assertThat(english).contains("these derivatives are too long for the screen");
        for (var p : reveal.parameters()) {
            var name = p.name().replace("_1", "₁").replace("_2", "₂");
            assertThat(english).contains("dLoss/d" + name + " = " + p.slope().toString() + "\n");
        }
        assertThat(english.substring(english.indexOf("2. The derivative"))).doesNotContain("relu");
        // A polynomial loss keeps its formulas and says nothing of it.
        var slope = text(Language.EN, FixtureCourse.after(FixtureCourse.at(Language.EN, "slope", "which-way"),
                "+v+>>>"));
        assertThat(slope).contains("dLoss/dP₁ = 2P₁ + 4 = 6").doesNotContain("too long");
    }

    @Test
    void everyStageComputesForEveryChoiceAndTheUpdateMovesEachWeightAgainstItsSlope() {
        var state = FixtureCourse.after(FixtureCourse.at(Language.EN, "network", "every-weight"), SEVEN + ">>>>>");
        var reveal = session(state).reveal().orElseThrow().computed().orElseThrow();
        assertThat(reveal.parameters()).hasSize(7);
        var rate = 0.1;
        var slopes = backward(START);
        var after = new double[7];
        for (int i = 0; i < 7; i++) {
            var p = reveal.parameters().get(i);
            after[i] = START[i] - rate * slopes[i];
            assertThat(p.after().toDouble()).isCloseTo(after[i], offset(1e-12));
            assertThat(p.nudge().ratio().toDouble()).isCloseTo(slopes[i], offset(0.01));
        }
        assertThat(reveal.lossAfter().toDouble()).isCloseTo(mse(after), offset(1e-12));
        assertThat(reveal.lossAfter()).isLessThan(reveal.lossBefore());
        assertThat(text(Language.EN, state)).contains("4 of 7 parts of your guess were right.");
    }

    private static double mse(double[] p) {
        double sum = 0;
        for (int i = 0; i < XS.length; i++) {
            double out = p[4] * Math.max(0, p[0] * XS[i] + p[1]) + p[5] * Math.max(0, p[2] * XS[i] + p[3]) + p[6];
            sum += (out - YS[i]) * (out - YS[i]);
        }
        return sum / XS.length;
    }

    @Test
    void aGuessOverSomeWeightsAsksOnlyAboutThemAndKeepsTheOthersStill() {
        var start = FixtureCourse.at(Language.EN, "network", "three-weights");
        assertThat(session(start).parameters()).containsExactly("w_1", "v_1", "c");
        var english = text(Language.EN, FixtureCourse.after(start, "-v+v->>>>>>"));
        assertThat(english).contains("w₁ ← w₁", "v₁ ← v₁", "c ← c").doesNotContain("b₁ ←", "w₂ ←", "v₂ ←")
                .contains("2 of 3 parts of your guess were right.")
                .doesNotContain("Expanded");
        var reveal = session(FixtureCourse.after(start, "-v+v->")).reveal().orElseThrow().computed().orElseThrow();
        var slopes = backward(START);
        int[] asked = {0, 4, 6};
        for (int i = 0; i < asked.length; i++) {
            assertThat(reveal.parameters().get(i).slope().toDouble())
                    .isCloseTo(slopes[asked[i]], offset(1e-12));
        }
    }

    /** The lines of the guess in {@code state} as a full screen 76 columns wide lays them out. */
    private static List<String> screen(TutorState state) {
        var math = state.book().math(Language.EN, state.place().lesson());
        var glyphs = Glyphs.choose(false, Language.EN);
        return state.session().lines(new Writing(Language.EN, glyphs), new ProseLayout(math, glyphs, 76, false))
                .stream().map(Line::text).toList();
    }

    @Test
    void theNudgeCheckOfManyWeightsIsATableWithEachRatioBesideItsSlope() {
        var state = FixtureCourse.after(FixtureCourse.at(Language.EN, "network", "every-weight"), SEVEN + ">>");
        var reveal = session(state).reveal().orElseThrow().computed().orElseThrow();
        var lines = screen(state);
        int header = lines.indexOf(lines.stream().filter(l -> l.contains("change / nudge")).findFirst().orElseThrow());
        assertThat(lines.get(header).split(" +")).endsWith("slope");
        for (int i = 0; i < reveal.parameters().size(); i++) {
            var p = reveal.parameters().get(i);
            assertThat(lines.get(header + 1 + i).split(" +")).containsExactly(
                    p.name().replace("_1", "₁").replace("_2", "₂"), p.nudge().from().add(p.nudge().step()).toString(),
                    p.nudge().after().toString(), p.nudge().change().toString(), p.nudge().ratio().toString(),
                    p.slope().toString());
        }
        assertThat(lines).allMatch(line -> Width.columns(line) <= 76);
        // Two parameters, and a reader who takes the screen line by line, keep the sentences.
        assertThat(screen(FixtureCourse.after(FixtureCourse.at(Language.EN, "slope", "which-way"), "+v+>>>>")))
                .noneMatch(line -> line.contains("change / nudge"));
        assertThat(text(Language.EN, state)).doesNotContain("change / nudge")
                .contains("w₁ = 1.001 gives a loss of 0.685576: a rise of 0.001201");
    }

    @Test
    void theCurrentValuesOfSevenWeightsAndTheLossWrapToTheScreen() {
        var lines = screen(FixtureCourse.at(Language.EN, "network", "every-weight"));
        int now = lines.indexOf(lines.stream().filter(l -> l.startsWith("Now")).findFirst().orElseThrow());
        assertThat(lines.get(now)).isEqualTo("Now     w₁ = 1, b₁ = 0.5, w₂ = -1, b₂ = 0.25, v₁ = 1, v₂ = 0.5, c = 0.5");
        assertThat(lines.get(now + 1)).isEqualTo("        loss = 0.684375");
        assertThat(lines).allMatch(line -> Width.columns(line) <= 76);
    }

    @Test
    void aDefaultRevealOfALossThroughReluSkipsTheExpansionAndAPolynomialOneKeepsIt() {
        var network = session(FixtureCourse.at(Language.EN, "network", "every-weight"));
        assertThat(network.step().plan().shows(RevealStage.EXPANSION)).isTrue();
        assertThat(network.plan().shows(RevealStage.EXPANSION)).isFalse();
        assertThat(network.plan().next(RevealStage.LOSS)).isEqualTo(RevealStage.DERIVATIVES);
        var line = session(FixtureCourse.at(Language.EN, "slope", "which-way"));
        assertThat(line.plan().next(RevealStage.LOSS)).isEqualTo(RevealStage.EXPANSION);
    }

    @Test
    void theCheckerSaysAnExpansionCannotBeShownForALossThroughReluAndWhatToWriteInstead() throws IOException {
        copy(FixtureCourse.FOLDER, folder);
        var lesson = folder.resolve("en/04-network.md");
        Files.writeString(lesson, Files.readString(lesson).replace("reveal: loss, derivatives,",
                "reveal: loss, expansion, derivatives,"));
        var problems = Kinds.load(folder).problems().stream()
                .map(p -> new Problem(folder.relativize(p.file()), p.line(), p.column(), p.message()).toString())
                .toList();
        assertThat(problems).containsExactly("en/04-network.md:28:15: the reveal stage \"expansion\" cannot be"
                + " shown: this loss goes through relu, which is a different line on each side of 0 and does not"
                + " multiply out; leave \"expansion\" out, as in reveal: loss, derivatives, nudge, update, change");
    }

    @Test
    void theCheckerAcceptsTheFixturesNetworkGuessesWithTheirDefaultReveal() {
        assertThat(Kinds.load(FixtureCourse.FOLDER).problems()).isEmpty();
    }

    private static void copy(Path from, Path to) throws IOException {
        var files = new ArrayList<Path>();
        try (Stream<Path> walk = Files.walk(from)) {
            walk.filter(Files::isRegularFile).forEach(files::add);
        }
        for (var file : files) {
            var target = to.resolve(from.relativize(file).toString());
            Files.createDirectories(target.getParent());
            Files.copy(file, target);
        }
    }

}
