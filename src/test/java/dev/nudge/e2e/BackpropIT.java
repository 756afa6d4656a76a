package dev.nudge.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nudge.i18n.Language;
import dev.nudge.lesson.LessonMath;
import dev.nudge.lesson.ProseBlock;
import dev.nudge.lesson.TableCells;
import dev.nudge.math.GlyphSet;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The backpropagation lesson as a learner meets it: in a real terminal the drawing of the network with its weights,
 * the first cell computed by the learner, then the forward pass as a table whose rows are the engine's; in plain
 * mode through a pipe, in Japanese, the drawing said a sentence per neuron and the table a line per row.
 */
class BackpropIT {
    private static final Path PROJECT = Path.of("").toAbsolutePath();
    private static final String LESSON = "backprop";

    /** The forward pass's cells as the engine computes them, each shown as the tutor shows numbers. */
    private static List<List<String>> forwardRows(Language language, GlyphSet glyphs) {
        var lesson = RealCourse.lesson(LESSON, language);
        var step = lesson.steps().stream().filter(s -> s.id().equals("forward")).findFirst().orElseThrow();
        var table = step.prose().stream().filter(ProseBlock.Table.class::isInstance).map(ProseBlock.Table.class::cast)
                .findFirst().orElseThrow();
        return TableCells.of(LessonMath.of(lesson), table).rows().stream()
                .map(row -> row.stream().map(cell -> cell.display(glyphs)).toList()).toList();
    }

    @Test
    void theLearnerComputesOneCellThenSeesTheForwardPass(@TempDir Path data) throws InterruptedException {
        var rows = forwardRows(Language.EN, GlyphSet.UNICODE);
        var math = LessonMath.of(RealCourse.lesson(LESSON, Language.EN));
        try (var tmux = Tmux.start(80, 24, PROJECT, "LANG=C.UTF-8", "NUDGE_DATA=" + data)) {
            tmux.typeLine("./nudge --subscripts=digits; echo \"EXIT=$?\"");
            tmux.awaitText("Start the course");
            RealCourse.openLesson(tmux, LESSON);
            tmux.awaitScreen(screen -> screen.contains(RealCourse.position(LESSON, "tiny-network"))
                    && screen.contains("├───→ f   c = 0.5") && screen.contains("w₁ = 1")
                    && screen.contains("v₂ = 0.5") && screen.contains("a₁ = relu(z₁)"), "the drawing of the network");
            tmux.press("Right");
            tmux.awaitText(RealCourse.position(LESSON, "first-cell"));
            tmux.type(math.evaluate("f(0, P)", List.of()).toString());
            tmux.press("Enter");
            tmux.awaitText("✓");
            tmux.press("Escape");
            Thread.sleep(700);
            tmux.press("Right");
            var screen = tmux.awaitScreen(s -> s.contains(RealCourse.position(LESSON, "forward"))
                    && s.contains("z₁") && s.contains("f - y"), "the forward pass");
            var shown = screen.lines().map(String::strip).map(line -> Arrays.asList(line.split("\\s+"))).toList();
            assertThat(shown).as("every row of the forward pass, cell by cell").containsAll(rows);
            tmux.type("q");
            tmux.awaitText("EXIT=0");
        }
    }

    @Test
    void inPlainModeInJapaneseTheDrawingAndTheTableAreSentences(@TempDir Path data)
            throws IOException, InterruptedException {
        var rows = forwardRows(Language.JA, GlyphSet.UNICODE_NARROW);
        var output = PlainRun.run("ja", data, "t\n" + (RealCourse.lessonIndex(LESSON) + 1) + "\nn\n9/8\nn\nq\n");
        assertThat(output).contains("隠れニューロン 1 は、x に w_1 = 1 を掛けて b_1 = 0.5 を足し",
                "出力 f は、隠れニューロンから渡された値をすべて足し").doesNotContain("\u001b[");
        var last = rows.get(rows.size() - 1);
        assertThat(output).contains("x = " + last.get(0) + "、z_1 = " + last.get(1) + "、a_1 = " + last.get(2));
    }
}
