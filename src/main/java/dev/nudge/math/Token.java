package dev.nudge.math;

/** One symbol of the input and the 1-based column where it starts, for error messages. */
record Token(TokenType type, String text, int column) {
    Token {
        if (type == null || text == null || column < 1) {
            throw new IllegalArgumentException("a token needs a type, a text and a column");
        }
    }

    boolean is(TokenType other) {
        return type == other;
    }

}
