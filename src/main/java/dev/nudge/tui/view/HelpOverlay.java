package dev.nudge.tui.view;

import dev.nudge.layout.KeyHint;
import dev.nudge.tutor.Tutor;
import dev.nudge.tutor.TutorState;
import java.util.List;

/**
 * The help panel: every key that works on the page under it, with what it does there, drawn in a frame over the
 * page. It is made from the keymaps the tutor dispatches keys with, so it cannot leave a key out.
 */
final class HelpOverlay {
    private static final int MARGIN = 2;
    private static final int GAP = 3;

    private HelpOverlay() {
    }

    /** The keys of the page under the panel, then the panel's own: all made from the tutor's keymaps. */
    static List<KeyHint> keys(Drawing d, TutorState state) {
        return new HelpRows(d).add(Tutor.helpKeymap(state)).add(Tutor.helpPanelKeymap()).hints();
    }

    static void draw(Drawing d, TutorState state, int availableRows) {
        draw(d, availableRows, d.text("help.title"), keys(d, state));
    }

    /**
     * Draws {@code keys} in a framed panel titled {@code title}, centred over the page. In a small window the blank
     * space inside the frame goes first (rows, then margins), so that every key and its whole line still show.
     */
    static void draw(Drawing d, int availableRows, String title, List<KeyHint> keys) {
        int keyWidth = keys.stream().mapToInt(k -> Canvas.width(k.key())).max().orElse(0);
        int textWidth = keys.stream().mapToInt(k -> Canvas.width(k.action())).max().orElse(0);
        boolean roomy = keyWidth + GAP + textWidth + 2 * MARGIN + 2 <= d.canvas().columns();
        int margin = roomy ? MARGIN : 1;
        int gap = roomy ? GAP : GAP - 1;
        int width = Math.min(d.canvas().columns(), keyWidth + gap + textWidth + 2 * margin + 2);
        int padding = keys.size() + 4 <= availableRows ? 1 : 0;
        int height = Math.min(availableRows, keys.size() + 2 + 2 * padding);
        int left = (d.canvas().columns() - width) / 2;
        int top = Math.max(0, (availableRows - height) / 2);

        Frame.draw(d, left, top, width, height, title);
        int row = top + 1 + padding;
        for (var hint : keys) {
            if (row >= top + height - 1) {
                break;
            }
            d.canvas().text(left + 1 + margin, row, hint.key(), d.theme().panelTitle());
            d.canvas().text(left + 1 + margin + keyWidth + gap, row++, hint.action(), d.theme().panel());
        }
    }
}
