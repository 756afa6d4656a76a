package dev.nudge.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterProperty;

/** Mutated lesson files, however broken, give clean problem reports and never an exception. */
class LoaderFuzzTest {
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

    @Provide
    Arbitrary<List<Mutation>> mutations() {
        var mutation = Combinators.combine(
                Arbitraries.doubles().between(0, 1),
                Arbitraries.integers().between(0, 40),
                Arbitraries.oneOf(Arbitraries.of(PIECES), Arbitraries.strings().ofMaxLength(6)))
                .as(Mutation::new);
        return mutation.list().ofMinSize(1).ofMaxSize(8);
    }

    @Property(tries = 300)
    void mutatedLessonsGiveOnlyProblems(@ForAll("mutations") List<Mutation> mutations) {
        var text = CourseFixture.LESSON_EN;
        for (var mutation : mutations) {
            text = mutation.apply(text);
        }
        var fixture = CourseFixture.english(folder).write("en/01-loss.md", text);
        var result = CourseLoader.load(fixture.folder());
        assertThat(result.problems()).allSatisfy(problem -> {
            assertThat(problem.message()).isNotBlank();
            assertThat(problem.line()).isGreaterThanOrEqualTo(0);
        });
        assertThat(result.course().isPresent() || !result.problems().isEmpty()).isTrue();
    }

    @AfterProperty
    void cleanUp() throws IOException {
        try (var files = Files.walk(folder)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
    }
}
