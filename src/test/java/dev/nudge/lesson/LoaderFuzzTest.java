package dev.nudge.lesson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.nudge.fuzz.TextGen;
import dev.nudge.step.registry.Kinds;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Mutated lesson files, however broken, give clean problem reports and never an exception. */
class LoaderFuzzTest {
    private static final long SEED = 0x5EED_2026_0003L;
    private static final List<String> PIECES = List.of("```", "```quiz", "```guess", "$$", "$", "{{", "}}", "|", ":",
            "## ", "{#", "}", "---", "\n", "(", ")", ",", "=", "*", "**", "`", "P_1", "\\frac{", "\u0000", "é", "損失");

    private final Path folder;

    LoaderFuzzTest() throws IOException {
        folder = Files.createTempDirectory("nudge-fuzz");
    }

    /** An edit to a lesson: at a relative position, delete some characters and insert a piece. */
    record Mutation(double where, int delete, String insert) {
        String apply(String text) {
            int at = (int) (where * text.length());
            int end = Math.min(text.length(), at + delete);
            return text.substring(0, at) + insert + text.substring(end);
        }
    }

    private static Gen<List<Mutation>> mutations() {
        var mutation = doubles().between(0, 1).zip(
                integers().between(0, 40),
                Generate.oneOf(Generate.pick(PIECES), shortStrings()),
                Mutation::new);
        return lists().of(mutation).ofSizeBetween(1, 8);
    }

    private static Gen<String> shortStrings() {
        return TextGen.upTo(6);
    }

    @Test
    void mutatedLessonsGiveOnlyProblems() {
        qt().withFixedSeed(SEED).withExamples(310).forAll(mutations()).checkAssert(mutations -> {
            var text = CourseFixture.LESSON_EN;
            for (var mutation : mutations) {
                text = mutation.apply(text);
            }
            var fixture = CourseFixture.english(folder).write("en/01-loss.md", text);
            var result = Kinds.load(fixture.folder());
            assertThat(result.problems()).allSatisfy(problem -> {
                assertThat(problem.message()).isNotBlank();
                assertThat(problem.line()).isGreaterThanOrEqualTo(0);
            });
            assertThat(result.course().isPresent() || !result.problems().isEmpty()).isTrue();
        });
    }

    @AfterEach
    void cleanUp() throws IOException {
        try (var files = Files.walk(folder)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
    }
}
