package dev.nudge.tui.view;

import dev.nudge.layout.Wrap;
import java.util.ArrayList;

/** Shown instead of the page when the window is smaller than the layout needs: the actual and the needed size. */
final class TooSmallView {
    private TooSmallView() {
    }

    static void draw(Drawing d, int neededColumns, int neededRows) {
        var canvas = d.canvas();
        var lines = new ArrayList<String>();
        int width = Math.max(1, canvas.columns() - 2);
        lines.addAll(Wrap.wrap(d.text("tooSmall.title"), width));
        lines.add("");
        lines.addAll(Wrap.wrap(d.text("tooSmall.size",
                d.size(canvas.columns(), canvas.rows()), d.size(neededColumns, neededRows)), width));
        lines.addAll(Wrap.wrap(d.text("tooSmall.hint"), width));
        int row = Math.max(0, (canvas.rows() - lines.size()) / 2);
        for (int i = 0; i < lines.size(); i++) {
            canvas.centered(row + i, lines.get(i), i == 0 ? d.theme().title() : d.theme().text());
        }
    }
}
