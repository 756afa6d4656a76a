package dev.nudge.plot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The plot's dots and their characters: the Unicode standard's Braille bits, lines in every direction, clipping and
 * scaling, checked against golden text files (rewritten with {@code -Dsnapshot.update=true}).
 */
class PlotTest {
    private static final Path DIRECTORY = Path.of("src", "test", "resources", "plots");

    private static void assertGolden(String name, String actual) throws IOException {
        var file = DIRECTORY.resolve(name + ".txt");
        if (Boolean.getBoolean("snapshot.update")) {
            Files.createDirectories(DIRECTORY);
            Files.writeString(file, actual, StandardCharsets.UTF_8);
            return;
        }
        assertThat(actual).as("golden plot %s", file).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    }

    @Test
    void eachDotHasItsUnicodeBit() {
        int[][] dots = {{0, 0}, {0, 1}, {0, 2}, {1, 0}, {1, 1}, {1, 2}, {0, 3}, {1, 3}};
        for (int dot = 0; dot < dots.length; dot++) {
            var grid = new DotGrid(1, 1);
            grid.set(dots[dot][0], dots[dot][1]);
            assertThat(CellStyle.BRAILLE.render(grid).get(0)).as("dot %d", dot + 1)
                    .isEqualTo(String.valueOf((char) (0x2800 + (1 << dot))));
        }
        var full = new DotGrid(1, 1);
        full.line(0, 0, 0, 3);
        full.line(1, 0, 1, 3);
        assertThat(CellStyle.BRAILLE.render(full)).containsExactly("⣿");
    }

    @Test
    void linesInEveryDirectionInBrailleAndAscii() throws IOException {
        var grid = new DotGrid(12, 4);
        grid.line(0, 0, 23, 15);
        grid.line(0, 15, 23, 0);
        grid.line(0, 8, 23, 8);
        grid.line(12, 0, 12, 15);
        assertGolden("lines", String.join("\n", CellStyle.BRAILLE.render(grid)) + "\n---\n"
                + String.join("\n", CellStyle.ASCII.render(grid)) + "\n");
    }

    @Test
    void dotsOffTheGridAreDroppedAndChartsClipLongLines() throws IOException {
        var grid = new DotGrid(2, 1);
        grid.set(-1, 0);
        grid.set(4, 0);
        grid.set(0, 4);
        assertThat(CellStyle.BRAILLE.render(grid)).containsExactly("  ");
        var chart = new Chart(20, 5, new Scale(-2, 2), new Scale(0, 4), CellStyle.BRAILLE);
        var xs = new double[41];
        var ys = new double[41];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = -2 + i * 0.1;
            ys[i] = xs[i] * xs[i];
        }
        chart.polyline(xs, ys);
        chart.segment(-1e9, -2e9, 1e9, 2e9);
        chart.mark(1, 1);
        assertGolden("parabola-tangent", String.join("\n", chart.lines()) + "\n");
    }

    @Test
    void aDashedLineLeavesOutEveryOtherCellsWorthOfDotsAndItsLegendShowsTheSame() {
        var grid = new DotGrid(4, 1);
        grid.dashedLine(0, 1, 7, 1);
        assertThat(CellStyle.BRAILLE.render(grid)).containsExactly("⠒ ⠒ ");
        assertThat(CellStyle.ASCII.render(grid)).containsExactly("- - ");
        assertThat(LegendSample.dashed(CellStyle.BRAILLE)).isEqualTo("⠒ ⠒");
        assertThat(LegendSample.solid(CellStyle.BRAILLE)).isEqualTo("⠒⠒⠒");
        assertThat(LegendSample.dashed(CellStyle.ASCII)).isEqualTo("- -");
        assertThat(LegendSample.solid(CellStyle.ASCII)).isEqualTo("---");
        var sloped = new DotGrid(4, 2);
        sloped.dashedLine(0, 0, 7, 7);
        int dots = 0;
        for (int i = 0; i < 8; i++) {
            dots += sloped.isSet(i, i) ? 1 : 0;
        }
        assertThat(dots).as("half the dots of the diagonal").isEqualTo(4);
    }

    @Test
    void scalesMapValuesAndPickNiceWidths() {
        var scale = new Scale(-1, 3);
        assertThat(scale.fraction(1)).isEqualTo(0.5);
        assertThat(scale.at(0.25)).isEqualTo(0);
        assertThat(Scale.nice(0.7)).isEqualTo(1);
        assertThat(Scale.nice(1.3)).isEqualTo(2);
        assertThat(Scale.nice(3)).isEqualTo(5);
        assertThat(Scale.nice(0.03)).isEqualTo(0.05, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(Scale.spanning(2, 2).contains(2)).isTrue();
        assertThat(NumberLabel.of(3.6666)).isEqualTo("3.67");
        assertThat(NumberLabel.of(1234567)).isEqualTo("1.2e+06");
        assertThat(Clip.toBox(-5, 0, -3, 1, scale, new Scale(0, 1))).isNull();
    }
}
