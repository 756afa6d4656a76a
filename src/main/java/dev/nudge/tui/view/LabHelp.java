package dev.nudge.tui.view;

import dev.nudge.lab.LabKeymap;
import dev.nudge.lab.LabModel;
import dev.nudge.layout.KeyHint;
import java.util.ArrayList;
import java.util.List;

/** The lab's keys: all of them (from the lab's keymap) for the help panel, the ones that matter most for the footer. */
final class LabHelp {
    private LabHelp() {
    }

    static List<KeyHint> keys(Drawing d) {
        return new HelpRows(d).add(LabKeymap.KEYMAP).add("help.ctrlC", LabKeymap.QUIT_AT_ONCE).hints();
    }

    /**
     * The keys for the footer, as many as fit in {@code width} columns: the most used first, and always {@code ?}
     * (which lists the rest) and {@code q}.
     */
    static List<KeyHint> footer(Drawing d, LabModel model, int width) {
        var g = d.glyphs();
        if (model.help()) {
            return List.of(new KeyHint("Esc", d.text("key.close")));
        }
        var always = List.of(new KeyHint("?", d.text("key.help")), new KeyHint("q", d.text("key.leave")));
        var hints = new ArrayList<KeyHint>();
        for (var hint : List.of(new KeyHint("Tab", d.text("key.select")),
                new KeyHint(g.assign + g.arrow, d.text("key.change")), new KeyHint("s", d.text("key.descend")),
                new KeyHint("r", d.text(model.running() ? "key.pause" : "key.run")),
                new KeyHint("[ ]", d.glyphs().rate), new KeyHint("a", d.text("key.rescale")))) {
            hints.add(hint);
            var all = new ArrayList<>(hints);
            all.addAll(always);
            if (width(d, all) > width) {
                hints.remove(hints.size() - 1);
                break;
            }
        }
        hints.addAll(always);
        return hints;
    }

    private static int width(Drawing d, List<KeyHint> hints) {
        int columns = 0;
        for (var hint : hints) {
            columns += Canvas.width(hint.key() + " " + hint.action());
        }
        return columns + Canvas.width(d.glyphs().separator) * (hints.size() - 1);
    }
}
