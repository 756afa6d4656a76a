package dev.nudge.tui;

import dev.nudge.lab.LabModel;
import dev.nudge.layout.KeyHint;
import java.util.ArrayList;
import java.util.List;

/** The lab's keys: all of them for the help panel, the ones that matter most for the footer. */
final class LabHelp {
    private LabHelp() {
    }

    static List<KeyHint> keys(Drawing d) {
        var g = d.glyphs();
        return List.of(
                new KeyHint("Tab " + g.moreAbove + " " + g.moreBelow, d.text("lab.help.select")),
                new KeyHint(g.assign + " " + g.arrow, d.text("lab.help.change")),
                new KeyHint("+ -", d.text("lab.help.stepSize")),
                new KeyHint("s", d.text("lab.help.descend")),
                new KeyHint("r", d.text("lab.help.run")),
                new KeyHint("[ ]", d.text("lab.help.rate")),
                new KeyHint("0", d.text("lab.help.reset")),
                new KeyHint("m", d.text("lab.help.loss")),
                new KeyHint("g", d.text("lab.help.log")),
                new KeyHint("?", d.text("help.question")),
                new KeyHint("q Esc", d.text("lab.help.leave")),
                new KeyHint("Ctrl-C", d.text("help.ctrlC")));
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
