package dev.nudge.math;

import java.util.List;
import java.util.Optional;

/**
 * Recognises derivative notation ahead of the parser: {@code \frac{dLoss}{dP_1}},
 * {@code \frac{d}{dP_1}}, {@code \frac{\partial MSE}{\partial P_0}} and the keyboard forms
 * {@code dLoss/dP_1}, {@code d/dP_1}. The body is empty for the operator forms, which take the
 * factor that follows.
 */
record DerivativeShape(Optional<Var> body, Var variable, boolean partial, int end) {
    DerivativeShape {
        if (body == null || variable == null || end < 0) {
            throw new IllegalArgumentException("a derivative needs a variable");
        }
    }

    /** The shape of {@code {d...}{d...}} starting at {@code index} (just after {@code \frac}), or null. */
    static DerivativeShape inFraction(List<Token> tokens, int index) {
        if (!is(tokens, index, TokenType.LBRACE)) {
            return null;
        }
        Differential top = Differential.read(tokens, index + 1, true);
        if (top == null || !is(tokens, top.next(), TokenType.RBRACE) || !is(tokens, top.next() + 1, TokenType.LBRACE)) {
            return null;
        }
        Differential bottom = Differential.read(tokens, top.next() + 2, true);
        if (!matches(top, bottom) || !is(tokens, bottom.next(), TokenType.RBRACE)) {
            return null;
        }
        return new DerivativeShape(top.name(), bottom.name().orElseThrow(), top.partial(), bottom.next() + 1);
    }

    /** The shape of {@code d.../d...} starting at {@code index}, or null. */
    static DerivativeShape inline(List<Token> tokens, int index) {
        Differential top = Differential.read(tokens, index, false);
        if (top == null || !is(tokens, top.next(), TokenType.SLASH)) {
            return null;
        }
        Differential bottom = Differential.read(tokens, top.next() + 1, false);
        if (!matches(top, bottom)) {
            return null;
        }
        return new DerivativeShape(top.name(), bottom.name().orElseThrow(), top.partial(), bottom.next());
    }

    private static boolean matches(Differential top, Differential bottom) {
        return bottom != null && bottom.name().isPresent() && bottom.partial() == top.partial();
    }

    private static boolean is(List<Token> tokens, int index, TokenType type) {
        return index < tokens.size() && tokens.get(index).is(type);
    }

    /** One differential, {@code d}, {@code dLoss}, {@code d Loss} or {@code \partial MSE}, and the index after it. */
    private record Differential(boolean partial, Optional<Var> name, int next) {
        static Differential read(List<Token> tokens, int index, boolean spaced) {
            if (is(tokens, index, TokenType.PARTIAL)) {
                return new Differential(true, nameAt(tokens, index + 1), index + (is(tokens, index + 1, TokenType.NAME) ? 2 : 1));
            }
            if (!is(tokens, index, TokenType.NAME)) {
                return null;
            }
            Var word = new Var(tokens.get(index).text());
            if (word.name().equals("d")) {
                boolean named = spaced && is(tokens, index + 1, TokenType.NAME);
                return new Differential(false, named ? nameAt(tokens, index + 1) : Optional.empty(), index + (named ? 2 : 1));
            }
            if (word.base().length() > 1 && word.base().startsWith("d")) {
                return new Differential(false, Optional.of(Var.of(word.base().substring(1), word.subscript())), index + 1);
            }
            return null;
        }

        private static Optional<Var> nameAt(List<Token> tokens, int index) {
            return is(tokens, index, TokenType.NAME) ? Optional.of(new Var(tokens.get(index).text())) : Optional.empty();
        }
    }
}
