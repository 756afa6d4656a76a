package dev.nudge.lesson;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Reads {@code key: value} lines, as in a lesson header or a step block, keeping the position of each part. */
final class FieldLines {
    private static final Pattern FIELD = Pattern.compile("([A-Za-z][A-Za-z0-9_-]*)[ \\t]*:[ \\t]*(.*)");

    private FieldLines() {
    }

    /** The fields of {@code lines}, which start on line {@code firstLine}; blank lines and # comments are skipped. */
    static List<Field> read(List<String> lines, int firstLine, String where, Path file, Problems problems) {
        var fields = new ArrayList<Field>();
        for (int i = 0; i < lines.size(); i++) {
            var line = new SourceText(lines.get(i), firstLine + i, 1);
            var stripped = line.strip();
            if (stripped.text().isEmpty() || stripped.text().startsWith("#")) {
                continue;
            }
            var matcher = FIELD.matcher(stripped.text());
            if (!matcher.matches()) {
                problems.add(file, stripped, "expected \"key: value\" in " + where + ", but found \""
                        + shorten(stripped.text()) + "\"");
                continue;
            }
            var key = stripped.slice(matcher.start(1), matcher.end(1));
            var value = stripped.slice(matcher.start(2), matcher.end(2)).strip();
            fields.add(new Field(key, value));
        }
        return fields;
    }

    static String shorten(String text) {
        return text.length() <= 40 ? text : text.substring(0, 37) + "...";
    }
}
