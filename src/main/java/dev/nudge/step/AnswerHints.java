package dev.nudge.step;

import dev.nudge.layout.KeyHint;
import dev.nudge.layout.Writing;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The footer keys of a step whose answer is typed: into the field, back into it, or on once it is answered. */
public final class AnswerHints {
    private AnswerHints() {
    }

    /**
     * The keys while the step takes answers ({@code open}) and keys go into the field ({@code typing}), or not;
     * {@code hintsShown} of the ladder's hints are on screen, so {@code h} is offered only while one is left.
     */
    public static List<KeyHint> of(Writing d, boolean open, boolean typing, int hintsShown) {
        if (!open) {
            return List.of(new KeyHint(d.glyphs().arrow, d.text("key.next")), new KeyHint("r", d.text("key.retry")));
        }
        if (typing) {
            return List.of(new KeyHint("Enter", d.text("key.check")), new KeyHint("Esc", d.text("key.leaveField")));
        }
        var keys = new ArrayList<KeyHint>();
        keys.add(new KeyHint("Enter", d.text("key.type")));
        hint(d, hintsShown).ifPresent(keys::add);
        keys.add(new KeyHint(d.glyphs().arrow, d.text("key.skip")));
        return keys;
    }

    /** The footer's {@code h} while a hint of the ladder is left to show; nothing after the last. */
    public static Optional<KeyHint> hint(Writing d, int hintsShown) {
        return hintsShown < HintLadder.LADDER ? Optional.of(new KeyHint("h", d.text("key.hint"))) : Optional.empty();
    }
}
