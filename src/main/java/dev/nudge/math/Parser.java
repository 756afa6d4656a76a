package dev.nudge.math;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads the LaTeX subset the article uses, and the keyboard syntax learners type, into an
 * {@link Expr}. One method per grammar rule, from the loosest binding to the tightest:
 *
 * <pre>
 * input     → equation EOF
 * equation  → sum ( "=" sum )*
 * sum       → signed ( ( "+" | "-" ) product )*
 * signed    → "-" product | product
 * product   → implicit ( ( "*" | "/" ) implicit )*
 * implicit  → power power*                 (juxtaposition: 4P_1, 2(x+1); not before a number)
 * power     → primary ( "^" exponent )?
 * primary   → NUMBER | "(" sum ")" | fraction | derivative | call | NAME
 * </pre>
 *
 * A minus sign may only start a sum, so {@code -(-2)} keeps its parentheses and every tree the
 * parser builds prints back to itself.
 */
public final class Parser {
    private final String source;
    private final List<Token> tokens;
    private final Set<String> functions;
    private int current;
    private int depth;

    private Parser(String source, Set<String> functions) {
        this.source = source;
        this.functions = Set.copyOf(functions);
        this.tokens = Lexer.tokenize(source);
    }

    /** Parses {@code source}; a name directly followed by parentheses with a comma is a call. */
    public static Expr parse(String source) {
        return parse(source, Set.of());
    }

    /** Parses {@code source}, reading {@code name(...)} as a call for each name in {@code functions}. */
    public static Expr parse(String source, Set<String> functions) {
        if (source == null) {
            throw new MathException("there is no input");
        }
        if (source.length() > Limits.MAX_INPUT_LENGTH) {
            throw new MathException("the input is longer than " + Limits.MAX_INPUT_LENGTH + " characters", source,
                    Limits.MAX_INPUT_LENGTH + 1);
        }
        return new Parser(source, functions).input();
    }

    private Expr input() {
        Expr expr = equation();
        if (!check(TokenType.EOF)) {
            throw unexpectedAfterExpression(peek());
        }
        return expr;
    }

    private Expr equation() {
        Expr first = sum();
        if (!check(TokenType.EQUALS)) {
            return first;
        }
        List<Expr> sides = new ArrayList<>(List.of(first));
        while (match(TokenType.EQUALS)) {
            sides.add(sum());
        }
        return new Equation(sides);
    }

    private Expr sum() {
        enter();
        Expr expr = signed();
        while (check(TokenType.PLUS) || check(TokenType.MINUS)) {
            boolean plus = advance().is(TokenType.PLUS);
            Expr right = product();
            expr = plus ? new Add(expr, right) : new Sub(expr, right);
        }
        depth--;
        return expr;
    }

    private Expr signed() {
        if (match(TokenType.MINUS)) {
            return new Neg(product());
        }
        return product();
    }

    private Expr product() {
        Expr expr = implicit();
        while (check(TokenType.STAR) || check(TokenType.SLASH)) {
            boolean times = advance().is(TokenType.STAR);
            Expr right = implicit();
            expr = times ? new Mul(expr, right, true) : new Div(expr, right);
        }
        return expr;
    }

    private Expr implicit() {
        Expr expr = power();
        while (startsImplicitFactor()) {
            expr = new Mul(expr, power(), false);
        }
        return expr;
    }

    private boolean startsImplicitFactor() {
        return check(TokenType.NAME) || check(TokenType.LPAREN) || check(TokenType.FRAC) || check(TokenType.PARTIAL);
    }

    private Expr power() {
        Expr base = primary();
        if (!match(TokenType.CARET)) {
            return base;
        }
        Expr power = new Pow(base, exponent());
        if (check(TokenType.CARET)) {
            throw error("a power of a power needs parentheses, as in (x^2)^3", peek());
        }
        return power;
    }

    private int exponent() {
        Token open = peek();
        boolean braced = match(TokenType.LBRACE);
        Token number = peek();
        if (!number.is(TokenType.NUMBER) || !Digits.isWholeNumber(number.text())) {
            throw error("an exponent must be a whole number from 0 to " + Limits.MAX_EXPONENT, number);
        }
        advance();
        String digits = Digits.withoutLeadingZeros(number.text());
        if (digits.length() > 4 || Integer.parseInt(digits) > Limits.MAX_EXPONENT) {
            throw error("the exponent " + number.text() + " is larger than the limit " + Limits.MAX_EXPONENT, number);
        }
        if (braced) {
            close(TokenType.RBRACE, open);
        }
        return Integer.parseInt(digits);
    }

    private Expr primary() {
        Token token = peek();
        if (match(TokenType.NUMBER)) {
            return number(token);
        }
        if (match(TokenType.LPAREN)) {
            Expr inner = sum();
            close(TokenType.RPAREN, token);
            return new Group(inner);
        }
        if (match(TokenType.FRAC)) {
            return fraction(token);
        }
        if (startsKeyboardDerivative()) {
            return keyboardDerivative();
        }
        if (match(TokenType.NAME)) {
            if (isCall(token)) {
                return call(token);
            }
            if (looksLikeUnknownFunction(token)) {
                throw error(unknownFunction(token.text()), token);
            }
            return new Var(token.text());
        }
        throw expectedOperand(token);
    }

