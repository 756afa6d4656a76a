package dev.nudge.math;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Splits an input into tokens, reading the LaTeX spellings ({@code \times}, {@code \frac},
 * {@code P_{10}}), the keyboard ones ({@code *}, {@code P1}) and the Unicode ones the renderer
 * prints ({@code ×}, {@code ⋅}, {@code P₁²}) alike.
 */
final class Lexer {
    private static final Map<String, TokenType> COMMANDS = Map.of(
            "times", TokenType.STAR, "cdot", TokenType.STAR, "frac", TokenType.FRAC,
            "dfrac", TokenType.FRAC, "tfrac", TokenType.FRAC, "partial", TokenType.PARTIAL);
    private static final List<String> IGNORED_COMMANDS = List.of("left", "right", "quad", ",", ";", "!", " ");
    private static final String SINGLE = "+-*/^(){},=×⋅·−∂";
    private static final TokenType[] SINGLE_TYPES = {
        TokenType.PLUS, TokenType.MINUS, TokenType.STAR, TokenType.SLASH, TokenType.CARET, TokenType.LPAREN,
        TokenType.RPAREN, TokenType.LBRACE, TokenType.RBRACE, TokenType.COMMA, TokenType.EQUALS,
        TokenType.STAR, TokenType.STAR, TokenType.STAR, TokenType.MINUS, TokenType.PARTIAL};
    private static final String SUBSCRIPT_DIGITS = "₀₁₂₃₄₅₆₇₈₉";
    private static final String SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    private final String source;
    private final List<Token> tokens = new ArrayList<>();
    private int position;

    private Lexer(String source) {
        this.source = source;
    }

    static List<Token> tokenize(String source) {
        Lexer lexer = new Lexer(source);
        lexer.scanAll();
        return lexer.tokens;
    }

    private void scanAll() {
        while (position < source.length()) {
            scanToken();
        }
        tokens.add(new Token(TokenType.EOF, "", source.length() + 1));
    }

    private void scanToken() {
        char c = source.charAt(position);
        int start = position;
        if (Character.isWhitespace(c)) {
            position++;
        } else if (isDigit(c) || (c == '.' && isDigit(peek(1)))) {
            number();
        } else if (isLetter(c)) {
            name();
        } else if (c == '\\') {
            command();
        } else if (SUPERSCRIPT_DIGITS.indexOf(c) >= 0) {
            superscript();
        } else if (SINGLE.indexOf(c) >= 0) {
            position++;
            add(SINGLE_TYPES[SINGLE.indexOf(c)], start);
        } else {
            throw error(start, MathProblem.UNEXPECTED_CHARACTER, c);
        }
    }

    private void number() {
        int start = position;
        skipDigits();
        if (peek(0) == '.' && isDigit(peek(1))) {
            position++;
            skipDigits();
        }
        boolean signedExponent = (peek(1) == '-' || peek(1) == '+') && isDigit(peek(2));
        if ((peek(0) == 'e' || peek(0) == 'E') && (isDigit(peek(1)) || signedExponent)) {
            position += signedExponent ? 2 : 1;
            skipDigits();
        }
        add(TokenType.NUMBER, start);
    }

    private void name() {
        int start = position;
        while (isLetter(peek(0))) {
            position++;
        }
        String letters = source.substring(start, position);
        String subscript = subscript();
        tokens.add(new Token(TokenType.NAME, Var.of(letters, subscript).name(), start + 1));
    }

    private String subscript() {
        if (isDigit(peek(0))) {
            int start = position;
            skipDigits();
            return source.substring(start, position);
        }
        if (SUBSCRIPT_DIGITS.indexOf(peek(0)) >= 0) {
            StringBuilder digits = new StringBuilder();
            while (SUBSCRIPT_DIGITS.indexOf(peek(0)) >= 0) {
                digits.append(SUBSCRIPT_DIGITS.indexOf(source.charAt(position++)));
            }
            return digits.toString();
        }
        return peek(0) == '_' ? underscoreSubscript() : "";
    }

    private String underscoreSubscript() {
        int underscore = position++;
        if (isLetterOrDigit(peek(0))) {
            return String.valueOf(source.charAt(position++));
        }
        if (peek(0) == '{') {
            position++;
            int start = position;
            while (isLetterOrDigit(peek(0))) {
                position++;
            }
            if (position == start || peek(0) != '}') {
                throw error(position, MathProblem.BAD_SUBSCRIPT);
            }
            position++;
            return source.substring(start, position - 1);
        }
        throw error(underscore, MathProblem.MISSING_SUBSCRIPT);
    }

    private void command() {
        int start = position++;
        if (position < source.length() && !isLetter(peek(0))) {
            String symbol = String.valueOf(source.charAt(position++));
            if (!IGNORED_COMMANDS.contains(symbol)) {
                throw error(start, MathProblem.UNKNOWN_COMMAND, symbol);
            }
            return;
        }
        while (isLetter(peek(0))) {
            position++;
        }
        String word = source.substring(start + 1, position);
        if (word.equals("max")) {
            tokens.add(new Token(TokenType.NAME, word, start + 1));
        } else if (COMMANDS.containsKey(word)) {
            add(COMMANDS.get(word), start);
        } else if (!IGNORED_COMMANDS.contains(word)) {
            throw error(start, MathProblem.UNKNOWN_COMMAND, word);
        }
    }

    private void superscript() {
        int start = position;
        StringBuilder digits = new StringBuilder();
        while (SUPERSCRIPT_DIGITS.indexOf(peek(0)) >= 0) {
            digits.append(SUPERSCRIPT_DIGITS.indexOf(source.charAt(position++)));
        }
        tokens.add(new Token(TokenType.CARET, "^", start + 1));
        tokens.add(new Token(TokenType.NUMBER, digits.toString(), start + 1));
    }

    private void add(TokenType type, int start) {
        tokens.add(new Token(type, source.substring(start, position), start + 1));
    }

    private void skipDigits() {
        while (isDigit(peek(0))) {
            position++;
        }
    }

    private char peek(int ahead) {
        int index = position + ahead;
        return index < source.length() ? source.charAt(index) : '\0';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isLetterOrDigit(char c) {
        return isLetter(c) || isDigit(c);
    }

    private MathException error(int index, MathProblem problem, Object... arguments) {
        return MathException.at(source, index + 1, problem, arguments);
    }
}
