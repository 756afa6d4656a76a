package dev.nudge.tui.view;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.graphics.BasicTextImage;
import com.googlecode.lanterna.graphics.TextImage;
import dev.nudge.tui.terminal.Look;
import dev.nudge.tutor.Event;
import dev.nudge.tutor.FixtureCourse;
import dev.nudge.tutor.Tutor;
import dev.nudge.tutor.TutorState;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One frame of the views drawn straight onto a Lanterna screen buffer (no loop, no terminal), read back with each
 * cell's colours and attributes, so a test can compare how text looks as well as what it says.
 *
 * <p>{@link #golden()} writes the frame in a form a person can review: each screen row as text ({@code 07|...}), and
 * under it, when anything on the row is not plain, one letter per column naming the cell's look ({@code   :...}),
 * {@code .} being the terminal's own colours with no attributes; a legend of the letters follows the rows.
 */
final class StyledScreen {
    private static final String LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final Look PLAIN = Look.plain();

    private final int columns;
    private final int rows;
    /** Each row's cells, a double-width character standing in both of its columns. */
    private final List<List<TextCharacter>> cells = new ArrayList<>();

    private StyledScreen(TextImage image) {
        columns = image.getSize().getColumns();
        rows = image.getSize().getRows();
        for (int row = 0; row < rows; row++) {
            var line = new ArrayList<TextCharacter>();
            for (int column = 0; column < columns; column++) {
                var cell = image.getCharacterAt(column, row);
                line.add(cell);
                if (cell.isDoubleWidth() && column + 1 < columns) {
                    line.add(cell);
                    column++;
                }
            }
            cells.add(line);
        }
    }

    /**
     * The frame the views draw in a window of {@code columns} by {@code rows} after {@code keys} (written as
     * {@link FixtureCourse#keys} reads them) are pressed in {@code state}, laid out for that window from the start as
     * a session's loop does, so scrolling and a reveal's newest stage are as a learner sees them.
     */
    static StyledScreen draw(TutorState state, String keys, ViewOptions options, int columns, int rows) {
        var body = new BodyLines(options);
        var sized = Tutor.update(state.laidOutBy(body), new Event.Resized(columns, rows)).state();
        var pressed = FixtureCourse.after(sized, keys);
        var image = new BasicTextImage(new TerminalSize(columns, rows));
        RootView.draw(image.newTextGraphics(), pressed, options, body);
        return new StyledScreen(image);
    }

    static Look lookOf(TextCharacter cell) {
        return new Look(cell.getForegroundColor(), cell.getBackgroundColor(), cell.getModifiers());
    }

    /** Row {@code row} as text, trailing spaces removed. */
    String row(int row) {
        var text = new StringBuilder();
        var line = cells.get(row);
        for (int column = 0; column < line.size(); column++) {
            text.append(line.get(column).getCharacterString());
            if (line.get(column).isDoubleWidth()) {
                column++;
            }
        }
        return text.toString().stripTrailing();
    }

    /** The looks of every cell of row {@code row}. */
    Set<Look> looksOfRow(int row) {
        return cells.get(row).stream().map(StyledScreen::lookOf).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** The looks of every cell on screen. */
    Set<Look> looks() {
        var all = new LinkedHashSet<Look>();
        for (int row = 0; row < rows; row++) {
            all.addAll(looksOfRow(row));
        }
        return all;
    }

    /** The looks of the cells that show {@code text} where it first appears on screen, within one row. */
    Set<Look> looksOf(String text) {
        for (int row = 0; row < rows; row++) {
            var line = cells.get(row);
            var shown = new StringBuilder();
            var at = new ArrayList<Integer>();
            for (int column = 0; column < line.size(); column++) {
                shown.append(line.get(column).getCharacterString());
                at.add(column);
                if (line.get(column).isDoubleWidth()) {
                    column++;
                }
            }
            int found = shown.indexOf(text);
            if (found >= 0) {
                var looks = new LinkedHashSet<Look>();
                for (int i = found; i < found + text.length(); i++) {
                    looks.add(lookOf(line.get(at.get(i))));
                }
                return looks;
            }
        }
        throw new AssertionError("the screen does not show \"" + text + "\":\n" + golden());
    }

    /** The frame as text rows, a row of look letters under each row that is not all plain, and the legend. */
    String golden() {
        var letters = new LinkedHashMap<Look, Character>();
        letters.put(PLAIN, '.');
        var out = new StringBuilder();
        for (int row = 0; row < rows; row++) {
            out.append(String.format(Locale.ROOT, "%02d|", row)).append(row(row)).append('\n');
            var styles = new StringBuilder();
            for (var cell : cells.get(row)) {
                var look = lookOf(cell);
                styles.append(letters.computeIfAbsent(look, l -> LETTERS.charAt(letters.size() - 1)));
            }
            var shown = styles.toString().replaceAll("\\.+$", "");
            if (!shown.isEmpty()) {
                out.append("  :").append(shown).append('\n');
            }
        }
        out.append("looks:\n");
        letters.forEach((look, letter) -> out.append("  ").append(letter).append(" = ").append(describe(look))
                .append('\n'));
        return out.toString();
    }

    private static String describe(Look look) {
        var text = name(look.foreground()) + " on " + name(look.background());
        var attributes = look.attributes().stream().sorted().map(a -> a.name().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(", "));
        return attributes.isEmpty() ? text : text + ", " + attributes;
    }

    private static String name(TextColor color) {
        return color instanceof TextColor.ANSI ansi ? ansi.name().toLowerCase(Locale.ROOT).replace('_', '-')
                : color.toString();
    }

    @Override
    public String toString() {
        return golden();
    }
}
