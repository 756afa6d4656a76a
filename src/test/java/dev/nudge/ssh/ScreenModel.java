package dev.nudge.ssh;

import com.googlecode.lanterna.TerminalTextUtils;
import java.util.Arrays;

/**
 * Just enough of a terminal to read what the server drew: the text cells of the main and alternate screens, cursor
 * moves, line wrap and the screen switch. Colours and other attributes are skipped; tests compare words, not styles.
 */
final class ScreenModel {
    private static final char ESC = 0x1b;

    private int columns;
    private int rows;
    private char[][] main;
    private char[][] alternate;
    private boolean onAlternate;
    private int row;
    private int column;

    ScreenModel(int columns, int rows) {
        resize(columns, rows);
    }

    /** The terminal after receiving {@code output} from the start, at the given size. */
    static ScreenModel replay(String output, int columns, int rows) {
        var screen = new ScreenModel(columns, rows);
        screen.receive(output);
        return screen;
    }

    void resize(int newColumns, int newRows) {
        columns = newColumns;
        rows = newRows;
        main = blank();
        alternate = blank();
    }

    void receive(String text) {
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == ESC && i + 1 < text.length() && text.charAt(i + 1) == '[') {
                i = control(text, i + 2);
            } else {
                put(c);
                i++;
            }
        }
    }

    /** The visible screen: one line per row, trailing spaces removed. */
    String text() {
        var out = new StringBuilder();
        for (var line : cells()) {
            out.append(new String(line).replace("\0", "").stripTrailing()).append('\n');
        }
        return out.toString();
    }

    private int control(String text, int start) {
        int end = start;
        while (end < text.length() && !Character.isLetter(text.charAt(end))) {
            end++;
        }
        if (end == text.length()) {
            return end;
        }
        apply(text.substring(start, end), text.charAt(end));
        return end + 1;
    }

    private void apply(String parameters, char command) {
        if (command == 'H') {
            var parts = parameters.isEmpty() ? new String[] {"1", "1"} : parameters.split(";");
            row = Math.min(rows - 1, Integer.parseInt(parts[0]) - 1);
            column = Math.min(columns - 1, parts.length > 1 ? Integer.parseInt(parts[1]) - 1 : 0);
        } else if (command == 'J' && parameters.equals("2")) {
            clear(cells());
        } else if (parameters.equals("?1049") && (command == 'h' || command == 'l')) {
            onAlternate = command == 'h';
            if (onAlternate) {
                clear(alternate);
            }
        }
    }

    private void put(char c) {
        if (c == '\r') {
            column = 0;
        } else if (c == '\n') {
            row = Math.min(rows - 1, row + 1);
        } else if (c >= ' ') {
            wrapIfAtTheEnd();
            var line = cells()[row];
            line[column++] = c;
            if (TerminalTextUtils.isCharDoubleWidth(c) && column < columns) {
                line[column++] = '\0';
            }
        }
    }

    /** A character written past the last column goes on at the start of the next row, as a terminal wraps. */
    private void wrapIfAtTheEnd() {
        if (column >= columns) {
            column = 0;
            row = Math.min(rows - 1, row + 1);
        }
    }

    private char[][] cells() {
        return onAlternate ? alternate : main;
    }

    private char[][] blank() {
        var cells = new char[rows][columns];
        clear(cells);
        return cells;
    }

    private static void clear(char[][] cells) {
        for (var line : cells) {
            Arrays.fill(line, ' ');
        }
    }
}
