package dev.nudge.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A strict JSON reader for tests (RFC 8259): objects as maps, arrays as lists, numbers as {@link BigDecimal}. It
 * rejects anything a real parser would, such as trailing commas, raw control characters or text after the value.
 */
public final class JsonParser {
    private final String text;
    private int at;

    private JsonParser(String text) {
        this.text = text;
    }

    public static Object parse(String text) {
        var parser = new JsonParser(text);
        var value = parser.value();
        parser.space();
        if (parser.at != text.length()) {
            throw parser.error("text after the value");
        }
        return value;
    }

    private Object value() {
        space();
        if (at >= text.length()) {
            throw error("a value is missing");
        }
        char c = text.charAt(at);
        if (c == '{') {
            return object();
        }
        if (c == '[') {
            return array();
        }
        if (c == '"') {
            return string();
        }
        for (var literal : List.of("true", "false", "null")) {
            if (text.startsWith(literal, at)) {
                at += literal.length();
                return literal.equals("null") ? null : Boolean.valueOf(literal);
            }
        }
        return number();
    }

    private Map<String, Object> object() {
        var object = new LinkedHashMap<String, Object>();
        at++;
        space();
        if (eat('}')) {
            return object;
        }
        do {
            space();
            var key = string();
            space();
            expect(':');
            if (object.containsKey(key)) {
                throw error("a repeated key " + key);
            }
            object.put(key, value());
            space();
        } while (eat(','));
        expect('}');
        return object;
    }

    private List<Object> array() {
        var array = new ArrayList<Object>();
        at++;
        space();
        if (eat(']')) {
            return array;
        }
        do {
            array.add(value());
            space();
        } while (eat(','));
        expect(']');
        return array;
    }

    private String string() {
        expect('"');
        var string = new StringBuilder();
        while (true) {
            if (at >= text.length()) {
                throw error("a string never ends");
            }
            char c = text.charAt(at++);
            if (c == '"') {
                return string.toString();
            }
            if (c < 0x20) {
                throw error("a raw control character in a string");
            }
            string.append(c == '\\' ? escaped() : c);
        }
    }

    private char escaped() {
        char c = text.charAt(at++);
        int simple = "\"\\/bfnrt".indexOf(c);
        if (simple >= 0) {
            return "\"\\/\b\f\n\r\t".charAt(simple);
        }
        if (c != 'u') {
            throw error("an unknown escape \\" + c);
        }
        var hex = text.substring(at, at + 4);
        at += 4;
        return (char) Integer.parseInt(hex, 16);
    }

    private BigDecimal number() {
        int start = at;
        while (at < text.length() && "-+.eE0123456789".indexOf(text.charAt(at)) >= 0) {
            at++;
        }
        var number = text.substring(start, at);
        if (!number.matches("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][-+]?[0-9]+)?")) {
            throw error("not a JSON number: '" + number + "'");
        }
        return new BigDecimal(number);
    }

    private void space() {
        while (at < text.length() && " \t\r\n".indexOf(text.charAt(at)) >= 0) {
            at++;
        }
    }

    private boolean eat(char c) {
        if (at < text.length() && text.charAt(at) == c) {
            at++;
            return true;
        }
        return false;
    }

    private void expect(char c) {
        if (!eat(c)) {
            throw error("expected '" + c + "'");
        }
    }

    private IllegalArgumentException error(String what) {
        return new IllegalArgumentException(what + " at " + at + " in:\n" + text);
    }
}
