package dev.nudge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nudge.step.registry.Kinds;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The compiler's part of {@code nudge lessons check}: the programs of a course compile with the real {@code cc}; a
 * compiler's failure is reported with what it said; with no compiler, the check says once that it did not compile.
 */
class ProgramsCompiledTest {
    private static final Path COURSE = Path.of("src", "test", "resources", "network-program-course");

    @Test
    void theNetworkCoursesProgramCompiles() {
        var course = Kinds.loadToTeach(COURSE).course().orElseThrow();

        var outcome = ProgramsCompiled.check(course, CCompiler.onPath());

        assertThat(CCompiler.onPath()).as("a C compiler on the PATH (CI installs gcc)").isPresent();
        assertThat(outcome.problems()).isEmpty();
        assertThat(outcome.notCompiled()).isEmpty();
    }

    @Test
    void withoutACompilerItSaysSoOnce() {
        var course = Kinds.loadToTeach(COURSE).course().orElseThrow();

        var outcome = ProgramsCompiled.check(course, Optional.empty());

        assertThat(outcome.problems()).isEmpty();
        assertThat(outcome.notCompiled()).contains("the lessons' C programs were not compiled: there is no cc or gcc"
                + " on the PATH");
    }

    @Test
    void aCourseWithoutProgramsNeedsNoCompiler() {
        var course = Kinds.loadToTeach(Path.of("src", "test", "resources", "fixture-course")).course().orElseThrow();

        assertThat(ProgramsCompiled.check(course, Optional.empty()).notCompiled()).isEmpty();
    }

    @Test
    void theCompilerSaysWhatIsWrongWithASourceThatDoesNotCompile() {
        var said = CCompiler.onPath().orElseThrow().problems("broken.c", "int main(void) { return x; }\n");

        assertThat(said).hasValueSatisfying(text -> assertThat(text).contains("broken.c").contains("x"));
    }

    @Test
    void aProgramThatCompilesHasNothingToSay() {
        assertThat(CCompiler.onPath().orElseThrow().problems("fine.c", "int main(void) { return 0; }\n")).isEmpty();
    }
}
