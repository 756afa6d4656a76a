package dev.nudge.tui.view;

import com.googlecode.lanterna.graphics.TextGraphics;
import dev.nudge.i18n.Language;
import dev.nudge.lab.LabModel;
import dev.nudge.lab.LossKind;
import dev.nudge.layout.Line;
import dev.nudge.layout.MathText;
import dev.nudge.layout.Tone;
import java.util.List;

/**
 * Draws the whole lab screen from the lab model: a title bar with the model and the loss, the data table and the
 * parameters with their slopes, the two plots side by side (as large as the window allows), a warning when the
 * descent diverges, and the footer of keys.
 */
public final class LabView {
    private static final int PLOT_GAP = 3;
    private static final int SIDE_BY_SIDE = 2;

    private LabView() {
    }

    static void draw(TextGraphics graphics, LabModel model, Language language, ViewOptions options) {
        var canvas = new Canvas(graphics);
        var d = new Drawing(canvas, language, options.glyphs(language), Theme.choose(options.color()));
        canvas.clear(d.theme().text());
        if (canvas.columns() < RootView.MIN_COLUMNS || canvas.rows() < RootView.MIN_ROWS) {
            TooSmallView.draw(d, RootView.MIN_COLUMNS, RootView.MIN_ROWS);
            return;
        }
        titleBar(d, model);
        int plotsTop = readout(d, model) + 1;
        int statusRow = canvas.rows() - FooterView.HEIGHT - 1;
        plots(d, model, plotsTop, statusRow - plotsTop);
        if (model.diverging()) {
            canvas.text(1, statusRow, d.text("lab.diverging"), d.theme().look(Tone.BAD));
        }
        if (model.help()) {
            HelpOverlay.draw(d, canvas.rows() - FooterView.HEIGHT, d.text("lab.help.title"), LabHelp.keys(d));
        }
        FooterView.draw(d, model.notice().map(n -> d.text(n.key(), n.arguments().toArray())), LabHelp.footer(d, model));
    }

    private static void titleBar(Drawing d, LabModel model) {
        var canvas = d.canvas();
        canvas.fill(0, 0, canvas.columns(), 1, d.theme().bar());
        canvas.text(0, 0, " " + title(d, model), d.theme().bar());
    }

    /** The lab's title: the model and the loss being descended. */
    public static String title(Drawing d, LabModel model) {
        var setup = model.setup();
        var equation = setup.definitions().lookup(setup.model()).orElseThrow().asEquation();
        var loss = model.kind() == LossKind.MSE ? d.text("lab.loss.mse", setup.points().size())
                : d.text("lab.loss.single");
        return d.text("lab.title") + d.glyphs().separator + new MathText(d.glyphs()).expr(equation)
                + d.glyphs().separator + loss;
    }

    /** Draws the data table and the parameters side by side; returns the row below them. */
    private static int readout(Drawing d, LabModel model) {
        var parameters = LabReadout.parameters(d, model);
        int room = Math.max(2, (d.canvas().rows() - 1) / 3);
        var points = LabReadout.points(d, model, room);
        int tableWidth = points.stream().mapToInt(Line::width).max().orElse(0);
        int top = 2;
        drawAll(d, points, 1, top);
        drawAll(d, parameters, tableWidth + 3, top);
        return top + Math.max(points.size(), parameters.size());
    }

    private static void plots(Drawing d, LabModel model, int top, int height) {
        int chartRows = height - 2;
        if (chartRows < 2) {
            return;
        }
        int width = (d.canvas().columns() - 2 - PLOT_GAP) / SIDE_BY_SIDE;
        var selected = new MathText(d.glyphs()).name(model.selectedName());
        plot(d, 1, top, d.text("lab.plot.curve", selected), LabPlots.curve(d, model, width, chartRows));
        plot(d, 1 + width + PLOT_GAP, top, d.text(model.logScale() ? "lab.plot.historyLog" : "lab.plot.history"),
                LabPlots.history(d, model, width, chartRows));
    }

    private static void plot(Drawing d, int column, int top, String title, List<String> lines) {
        d.canvas().text(column, top, title, d.theme().look(Tone.HEADING));
        for (int i = 0; i < lines.size(); i++) {
            d.canvas().text(column, top + 1 + i, lines.get(i), d.theme().look(i < lines.size() - 1 ? Tone.MATH
                    : Tone.MUTED));
        }
    }

    private static void drawAll(Drawing d, List<Line> lines, int column, int top) {
        for (int i = 0; i < lines.size(); i++) {
            LessonView.drawLine(d, lines.get(i), column, top + i);
        }
    }
}
