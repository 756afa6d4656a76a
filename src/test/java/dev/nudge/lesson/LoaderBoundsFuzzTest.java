package dev.nudge.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nudge.fuzz.BoundedFuzz;
import dev.nudge.fuzz.Mutations;
import dev.nudge.step.registry.Kinds;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The lesson loader on a lesson edited at random, as a seeded run bounded in time and memory per file (the
 * property in {@link LoaderFuzzTest} checks the same reports without bounds): problems with a message, never an
 * exception, never a hang.
 */
class LoaderBoundsFuzzTest {
    private static final List<String> PIECES = List.of("```", "```quiz", "```guess", "```lab", "$$", "$", "{{", "}}",
            "|", ":", "## ", "{#", "}", "---", "\n", "(", ")", ",", "=", "*", "**", "`", "P_1", "\\frac{", "\u0000",
            "é", "損失", "answer: ", "mistake: ", "define: ", "sin(", "1/0", ")^100", "1e308", "\t");

    @TempDir
    Path folder;

    @Test
    void editedLessonsGiveOnlyProblemsInBoundedTimeAndMemory() {
        var run = new BoundedFuzz(20_261_202L, 80, Duration.ofSeconds(3), 256L << 20, List.of());
        run.run(random -> Mutations.mutated(random, List.of(CourseFixture.LESSON_EN), PIECES), text -> {
            var result = Kinds.load(CourseFixture.english(folder).write("en/01-loss.md", text).folder());
            assertThat(result.problems()).allSatisfy(problem -> {
                assertThat(problem.message()).isNotBlank();
                assertThat(problem.line()).isGreaterThanOrEqualTo(0);
            });
            assertThat(result.course().isPresent() || !result.problems().isEmpty()).isTrue();
        });
    }
}
