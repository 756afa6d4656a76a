package dev.nudge.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * A command line split into words as a POSIX shell (or a systemd {@code ExecStart=}) splits the ones the deployment
 * documents write: blanks separate words, single quotes keep everything, double quotes and backslashes as usual. The
 * words end at a comment or at the end of the command ({@code ;}, {@code |}, {@code &&}, {@code >}), so that a
 * command followed by another is read alone.
 */
final class ShellWords {
    private static final List<String> COMMAND_ENDS = List.of(";", "|", "||", "&", "&&", ">", ">>", "<");

    private ShellWords() {
    }

    /** The words of the first command in {@code line}. */
    static List<String> of(String line) {
        var words = new ArrayList<String>();
        var word = new StringBuilder();
        boolean inWord = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\'') {
                int end = closing(line, i, '\'');
                word.append(line, i + 1, end);
                i = end;
                inWord = true;
            } else if (c == '"') {
                int end = closing(line, i, '"');
                word.append(line.substring(i + 1, end).replaceAll("\\\\([\"\\\\$`])", "$1"));
                i = end;
                inWord = true;
            } else if (c == '\\' && i + 1 < line.length()) {
                word.append(line.charAt(++i));
                inWord = true;
            } else if (c == '#' && !inWord) {
                break;
            } else if (Character.isWhitespace(c)) {
                if (inWord && ends(words, word.toString())) {
                    return words;
                }
                inWord = false;
                word.setLength(0);
            } else {
                word.append(c);
                inWord = true;
            }
        }
        if (inWord) {
            ends(words, word.toString());
        }
        return words;
    }

    /** Adds {@code word}, or says that it ends the command. */
    private static boolean ends(List<String> words, String word) {
        if (COMMAND_ENDS.contains(word)) {
            return true;
        }
        words.add(word);
        return false;
    }

    private static int closing(String line, int open, char quote) {
        for (int i = open + 1; i < line.length(); i++) {
            if (line.charAt(i) == '\\' && quote == '"') {
                i++;
            } else if (line.charAt(i) == quote) {
                return i;
            }
        }
        throw new IllegalArgumentException("unclosed " + quote + " in: " + line);
    }

    /** A line of a file, counted from 1, with the lines a backslash continued it onto. */
    record Line(int number, String text) {
    }

    /** The lines of a file, with a line that ends in a backslash joined to the next, as a shell and systemd do. */
    static List<Line> logicalLines(List<String> lines) {
        var joined = new ArrayList<Line>();
        var current = new StringBuilder();
        int first = 1;
        for (int i = 0; i < lines.size(); i++) {
            var line = lines.get(i);
            if (current.length() == 0) {
                first = i + 1;
            }
            if (line.endsWith("\\")) {
                current.append(line, 0, line.length() - 1).append(' ');
            } else {
                joined.add(new Line(first, current.append(line).toString()));
                current.setLength(0);
            }
        }
        if (current.length() > 0) {
            joined.add(new Line(first, current.toString()));
        }
        return joined;
    }
}
