package dev.nudge.tui;

import dev.nudge.layout.KeyHint;
import java.util.List;

/** The help panel: every key of the tutor, drawn in a frame over the page. */
final class HelpOverlay {
    private static final int PADDING = 2;

    private HelpOverlay() {
    }

    static List<KeyHint> keys(Drawing d) {
        var g = d.glyphs();
        return List.of(
                new KeyHint(g.arrow + " Enter Space n", d.text("help.next")),
                new KeyHint(g.assign + " Backspace p", d.text("help.back")),
                new KeyHint(g.moreAbove + " " + g.moreBelow + " PgUp PgDn", d.text("help.scroll")),
                new KeyHint(g.assign + " " + g.arrow + " + - 0 =", d.text("help.guess")),
                new KeyHint("1-9", d.text("help.choice")),
                new KeyHint("Enter Esc Ctrl-U", d.text("help.answer")),
                new KeyHint("[ ]", d.text("help.rate")),
                new KeyHint("h", d.text("help.hint")),
                new KeyHint("r", d.text("help.retry")),
                new KeyHint("t", d.text("help.contents")),
                new KeyHint("l", d.text("help.language")),
                new KeyHint("?", d.text("help.question")),
                new KeyHint("Esc", d.text("help.esc")),
                new KeyHint("q", d.text("help.q")),
                new KeyHint("Ctrl-C", d.text("help.ctrlC")));
    }

    static void draw(Drawing d, int availableRows) {
        draw(d, availableRows, d.text("help.title"), keys(d));
    }

    /** Draws {@code keys} in a framed panel titled {@code title}, centred over the page. */
    static void draw(Drawing d, int availableRows, String title, List<KeyHint> keys) {
        int keyWidth = keys.stream().mapToInt(k -> Canvas.width(k.key())).max().orElse(0);
        int textWidth = keys.stream().mapToInt(k -> Canvas.width(k.action())).max().orElse(0);
        int width = Math.min(d.canvas().columns(), keyWidth + 3 + textWidth + 2 * PADDING + 2);
        int height = Math.min(availableRows, keys.size() + 4);
        int left = (d.canvas().columns() - width) / 2;
        int top = Math.max(0, (availableRows - height) / 2);

        Frame.draw(d, left, top, width, height, title);
        int row = top + 2;
        for (var hint : keys) {
            if (row >= top + height - 1) {
                break;
            }
            d.canvas().text(left + 1 + PADDING, row, hint.key(), d.theme().panelTitle());
            d.canvas().text(left + 1 + PADDING + keyWidth + 3, row++, hint.action(), d.theme().panel());
        }
    }
}
