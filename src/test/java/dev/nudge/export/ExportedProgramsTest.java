package dev.nudge.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nudge.i18n.Language;
import dev.nudge.lesson.Lesson;
import dev.nudge.lesson.LessonMath;
import dev.nudge.lesson.LessonProgram;
import dev.nudge.step.registry.Kinds;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every lesson with a program, in the real course and in the network fixture course: its exported program compiles
 * with {@code gcc} (C99, every warning an error) and prints, number for number, what the math engine computes for the
 * lesson: the forward pass, the MSE, the backward pass, the update and the training.
 */
class ExportedProgramsTest {
    private static final List<Path> COURSES = List.of(Path.of("lessons"),
            Path.of("src", "test", "resources", "network-program-course"));

    static Stream<Lesson<?>> lessonsWithPrograms() {
        return COURSES.stream().flatMap(folder -> Kinds.loadToTeach(folder).course().orElseThrow()
                .lessons(Language.EN).stream().filter(LessonProgram::has));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lessonsWithPrograms")
    void theProgramPrintsTheEnginesFigures(Lesson<?> lesson, @TempDir Path folder) throws Exception {
        var math = LessonMath.of(lesson);
        var block = LessonProgram.blocks(lesson).get(0);
        var program = LessonProgram.of(lesson).orElseThrow();
        var settings = new ProgramSettings(math.evaluate(block.rate().text(), List.of()),
                block.steps().map(s -> Integer.parseInt(s.text())).orElse(0));

        var printed = ProgramRun.numbers(ProgramRun.output(program.text(), folder));
        var expected = EngineFigures.of(math, settings);

        assertThat(printed).extracting(ProgramRun.Printed::name)
                .containsExactlyElementsOf(expected.stream().map(EngineFigures.Expected::name).toList());
        for (int i = 0; i < expected.size(); i++) {
            var want = expected.get(i);
            assertThat(printed.get(i).value()).as("%s (number %d printed)", want.name(), i + 1)
                    .isCloseTo(want.value(), org.assertj.core.data.Offset.offset(want.tolerance()));
        }
    }
}
