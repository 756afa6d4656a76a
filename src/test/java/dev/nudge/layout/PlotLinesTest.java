package dev.nudge.layout;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nudge.i18n.Language;
import dev.nudge.lesson.LessonMath;
import dev.nudge.lesson.PlotCurve;
import dev.nudge.lesson.ProseBlock;
import dev.nudge.plot.DotGrid;
import dev.nudge.progress.StepKey;
import dev.nudge.tutor.TestCourse;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The plot block of the real course's derivative lesson laid out: the parabola in Braille and in ASCII, the marker in
 * the cell of the current point, the tangent with the engine's slope, the legend, the bounds on width and height, and
 * the sentences that stand for it in plain output.
 */
class PlotLinesTest {
    private static final StepKey KEY = new StepKey("derivative", "slope-picture");

    private static LessonMath math() {
        var book = TestCourse.book();
        return book.math(Language.EN, book.place(KEY).orElseThrow().lesson());
    }

    private static ProseBlock.Plot plot() {
        var book = TestCourse.book();
        return book.step(Language.EN, book.place(KEY).orElseThrow()).prose().stream()
                .filter(ProseBlock.Plot.class::isInstance).map(ProseBlock.Plot.class::cast).findFirst().orElseThrow();
    }

    private static List<String> lines(Language language, Glyphs glyphs, int width, boolean flat) {
        return PlotLines.of(math(), plot(), new Writing(language, glyphs), width, flat).stream().map(Line::text)
                .toList();
    }

    @Test
    void theParabolaIsDrawnInBrailleWithItsNamesAndLegend() {
        var lines = lines(Language.EN, Glyphs.UNICODE, 76, false);
        assertThat(lines).hasSize(1 + PlotLines.ROWS + 2);
        assertThat(lines.get(0).strip()).isEqualTo("Loss");
        assertThat(lines.get(1)).startsWith("  16 ");
        assertThat(lines.get(PlotLines.ROWS)).startsWith("   0 ");
        assertThat(lines.get(PlotLines.ROWS + 1)).matches(" +-6 +-2 +2 P₁");
        var cells = lines.subList(1, PlotLines.ROWS + 1).stream().map(line -> line.substring(5)).toList();
        assertThat(String.join("", cells)).matches("[\\u2800-\\u28FF ]+");
        var slope = math().evaluate("dLoss/dP_1", List.of());
        assertThat(lines.get(PlotLines.ROWS + 2).strip()).isEqualTo("curve Loss · tangent, slope " + slope
                + " · ⣿ P₁ = 1, Loss = " + math().evaluate("Loss", List.of()));
    }

    @Test
    void theMarkerIsInTheCellOfTheCurrentPoint() {
        var lines = lines(Language.EN, Glyphs.UNICODE, 76, false);
        int columns = lines.get(1).length() - 5;
        var curve = PlotCurve.of(math(), plot(), columns * DotGrid.CELL_WIDTH);
        var point = curve.point().orElseThrow();
        double across = (point.x().toDouble() - curve.from().toDouble()) / (curve.to().toDouble() - curve.from().toDouble());
        double up = (point.y().toDouble() - curve.low()) / (curve.high() - curve.low());
        int column = (int) Math.round(across * (columns * DotGrid.CELL_WIDTH - 1)) / DotGrid.CELL_WIDTH;
        int row = (int) Math.round((1 - up) * (PlotLines.ROWS * DotGrid.CELL_HEIGHT - 1)) / DotGrid.CELL_HEIGHT;
        assertThat(lines.get(1 + row).charAt(5 + column)).isEqualTo('⣿');
        assertThat(String.join("", lines.subList(1, PlotLines.ROWS + 1)).chars().filter(c -> c == '⣿')).hasSize(1);
    }

    @Test
    void theTangentHasTheDerivativesSlopeThroughThePoint() {
        var point = PlotCurve.of(math(), plot(), 40).point().orElseThrow();
        assertThat(point.slope()).isEqualTo(math().evaluate("2P_1 + 4", List.of()));
        assertThat(point.tangentAt(point.x().toDouble())).isEqualTo(point.y().toDouble());
        assertThat(point.tangentAt(point.x().toDouble() + 1)).isEqualTo(point.y().add(point.slope()).toDouble());
    }

    @Test
    void inAsciiThePlotIsAsciiWithAnOMarker() {
        var lines = lines(Language.EN, Glyphs.ASCII, 76, false);
        assertThat(String.join("\n", lines)).matches("[\\x20-\\x7e\\n]+");
        assertThat(String.join("", lines.subList(1, PlotLines.ROWS + 1))).contains("o", "/", "\\", "_");
        assertThat(lines.get(PlotLines.ROWS + 1)).endsWith(" P_1");
        assertThat(lines.get(PlotLines.ROWS + 2)).contains("| o P_1 = 1, Loss = 9");
    }

