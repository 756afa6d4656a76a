package dev.nudge.tui.view;

import com.googlecode.lanterna.graphics.TextGraphics;
import dev.nudge.i18n.Language;
import dev.nudge.lab.LabModel;
import dev.nudge.lab.LabNotice;
import dev.nudge.lab.LossKind;
import dev.nudge.layout.Line;
import dev.nudge.layout.MathText;
import dev.nudge.layout.Tone;
import dev.nudge.layout.Wrap;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Draws the whole lab screen from the lab model: a title bar with the model and the loss, the data table (when there
 * is room beside them) and the parameters with their slopes, the plots (the loss along the selected parameter, the
 * model's line against the data, the loss over the steps: side by side, under each other on a tall screen, as many
 * as the window holds, the loss over the steps before the model's line once it is asked for on a log scale; for a
 * network, its output first), the latest notice or a warning when the descent diverges, and the footer of keys.
 */
public final class LabView {
    private static final int PLOT_GAP = 3;
    /** The narrowest a plot is drawn, labels included: two fit side by side at the narrowest screen. */
    private static final int MIN_PLOT_WIDTH = 26;
    /** The fewest rows of dots a plot is worth drawing with. */
    private static final int MIN_CHART_ROWS = 6;
    /** A plot's rows besides its dots: the title, the legend and the labels under it. */
    private static final int PLOT_CHROME = 3;
    /** Rows kept above the key bar for the notice and the divergence warning, wrapped: always kept, so plots stay put. */
    private static final int MESSAGE_ROWS = 2;
    /** The readout's lines after the parameters: the loss, rate and step, then the descent's progress. */
    private static final int READOUT_TRAILER = 2;
    /** The fewest rows kept for the plots below the readout: a plot's chrome and five rows of dots. */
    private static final int MIN_PLOTS_ROWS = PLOT_CHROME + 5;
    /** Below this height the blank rows around the numbers go to the plots. */
    private static final int ROOMY_ROWS = 20;

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
        int plotsTop = readout(d, model) + (canvas.rows() >= ROOMY_ROWS ? 1 : 0);
        int messagesTop = canvas.rows() - 1 - MESSAGE_ROWS;
        plots(d, model, plotsTop, messagesTop - plotsTop);
        messages(d, model, messagesTop);
        if (model.help()) {
            // The panel may cover the notice row too: while it is open, no notice shows, and every key must.
            HelpOverlay.draw(d, canvas.rows() - 1, d.text("lab.help.title"), LabHelp.keys(d));
        }
        FooterView.draw(d, Optional.empty(), LabHelp.footer(d, model, canvas.columns() - 2));
    }

    private static void titleBar(Drawing d, LabModel model) {
        var canvas = d.canvas();
        canvas.fill(0, 0, canvas.columns(), 1, d.theme().bar());
        canvas.text(0, 0, " " + title(d, model), d.theme().bar());
    }

    /**
     * The lab's title: the model and the loss being descended. A network is named by its shape, since its equation
     * would not fit the bar; the parameter list below names every weight.
     */
    public static String title(Drawing d, LabModel model) {
        var setup = model.setup();
        var equation = setup.definitions().lookup(setup.model()).orElseThrow().asEquation();
        var loss = model.kind() == LossKind.MSE ? d.text("lab.loss.mse", setup.points().size())
                : d.text("lab.loss.single");
        var shown = setup.network().map(network -> d.text("lab.network", network.toString()))
                .orElseGet(() -> new MathText(d.glyphs()).expr(equation));
        return d.text("lab.title") + d.glyphs().separator + shown + d.glyphs().separator + loss;
    }

    /**
     * Draws the parameters, with the data table to their left when both fit (else the model plot shows the data);
     * returns the row below them.
     */
    private static int readout(Drawing d, LabModel model) {
        int rows = d.canvas().rows();
        int top = rows >= ROOMY_ROWS ? 2 : 1;
        int gap = rows >= ROOMY_ROWS ? 1 : 0;
        // A network's seven parameters would leave a short screen no room for a plot: they then show a few at a time.
        int parameterRows = rows - 1 - MESSAGE_ROWS - top - gap - READOUT_TRAILER - MIN_PLOTS_ROWS;
        var parameters = LabReadout.parameters(d, model, parameterRows);
        int room = Math.max(2, (rows - 1) / 3);
        var points = LabReadout.points(d, model, room);
        int tableWidth = points.stream().mapToInt(Line::width).max().orElse(0) + 2;
        int parametersWidth = parameters.stream().mapToInt(Line::width).max().orElse(0);
        boolean both = 1 + tableWidth + parametersWidth < d.canvas().columns();
        if (both) {
            drawAll(d, points, 1, top);
        }
        drawAll(d, parameters, both ? tableWidth + 1 : 1, top);
        return top + Math.max(both ? points.size() : 0, parameters.size());
    }

    /** The plots, in as many columns as the width holds and as many rows as the height holds. */
    private static void plots(Drawing d, LabModel model, int top, int height) {
        var panels = model.setup().network().isPresent() ? networkPanels(model)
                : model.logScale() ? List.of(Panel.CURVE, Panel.HISTORY, Panel.FIT)
                : List.of(Panel.CURVE, Panel.FIT, Panel.HISTORY);
        int across = Math.max(1, Math.min(panels.size(),
                (d.canvas().columns() - 2 + PLOT_GAP) / (MIN_PLOT_WIDTH + PLOT_GAP)));
        int down = Math.max(1, (height + 1) / (PLOT_CHROME + MIN_CHART_ROWS + 1));
        int shown = Math.min(panels.size(), across * down);
        across = Math.min(across, shown);
        down = (shown + across - 1) / across;
        int width = (d.canvas().columns() - 2 - PLOT_GAP * (across - 1)) / across;
        int panelHeight = (height - (down - 1)) / down;
        int chartRows = panelHeight - PLOT_CHROME;
        if (chartRows < 2) {
            return;
        }
        for (int i = 0; i < shown; i++) {
            int column = 1 + (i % across) * (width + PLOT_GAP);
            int row = top + (i / across) * (panelHeight + 1);
            panels.get(i).draw(d, model, column, row, width, chartRows);
        }
    }

    /**
     * A network's plots, most telling first: its bent output against the points, then the loss over the steps (the
     * training it is there for), and the loss along one of its seven parameters last.
     */
    private static List<Panel> networkPanels(LabModel model) {
        return model.logScale() ? List.of(Panel.HISTORY, Panel.FIT, Panel.CURVE)
                : List.of(Panel.FIT, Panel.HISTORY, Panel.CURVE);
    }

    /**
     * The plots. When the window is small the last give way: the loss over the steps first, unless the learner
     * asked for it on a log scale, which puts it before the model's line.
     */
    private enum Panel {
        CURVE {
            @Override
            void draw(Drawing d, LabModel model, int column, int top, int width, int rows) {
                var selected = new MathText(d.glyphs()).name(model.selectedName());
                plot(d, column, top, title(d, width, "lab.plot.curve", selected), LabLegend.curve(d, width),
                        LabPlots.curve(d, model, width, rows));
            }
        },
        FIT {
            @Override
            void draw(Drawing d, LabModel model, int column, int top, int width, int rows) {
                plot(d, column, top, title(d, width, "lab.plot.fit"), LabLegend.fit(d, width, model.setup().network().isPresent()),
                        LabPlots.fit(d, model, width, rows));
            }
        },
        HISTORY {
            @Override
            void draw(Drawing d, LabModel model, int column, int top, int width, int rows) {
                plot(d, column, top, title(d, width, model.logScale() ? "lab.plot.historyLog" : "lab.plot.history"),
                        LabLegend.history(d, width), LabPlots.history(d, model, width, rows));
            }
        };

        abstract void draw(Drawing d, LabModel model, int column, int top, int width, int rows);
    }

    /** The plot's title under {@code key}, or its short form (the same key with "Short") when it is too wide. */
    private static String title(Drawing d, int width, String key, Object... arguments) {
        var full = d.text(key, arguments);
        return Canvas.width(full) <= width ? full : d.text(key + "Short", arguments);
    }

    private static void plot(Drawing d, int column, int top, String title, String legend, List<String> lines) {
        d.canvas().text(column, top, title, d.theme().look(Tone.HEADING));
        d.canvas().text(column, top + 1, legend, d.theme().look(Tone.MUTED));
        for (int i = 0; i < lines.size(); i++) {
            d.canvas().text(column, top + 2 + i, lines.get(i), d.theme().look(i < lines.size() - 1 ? Tone.MATH
                    : Tone.MUTED));
        }
    }

    /** {@code notice} in the learner's language, with names drawn as the math engine draws them. */
    public static String text(Drawing d, LabNotice notice) {
        var all = new ArrayList<>(List.of(FooterView.arguments(d, notice.arguments())));
        notice.parts().forEach(part -> all.add(text(d, part)));
        return d.text(notice.key(), all.toArray());
    }

    /** The notice about the last key or, without one, the warning that the descent diverges, wrapped to the width. */
    private static void messages(Drawing d, LabModel model, int top) {
        var canvas = d.canvas();
        var notice = model.notice().map(n -> text(d, n));
        var text = notice.or(() -> model.diverging() ? Optional.of(d.text("lab.diverging")) : Optional.empty());
        if (text.isEmpty()) {
            return;
        }
        var look = notice.isPresent() ? d.theme().notice() : d.theme().look(Tone.BAD);
        var lines = Wrap.wrap(text.get(), canvas.columns() - 2);
        for (int i = 0; i < Math.min(MESSAGE_ROWS, lines.size()); i++) {
            canvas.text(1, top + i, lines.get(i), look);
        }
    }

    private static void drawAll(Drawing d, List<Line> lines, int column, int top) {
        for (int i = 0; i < lines.size(); i++) {
            LessonView.drawLine(d, lines.get(i), column, top + i);
        }
    }
}
