package dev.nudge.math;

/** The kinds of symbol the lexer finds; LaTeX and keyboard spellings of one symbol share a kind. */
enum TokenType {
    NUMBER, NAME, PLUS, MINUS, STAR, SLASH, CARET, LPAREN, RPAREN, LBRACE, RBRACE, COMMA, EQUALS, FRAC, PARTIAL, EOF
}
