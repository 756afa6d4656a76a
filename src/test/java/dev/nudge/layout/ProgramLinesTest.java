package dev.nudge.layout;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nudge.i18n.Language;
import dev.nudge.lesson.Lesson;
import dev.nudge.lesson.LessonMath;
import dev.nudge.lesson.LessonProgram;
import dev.nudge.lesson.ProseBlock;
import dev.nudge.step.registry.Kinds;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A program block as lines: numbered as in the saved file, cut to the window, written out as it stands when flat. */
class ProgramLinesTest {
    private static final Lesson<?> LESSON = Kinds.loadToTeach(Path.of("src", "test", "resources", "network-program-course"))
            .course().orElseThrow().lessons(Language.EN).get(0);

    private static List<String> lines(Glyphs glyphs, int width, boolean flat) {
        ProseBlock.Program forward = LessonProgram.blocks(LESSON).get(0);
        return ProgramLines.of(LessonMath.of(LESSON), forward, glyphs, width, flat).stream().map(Line::text).toList();
    }

    @Test
    void eachLineHasItsNumberInTheFile() {
        var lines = lines(Glyphs.ASCII, 78, false);

        assertThat(lines.get(0)).isEqualTo("01-network.c");
        assertThat(lines).contains("40 |         z[i] = w[i] * input + b[i];");
    }

    @Test
    void aLineTooLongGoesOnUnderItselfWithoutANumber() {
        var lines = lines(Glyphs.ASCII, 40, false);

        assertThat(lines).containsSequence("36 | static double forward(double input,",
                "   |  double z[HIDDEN], double a[HIDDEN]", "   | )");
        assertThat(lines).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(40));
    }

    @Test
    void readLineByLineEveryLineIsWrittenWhole() {
        var lines = lines(Glyphs.ASCII, 40, true);

        assertThat(lines).contains("36: static double forward(double input, double z[HIDDEN], double a[HIDDEN])");
    }
}
