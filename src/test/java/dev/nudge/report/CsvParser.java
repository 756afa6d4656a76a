package dev.nudge.report;

import java.util.ArrayList;
import java.util.List;

/** A strict RFC 4180 reader for tests: CRLF records, quoted fields with doubled quotes, equal field counts. */
public final class CsvParser {
    private final String text;
    private int at;

    private CsvParser(String text) {
        this.text = text;
    }

    public static List<List<String>> parse(String text) {
        var rows = new CsvParser(text).records();
        for (var row : rows) {
            if (row.size() != rows.get(0).size()) {
                throw new IllegalArgumentException("a record has " + row.size() + " fields, the header "
                        + rows.get(0).size() + ": " + row);
            }
        }
        return rows;
    }

    private List<List<String>> records() {
        var rows = new ArrayList<List<String>>();
        while (at < text.length()) {
            rows.add(record());
        }
        return rows;
    }

    private List<String> record() {
        var fields = new ArrayList<String>();
        while (true) {
            fields.add(text.startsWith("\"", at) ? quoted() : plain());
            if (text.startsWith(",", at)) {
                at++;
            } else if (text.startsWith("\r\n", at)) {
                at += 2;
                return fields;
            } else {
                throw new IllegalArgumentException("expected , or CRLF at " + at);
            }
        }
    }

    private String quoted() {
        var field = new StringBuilder();
        at++;
        while (true) {
            if (at >= text.length()) {
                throw new IllegalArgumentException("a quoted field never ends");
            }
            char c = text.charAt(at++);
            if (c != '"') {
                field.append(c);
            } else if (text.startsWith("\"", at)) {
                field.append('"');
                at++;
            } else {
                return field.toString();
            }
        }
    }

    private String plain() {
        int start = at;
        while (at < text.length() && ",\r\n\"".indexOf(text.charAt(at)) < 0) {
            at++;
        }
        if (at < text.length() && text.charAt(at) != ',' && !text.startsWith("\r\n", at)) {
            throw new IllegalArgumentException("a bare quote or line end inside a field at " + at);
        }
        return text.substring(start, at);
    }
}
