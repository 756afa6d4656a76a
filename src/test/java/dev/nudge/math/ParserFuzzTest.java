package dev.nudge.math;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nudge.fuzz.BoundedFuzz;
import dev.nudge.fuzz.Mutations;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The parser, and what the tutor computes from what it reads, on random token strings and on the course's own
 * equations edited at random: whatever the input, a {@link MathException} or a result, within bounded time and
 * memory.
 */
class ParserFuzzTest {
    private static final List<String> VOCABULARY = List.of("P_1", "P_0", "P1", "P_{10}", "x", "Loss", "MSE", "f",
            "sin", "(", ")", "{", "}", "^", "^2", "^100", "_", "+", "-", "*", "/", "=", ",", " ", "\\frac", "\\frac{",
            "}{", "\\times", "\\cdot", "\\left(", "\\right)", "\\partial", "d/dP_1", "\\frac{dLoss}{dP_1}", "0", "1",
            "2", "9.006001", "1e-3", "1e308", "11/3", "99999999999", ".", "e", "P₁", "²", "⋅", "×", "−", "\u0000",
            "\t", "é", "損失", "\\", "$");
    private static final Pattern DISPLAYED = Pattern.compile("\\$\\$(.+?)\\$\\$|\\{\\{(.+?)}}", Pattern.DOTALL);
    private static final List<String> EQUATIONS = courseEquations();
    private static final Definitions DEFINED = Definitions.none().define("f(x, P) = P_0 \\times x + P_1")
            .define("Loss = (f(0, P) - (-2))^2");
    private static final Map<String, Rational> VALUES = Map.of("P_0", Rational.ONE, "P_1", Rational.ONE, "x",
            Rational.of(2));
    private static final BoundedFuzz RUN = new BoundedFuzz(20_261_201L, 1500, Duration.ofSeconds(2), 256L << 20,
            List.of(MathException.class));

    /** Every {@code $$ ... $$} equation and {@code {{ ... }}} expression of the course, in both languages. */
    private static List<String> courseEquations() {
        var found = new ArrayList<String>();
        try (Stream<Path> files = Files.walk(Path.of("lessons"))) {
            for (var file : files.filter(f -> f.toString().endsWith(".md")).toList()) {
                var matcher = DISPLAYED.matcher(Files.readString(file));
                while (matcher.find()) {
                    found.add((matcher.group(1) != null ? matcher.group(1) : matcher.group(2)).strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(found).as("equations in the course").hasSizeGreaterThan(20);
        return found;
    }

    /** Parses {@code source} and does with it what the tutor does, each under a bound on work like a grader's. */
    private static void readAndCompute(String source) {
        var expr = DEFINED.parse(source);
        Renderer.oneLine(expr, GlyphSet.ASCII);
        Renderer.twoDimensional(expr, GlyphSet.UNICODE_NARROW);
        bounded(() -> Algebra.evaluate(expr, DEFINED, VALUES));
        bounded(() -> Algebra.expand(expr, DEFINED));
        bounded(() -> Algebra.derivative(expr, "P_1", DEFINED));
        bounded(() -> Algebra.equivalent(expr, Parser.parse("2P_1 + 4"), DEFINED));
    }

    private static void bounded(java.util.function.Supplier<?> computation) {
        try {
            Work.limitedTo(1_000_000).within(Duration.ofMillis(500)).run(computation);
        } catch (MathException clean) {
            // a clean refusal: the next computation may still succeed
        }
    }

    @Test
    void randomTokenStringsGiveOnlyCleanErrors() {
        int errors = RUN.run(random -> Mutations.tokens(random, VOCABULARY, 30), ParserFuzzTest::readAndCompute);
        assertThat(errors).as("most random strings do not parse").isGreaterThan(RUN.count() / 2);
    }

    @Test
    void editedCourseEquationsGiveOnlyCleanErrors() {
        int errors = RUN.run(random -> Mutations.mutated(random, EQUATIONS, VOCABULARY),
                ParserFuzzTest::readAndCompute);
        assertThat(errors).as("some edits still parse").isLessThan(RUN.count());
    }
}
