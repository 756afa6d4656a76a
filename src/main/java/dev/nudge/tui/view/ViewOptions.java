package dev.nudge.tui.view;

import dev.nudge.i18n.Language;
import dev.nudge.layout.Glyphs;
import dev.nudge.layout.Subscripts;
import java.io.IOException;

/**
 * How the learner asked to see the screens, chosen at start.
 *
 * @param ascii draw only ASCII characters
 * @param color use colours (off for {@code NO_COLOR} and {@code --no-color})
 * @param subscripts how formulas write subscripts: as asked for, as the terminal answered, or not known yet
 */
public record ViewOptions(boolean ascii, boolean color, Subscripts subscripts) {
    public ViewOptions {
        java.util.Objects.requireNonNull(subscripts, "subscripts");
    }

    /** Options with subscripts left to the terminal (or to the language, when it is not asked). */
    public ViewOptions(boolean ascii, boolean color) {
        this(ascii, color, Subscripts.UNMEASURED);
    }

    /** These options with subscripts as the terminal answered. */
    public ViewOptions withSubscripts(Subscripts measured) {
        return new ViewOptions(ascii, color, measured);
    }

    /** Whether the terminal should be asked how wide it draws subscript digits before the first frame. */
    public boolean measuresSubscripts() {
        return !ascii && subscripts.toMeasure();
    }

    /** Asking a terminal how it draws subscripts. */
    @FunctionalInterface
    public interface Measuring {
        Subscripts subscripts() throws IOException, InterruptedException;
    }

    /** These options with subscripts as {@code terminal} answers, when they are still to be measured. */
    public ViewOptions measuredBy(Measuring terminal) throws IOException, InterruptedException {
        return measuresSubscripts() ? withSubscripts(terminal.subscripts()) : this;
    }

    /** The characters to draw {@code language}'s screens with. */
    public Glyphs glyphs(Language language) {
        return Glyphs.choose(ascii, language, subscripts);
    }
}
