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

    static List<KeyHint> footer(Drawing d, LabModel model) {
        var g = d.glyphs();
        var hints = new ArrayList<KeyHint>();
        if (model.help()) {
            hints.add(new KeyHint("Esc", d.text("key.close")));
            return hints;
        }
        hints.add(new KeyHint("Tab", d.text("key.select")));
        hints.add(new KeyHint(g.assign + g.arrow, d.text("key.change")));
        hints.add(new KeyHint("s", d.text("key.descend")));
        hints.add(new KeyHint("r", d.text(model.running() ? "key.pause" : "key.run")));
        hints.add(new KeyHint("[ ]", d.glyphs().rate));
        hints.add(new KeyHint("?", d.text("key.help")));
        hints.add(new KeyHint("q", d.text("key.leave")));
        return hints;
    }
}
