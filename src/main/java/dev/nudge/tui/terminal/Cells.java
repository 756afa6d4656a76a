package dev.nudge.tui.terminal;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.graphics.BasicTextImage;
import com.googlecode.lanterna.graphics.TextImage;

/**
 * One shared Lanterna cell value per character and look (made with non-capturing lambdas, so a look-up allocates
 * nothing but its key). Every frame draws the whole screen again; with fresh cell
 * objects each time, the screen buffers of hundreds of sessions keep pointing at young objects, and every young
 * collection has to copy them (tens of milliseconds at 500 sessions). Shared values live in the old generation once,
 * and are immutable, so sessions on any thread can use them.
 */
public final class Cells {
    /** Learners can type any character; beyond this many distinct cells new ones are made but not kept. */
    private static final int MOST_KEPT = 10_000;
    private static final Kept<Key, Cell> CELLS = new Kept<>(MOST_KEPT);

    /** With {@code equals} and {@code hashCode} written out, for the reason {@link Look} gives. */
    private record Key(char character, Look look) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && character == key.character && look.equals(key.look);
        }

        @Override
        public int hashCode() {
            return look.hashCode() * 31 + character;
        }
    }

    /** Windows come in a few sizes; beyond this many looks and sizes, images are made but not kept. */
    private static final int MOST_IMAGES_KEPT = 64;
    private static final Kept<ImageKey, TextImage> BLANK_IMAGES = new Kept<>(MOST_IMAGES_KEPT);

    /** With {@code equals} and {@code hashCode} written out, for the reason {@link Look} gives. */
    private record ImageKey(Look look, TerminalSize size) {
        @Override
        public boolean equals(Object other) {
            return other instanceof ImageKey key && look.equals(key.look) && size.equals(key.size);
        }

        @Override
        public int hashCode() {
            return look.hashCode() * 31 + size.hashCode();
        }
    }

    private Cells() {
    }

    /**
     * A blank cell in the terminal's own colours: what a cleared terminal shows, and the same value as Lanterna's
     * default cell. The screen's buffers start filled with it, so drawing over them never asks Lanterna's cells for
     * their width.
     */
    public static TextCharacter blank() {
        return of(' ', Look.plain());
    }

    /**
     * A screen-sized image of blank cells in {@code look}, made once per look and size and only ever read; every
     * frame asks for one, from every session's thread, so it is found without a lock.
     */
    public static TextImage blankImage(Look look, TerminalSize size) {
        return BLANK_IMAGES.get(new ImageKey(look, size),
                key -> new BasicTextImage(key.size(), of(' ', key.look())));
    }

    public static TextCharacter of(char character, Look look) {
        return CELLS.get(new Key(character, look), key -> new Cell(key.character(), key.look()));
    }
}
