package dev.nudge.tui.terminal;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.Terminal;
import java.io.IOException;
import java.util.Set;

/**
 * Lanterna's screen with a cheaper way of sending only the cells that changed. Lanterna's own sorts the changed cells
 * into a tree by position and copies each cell's attributes up to eighteen times while it writes them: with a class
 * of learners, half of the server's time, and most of its garbage. This one walks the rows in order and compares the
 * attributes it has, and writes the same escape sequences, or fewer: it does not set the terminal's default colours
 * again just after resetting them. A full repaint (after a resize) is Lanterna's own.
 */
public final class DeltaScreen extends TerminalScreen {
    private boolean started;

    public DeltaScreen(Terminal terminal, TextCharacter blank) throws IOException {
        super(terminal, blank);
    }

    @Override
    public synchronized void startScreen() throws IOException {
        super.startScreen();
        started = true;
    }

    @Override
    public synchronized void stopScreen(boolean flushInput) throws IOException {
        super.stopScreen(flushInput);
        started = false;
    }

    @Override
    public synchronized void refresh(RefreshType refreshType) throws IOException {
        if (refreshType != RefreshType.DELTA || !started) {
            super.refresh(refreshType);
            return;
        }
        writeChanges();
        getBackBuffer().copyTo(getFrontBuffer());
        var cursor = getCursorPosition();
        var terminal = getTerminal();
        if (cursor == null) {
            terminal.setCursorVisible(false);
        } else {
            terminal.setCursorVisible(true);
            // On the right half of a double-width character, the cursor goes on the character itself.
            boolean onRightHalf = cursor.getColumn() > 0
                    && getFrontBuffer().getCharacterAt(cursor.withRelativeColumn(-1)).isDoubleWidth();
            terminal.setCursorPosition(cursor.getColumn() - (onRightHalf ? 1 : 0), cursor.getRow());
        }
        terminal.flush();
    }

    /** Writes every cell of the new frame that differs from the one on the terminal, row by row. */
    private void writeChanges() throws IOException {
        var size = getTerminalSize();
        var out = new Writer(getTerminal(), size.getColumns());
        var back = getBackBuffer();
        var front = getFrontBuffer();
        for (int row = 0; row < size.getRows(); row++) {
            boolean clearRightHalf = false;
            for (int column = 0; column < size.getColumns(); column++) {
                var now = back.getCharacterAt(column, row);
                var before = front.getCharacterAt(column, row);
                if (clearRightHalf || !now.equals(before)) {
                    out.put(column, row, now);
                }
                // A wide character covers the next column too; one that is gone leaves its right half to redraw.
                clearRightHalf = !now.isDoubleWidth() && before.isDoubleWidth();
                if (now.isDoubleWidth()) {
                    column++;
                }
            }
        }
    }

    /** Puts cells on the terminal, moving the cursor and changing colours and attributes only when it must. */
    private static final class Writer {
        private final Terminal terminal;
        private final int columns;
        private boolean styled;
        private TextColor foreground;
        private TextColor background;
        private Set<SGR> attributes = Set.of();
        private int cursorColumn = -1;
        private int cursorRow = -1;

        Writer(Terminal terminal, int columns) {
            this.terminal = terminal;
            this.columns = columns;
        }

        void put(int column, int row, TextCharacter cell) throws IOException {
            if (column != cursorColumn || row != cursorRow) {
                terminal.setCursorPosition(column, row);
            }
            style(cell);
            terminal.putString(cell.getCharacterString());
            cursorRow = row;
            cursorColumn = column + (cell.isDoubleWidth() ? 2 : 1);
            if (cursorColumn >= columns) {
                cursorColumn = -1; // at the edge the terminal may wrap or not; say where next time
            }
        }

        private void style(TextCharacter cell) throws IOException {
            var wanted = attributes(cell);
            if (!styled) {
                terminal.resetColorAndSGR();
                foreground = TextColor.ANSI.DEFAULT;
                background = TextColor.ANSI.DEFAULT;
                attributes = Set.of();
                styled = true;
            }
            if (!cell.getForegroundColor().equals(foreground)) {
                foreground = cell.getForegroundColor();
                terminal.setForegroundColor(foreground);
            }
            if (!cell.getBackgroundColor().equals(background)) {
                background = cell.getBackgroundColor();
                terminal.setBackgroundColor(background);
            }
            if (!wanted.equals(attributes)) {
                for (var attribute : SGR.values()) {
                    if (attributes.contains(attribute) && !wanted.contains(attribute)) {
                        terminal.disableSGR(attribute);
                    } else if (!attributes.contains(attribute) && wanted.contains(attribute)) {
                        terminal.enableSGR(attribute);
                    }
                }
                attributes = wanted;
            }
        }

        /** A cell's attributes, without the copy Lanterna's cells make each time they are asked. */
        private static Set<SGR> attributes(TextCharacter cell) {
            return cell instanceof Cell ours ? ours.attributes() : cell.getModifiers();
        }
    }
}
