package dev.nudge.step;

import dev.nudge.layout.KeyHint;
import dev.nudge.layout.Writing;
import java.util.List;

/** The footer keys of a step whose answer is typed: into the field, back into it, or on once it is answered. */
public final class AnswerHints {
    private AnswerHints() {
    }

    /** The keys while the step takes answers ({@code open}) and keys go into the field ({@code typing}), or not. */
    public static List<KeyHint> of(Writing d, boolean open, boolean typing) {
        if (!open) {
            return List.of(new KeyHint(d.glyphs().arrow, d.text("key.next")), new KeyHint("r", d.text("key.retry")));
        }
        if (typing) {
            return List.of(new KeyHint("Enter", d.text("key.check")), new KeyHint("Esc", d.text("key.leaveField")));
        }
        return List.of(new KeyHint("Enter", d.text("key.type")), new KeyHint("h", d.text("key.hint")),
                new KeyHint(d.glyphs().arrow, d.text("key.skip")));
    }
}
