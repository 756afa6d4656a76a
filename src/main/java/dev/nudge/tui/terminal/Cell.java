package dev.nudge.tui.terminal;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TextCharacter;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * A Lanterna cell that knows its width. Lanterna asks every cell of both screen buffers whether it is double width
 * several times a frame, and works it out each time from the character's Unicode block: about two thirds of the time
 * a frame took. A cell here works it out once, when {@link Cells} makes it.
 *
 * <p>It equals any cell with the same character, colours and attributes, of this class or Lanterna's, so that
 * comparing the screen's new buffer (made of these) with what the terminal shows (Lanterna's blank cells at first)
 * sends only the cells that changed. Lanterna's own cells compare only with their own class; the screen compares the
 * new buffer's cells with the old ones, never the other way round.
 */
final class Cell extends TextCharacter {
    private static final long serialVersionUID = 1L;
    private final boolean doubleWidth;
    private final Set<SGR> attributes;

    @SuppressWarnings("deprecation") // the constructor is the only way to a subclass; it is kept in Lanterna 3.1
    Cell(char character, Look look) {
        super(character, look.foreground(), look.background(), attributes(look));
        this.doubleWidth = super.isDoubleWidth();
        this.attributes = Collections.unmodifiableSet(attributes(look));
    }

    /** The attributes, without the copy {@link #getModifiers} makes each time. */
    Set<SGR> attributes() {
        return attributes;
    }

    private static EnumSet<SGR> attributes(Look look) {
        var attributes = EnumSet.noneOf(SGR.class);
        attributes.addAll(look.attributes());
        return attributes;
    }

    @Override
    public boolean isDoubleWidth() {
        return doubleWidth;
    }

    @Override
    public boolean equals(Object other) {
        if (other == this) {
            return true; // the usual case: cells are shared, and most of a frame is as it was
        }
        if (other instanceof Cell) {
            return super.equals(other); // the same class: Lanterna compares the fields themselves
        }
        return other instanceof TextCharacter cell && getCharacterString().equals(cell.getCharacterString())
                && getForegroundColor().equals(cell.getForegroundColor())
                && getBackgroundColor().equals(cell.getBackgroundColor()) && getModifiers().equals(cell.getModifiers());
    }

    @Override
    public int hashCode() {
        return super.hashCode();
    }
}