    @Test
    void itFitsEveryWidthAndKeepsItsHeight() {
        for (var language : Language.values()) {
            for (int width : new int[] {40, 56, 76, 196}) {
                var lines = lines(language, Glyphs.choose(false, language), width, false);
                assertThat(lines).as("%s at %d", language, width)
                        .allSatisfy(line -> assertThat(Width.columns(line)).isLessThanOrEqualTo(width));
                assertThat(lines.size()).isBetween(PlotLines.ROWS + 3, PlotLines.ROWS + 5);
                assertThat(lines.get(1).length()).isLessThanOrEqualTo(5 + PlotLines.MAX_COLUMNS);
            }
        }
    }

    @Test
    void plainOutputAndANarrowWindowSayWhatThePictureShows() {
        var said = "A plot of Loss as P₁ goes from -6 to 2, with Loss from 0 to 16 up the side. The marked point is"
                + " P₁ = 1, where Loss is 9, and the tangent there has slope 6.";
        assertThat(String.join(" ", lines(Language.EN, Glyphs.UNICODE, 200, true))).isEqualTo(said);
        assertThat(String.join(" ", lines(Language.EN, Glyphs.UNICODE, 20, false))).isEqualTo(said);
        assertThat(String.join("", lines(Language.JA, Glyphs.NARROW, 200, true))).isEqualTo(
                "P_1 を -6 から 2 まで動かしたときの Loss のグラフです。縦軸は Loss の 0 から 16 までです。"
                        + "印の点は P_1 = 1 で、そこでの Loss は 9、接線の傾きは 6 です。");
    }

    private static dev.nudge.lesson.SourceText text(String text) {
        return new dev.nudge.lesson.SourceText(text, 1, 1);
    }

    @Test
    void aSampleWithNoValueIsAGapInTheLineNotAMissingPicture() {
        var plot = new ProseBlock.Plot(text("```plot"), text("1/P_1"), text("P_1"), text("-1"), text("2"),
                java.util.Optional.empty(), false, java.util.Optional.of(text("-10")),
                java.util.Optional.of(text("10")), false);
        // 40 samples from -1 to 2, as 20 columns of dots take, meet P_1 = 0, where 1/P_1 has no value.
        assertThat(PlotCurve.drawn(math(), plot, 40).ys()[13]).isNaN();
        var lines = PlotLines.of(math(), plot, new Writing(Language.EN, Glyphs.UNICODE), 2 + 3 + 1 + 20 + 3, false);
        assertThat(lines).hasSize(1 + PlotLines.ROWS + 2);
        assertThat(lines.get(1).text()).startsWith("   10 ");
        assertThat(lines.get(1).text().length()).isEqualTo(2 + 3 + 1 + 20);
    }

    @Test
    void aPlotOverTheInputMarksTheDataAndKeepsAKinkSharp() {
        var book = TestCourse.book();
        var place = book.place(new StepKey("bent-data", "best-line")).orElseThrow();
        var math = book.math(Language.EN, place.lesson());
        var plot = new ProseBlock.Plot(text("```plot"), text("relu(x) + relu(-x)"), text("x"), text("-2"),
                text("2"), java.util.Optional.empty(), false, java.util.Optional.empty(), java.util.Optional.empty(),
                true);
        // An odd number of samples puts one at x = 0, the corner: every sample is the engine's |x|, nothing between.
        var curve = PlotCurve.of(math, plot, 81);
        for (int i = 0; i < curve.xs().length; i++) {
            assertThat(curve.ys()[i]).isEqualTo(Math.abs(curve.xs()[i]));
        }
        assertThat(curve.data()).hasSize(5);
        var lines = PlotLines.of(math, plot, new Writing(Language.EN, Glyphs.UNICODE), 2 + 1 + 1 + 40 + 2, false);
        // The five points on |x| lie on the curve, so the V and its marks meet: a mark at each end of the top row,
        // one in the middle of the bottom row, where the corner is.
        assertThat(lines.get(1).text()).matches("  2 ⣿[\\u2800-\\u28FF ]{38}⣿");
        var bottom = lines.get(PlotLines.ROWS).text();
        assertThat(bottom.indexOf('⣿')).isEqualTo(bottom.lastIndexOf('⣿')).isBetween(4 + 19, 4 + 21);
        // The corner is sharp: the two sides meet in the marked cell, with dots only next to it on the bottom row.
        assertThat(bottom.substring(4, bottom.indexOf('⣿') - 2).strip()).isEmpty();
        assertThat(lines.get(PlotLines.ROWS + 2).text().strip()).isEqualTo("curve relu(x) + relu(-x) · ⣿ the data"
                + " points");
        assertThat(PlotLines.of(math, plot, new Writing(Language.EN, Glyphs.UNICODE), 80, true).get(0).text())
                .startsWith("A plot of relu(x) + relu(-x) as x goes from -2 to 2");
        var plain = String.join(" ", PlotLines.of(math, plot, new Writing(Language.EN, Glyphs.UNICODE), 200, true)
                .stream().map(Line::text).toList());
        assertThat(plain).endsWith("The data points are marked: (-2, 2), (-1, 1), (0, 0), (1, 1), (2, 2).");
    }
}
