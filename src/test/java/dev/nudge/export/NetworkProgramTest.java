package dev.nudge.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nudge.math.Rational;
import dev.nudge.neural.Network;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The program text itself: its numbers as C writes them, its parts and their line numbers, and its whole shape. */
class NetworkProgramTest {
    private static final Path GOLDEN = Path.of("src", "test", "resources", "programs", "13-backprop.c");
    private static final Network NETWORK = Network.parse("1 -> 2 relu -> 1");

    private static Map<String, Rational> start() {
        var start = new LinkedHashMap<String, Rational>();
        start.put("w_1", Rational.ONE);
        start.put("b_1", Rational.of(1, 2));
        start.put("w_2", Rational.of(-1));
        start.put("b_2", Rational.of(1, 4));
        start.put("v_1", Rational.ONE);
        start.put("v_2", Rational.of(1, 2));
        start.put("c", Rational.of(1, 2));
        return start;
    }

    private static List<Sample> bent() {
        return List.of(new Sample(Rational.of(-2), Rational.of(2)), new Sample(Rational.of(-1), Rational.ONE),
                new Sample(Rational.ZERO, Rational.ZERO), new Sample(Rational.ONE, Rational.ONE),
                new Sample(Rational.of(2), Rational.of(2)));
    }

    private static CProgram backprop(int steps) {
        return NetworkProgram.of("13-backprop", NETWORK, start(), bent(), new ProgramSettings(Rational.of(1, 10),
                steps));
    }

    @Test
    void theWholeProgramMatchesItsGoldenFile() throws IOException {
        var text = backprop(200).text();
        if (Boolean.getBoolean("snapshot.update")) {
            Files.createDirectories(GOLDEN.getParent());
            Files.writeString(GOLDEN, text, StandardCharsets.UTF_8);
        }
        assertThat(text).isEqualTo(Files.readString(GOLDEN, StandardCharsets.UTF_8));
    }

    @Test
    void numbersAreWrittenAsTheLessonWritesThemAndFractionsAsDoubleDivisions() {
        assertThat(CNumber.of(Rational.of(1, 4))).isEqualTo("0.25");
        assertThat(CNumber.of(Rational.of(-2))).isEqualTo("-2");
        assertThat(CNumber.of(Rational.of(1, 3))).isEqualTo("(1.0 / 3)");
        assertThat(CNumber.of(Rational.of(-2, 3))).isEqualTo("(-2.0 / 3)");
    }

    @Test
    void theStartAndTheDataAreTheLessons() {
        var text = backprop(200).text();

        assertThat(text).contains("static const double x[POINTS] = {-2, -1, 0, 1, 2};",
                "static const double y[POINTS] = {2, 1, 0, 1, 2};", "static double w[HIDDEN] = {1, -1};",
                "static double b[HIDDEN] = {0.5, 0.25};", "static double v[HIDDEN] = {1, 0.5};",
                "static double c = 0.5;", "static const double rate = 0.1;", "static const int steps = 200;",
                "cc -std=c99 -o backprop 13-backprop.c && ./backprop");
    }

    @Test
    void withoutTrainingTheProgramStopsAfterOneUpdate() {
        var text = backprop(0).text();

        assertThat(text).doesNotContain("steps").doesNotContain("training").contains("update(g);");
    }

    @Test
    void aPartHasTheLineNumbersOfTheWholeFile() {
        var program = backprop(200);
        var whole = program.lines(Optional.empty());
        var forward = program.lines(Optional.of(ProgramPart.FORWARD));

        assertThat(forward.get(0).text()).startsWith("/* The forward pass");
        assertThat(whole.get(forward.get(0).number() - 1)).isEqualTo(forward.get(0));
        assertThat(forward).extracting(CProgram.NumberedLine::text).contains("        z[i] = w[i] * input + b[i];")
                .doesNotContain("static Gradient backward(int show)");
        assertThat(whole).extracting(CProgram.NumberedLine::number)
                .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, whole.size()).boxed().toList());
    }

    @Test
    void everyLineFitsAnEightyColumnWindowBesideItsNumber() {
        assertThat(backprop(200).lines(Optional.empty())).allSatisfy(line -> assertThat(line.text().length())
                .as("line %d: %s", line.number(), line.text()).isLessThanOrEqualTo(72));
    }

    @Test
    void theTrainingPrintsAboutTenTimesAtRoundSteps() {
        assertThat(new ProgramSettings(Rational.ONE, 200).reportEvery()).isEqualTo(20);
        assertThat(new ProgramSettings(Rational.ONE, 122).reportEvery()).isEqualTo(20);
        assertThat(new ProgramSettings(Rational.ONE, 50).reportEvery()).isEqualTo(5);
        assertThat(new ProgramSettings(Rational.ONE, 1000).reportEvery()).isEqualTo(100);
        assertThat(new ProgramSettings(Rational.ONE, 5).reportEvery()).isEqualTo(1);
    }

    @Test
    void aStartWithoutEveryParameterIsRefused() {
        var start = start();
        start.remove("c");

        assertThatThrownBy(() -> NetworkProgram.of("x", NETWORK, start, bent(), new ProgramSettings(Rational.ONE, 0)))
                .hasMessage("the program needs a starting value for c");
    }
}