    private Expr number(Token token) {
        try {
            return new Num(Rational.parse(token.text()));
        } catch (MathException tooLarge) {
            throw error(tooLarge.problem(), token);
        }
    }

    private Expr fraction(Token frac) {
        DerivativeShape shape = DerivativeShape.inFraction(tokens, current);
        if (shape != null) {
            current = shape.end();
            return derivative(shape);
        }
        Expr numerator = braced(frac);
        Expr denominator = braced(frac);
        return new Div(numerator, denominator);
    }

    private Expr braced(Token owner) {
        Token open = peek();
        if (!match(TokenType.LBRACE)) {
            throw error("expected '{' after " + owner.describe(), open);
        }
        Expr inner = sum();
        close(TokenType.RBRACE, open);
        return inner;
    }

    private boolean startsKeyboardDerivative() {
        return DerivativeShape.inline(tokens, current) != null;
    }

    private Expr keyboardDerivative() {
        DerivativeShape shape = DerivativeShape.inline(tokens, current);
        current = shape.end();
        return derivative(shape);
    }

    private Expr derivative(DerivativeShape shape) {
        if (shape.body().isPresent()) {
            return new Derivative(shape.body().get(), shape.variable(), shape.partial());
        }
        if (!startsOperand()) {
            throw error("expected what to differentiate after d/d" + shape.variable().name(), peek());
        }
        enter();
        Expr body = implicit();
        depth--;
        return new Derivative(body, shape.variable(), shape.partial());
    }

    private boolean startsOperand() {
        return startsImplicitFactor() || check(TokenType.NUMBER);
    }

    private boolean isCall(Token name) {
        return check(TokenType.LPAREN) && (functions.contains(name.text()) || hasTopLevelComma());
    }

    private boolean hasTopLevelComma() {
        int nesting = 0;
        for (int i = current; i < tokens.size(); i++) {
            TokenType type = tokens.get(i).type();
            if (type == TokenType.LPAREN || type == TokenType.LBRACE) {
                nesting++;
            } else if (type == TokenType.RPAREN || type == TokenType.RBRACE) {
                nesting--;
            }
            if (nesting == 0 || (nesting == 1 && type == TokenType.COMMA)) {
                return nesting == 1;
            }
        }
        return false;
    }

    /**
     * A word of several letters before {@code (}, such as {@code sin(x)} or {@code sqrt(4)}: the learner meant a
     * function the engine does not have, not the product {@code sin \times x}. A one-letter name with or without
     * subscript ({@code x(x+1)}, {@code P_1(x+1)}) stays a product.
     */
    private boolean looksLikeUnknownFunction(Token name) {
        Var variable = new Var(name.text());
        return check(TokenType.LPAREN) && variable.base().length() > 1 && variable.subscript().isEmpty();
    }

    private String unknownFunction(String name) {
        String known = functions.isEmpty() ? "none is defined here"
                : "the ones defined here are " + String.join(", ", new java.util.TreeSet<>(functions));
        return "unknown function " + name + ": only defined functions can be called (" + known
                + "); to multiply, write " + name + "*(...)";
    }

    private Expr call(Token name) {
        Token open = advance();
        List<Expr> arguments = new ArrayList<>();
        do {
            arguments.add(sum());
        } while (match(TokenType.COMMA));
        close(TokenType.RPAREN, open);
        return new Call(name.text(), arguments);
    }

    private void enter() {
        if (++depth > Limits.MAX_NESTING) {
            throw error("the input nests deeper than " + Limits.MAX_NESTING + " levels", peek());
        }
    }

    private void close(TokenType closer, Token opener) {
        if (!match(closer)) {
            String symbol = closer == TokenType.RPAREN ? "')'" : "'}'";
            throw error("expected " + symbol + " to close the " + opener.describe() + " at column " + opener.column()
                    + ", but found " + peek().describe(), peek());
        }
    }

    private MathException expectedOperand(Token token) {
        if (token.is(TokenType.MINUS)) {
            return error("a minus sign here needs parentheses, as in -(-2)", token);
        }
        return error("expected a number, a name or '(' but found " + token.describe(), token);
    }

    private MathException unexpectedAfterExpression(Token token) {
        if (token.is(TokenType.NUMBER)) {
            return error("expected an operator such as '*' before the number " + token.text(), token);
        }
        if (token.is(TokenType.RPAREN) || token.is(TokenType.RBRACE)) {
            return error("there is no opening bracket for " + token.describe(), token);
        }
        return error("unexpected " + token.describe() + " after a complete expression", token);
    }

    private MathException error(String problem, Token token) {
        return new MathException(problem, source, token.column());
    }

    private boolean match(TokenType type) {
        if (check(type)) {
            advance();
            return true;
        }
        return false;
    }

    private boolean check(TokenType type) {
        return peek().is(type);
    }

    private Token advance() {
        Token token = peek();
        if (!token.is(TokenType.EOF)) {
            current++;
        }
        return token;
    }

    private Token peek() {
        return tokens.get(current);
    }
}
