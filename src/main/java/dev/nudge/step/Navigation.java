package dev.nudge.step;

import dev.nudge.layout.KeyHint;
import dev.nudge.layout.Writing;
import java.util.List;

/** The keys of a step with nothing to answer right now: next, back and the contents. */
public final class Navigation {
    private Navigation() {
    }

    public static List<KeyHint> hints(Writing d) {
        return List.of(new KeyHint(d.glyphs().arrow, d.text("key.next")),
                new KeyHint(d.glyphs().assign, d.text("key.back")),
                new KeyHint("t", d.text("key.contents")));
    }
}
