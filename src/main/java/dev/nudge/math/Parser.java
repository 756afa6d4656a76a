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
 * primary   → NUMBER | "(" sum ")" | fraction | derivative | builtin | call | NAME
 * builtin   → ( "relu" | "heaviside" ) "(" sum ")" | "max" "(" "0" "," sum ")"
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
            throw MathException.of(MathProblem.NO_INPUT);
        }
        if (source.length() > Limits.MAX_INPUT_LENGTH) {
            throw MathException.at(source, Limits.MAX_INPUT_LENGTH + 1, MathProblem.INPUT_TOO_LONG,
                    Limits.MAX_INPUT_LENGTH);
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
            throw error(peek(), MathProblem.POWER_OF_POWER);
        }
        return power;
    }

    private int exponent() {
        Token open = peek();
        boolean braced = match(TokenType.LBRACE);
        Token number = peek();
        if (!number.is(TokenType.NUMBER) || !Digits.isWholeNumber(number.text())) {
            throw error(number, MathProblem.EXPONENT_NOT_WHOLE, Limits.MAX_EXPONENT);
        }
        advance();
        String digits = Digits.withoutLeadingZeros(number.text());
        if (digits.length() > 4 || Integer.parseInt(digits) > Limits.MAX_EXPONENT) {
            throw error(number, MathProblem.EXPONENT_TOO_LARGE, number.text(), Limits.MAX_EXPONENT);
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
            if (check(TokenType.LPAREN) && isBuiltinName(token.text())) {
                return builtin(token);
            }
            if (isCall(token)) {
                return call(token);
            }
            if (looksLikeUnknownFunction(token)) {
                throw unknownFunction(token);
            }
            return new Var(token.text());
        }
        throw expectedOperand(token);
    }

    private Expr number(Token token) {
        try {
            return new Num(Rational.parse(token.text()));
        } catch (MathException tooLarge) {
            throw tooLarge.locatedAt(source, token.column());
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
            throw error(open, MathProblem.EXPECTED_BRACE, owner.text());
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
            throw error(peek(), MathProblem.EXPECTED_DERIVATIVE_BODY, shape.variable().name());
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

    private MathException unknownFunction(Token name) {
        return functions.isEmpty() ? error(name, MathProblem.UNKNOWN_FUNCTION_NONE_DEFINED, name.text())
                : error(name, MathProblem.UNKNOWN_FUNCTION, name.text(),
                        String.join(", ", new java.util.TreeSet<>(functions)));
    }

    private static boolean isBuiltinName(String name) {
        return Builtin.named(name).isPresent() || name.equals("max");
    }

    /** {@code relu(z)}, {@code heaviside(z)}, or {@code max(0, z)} read as {@code relu(z)}. */
    private Expr builtin(Token name) {
        Token open = peek();
        Expr call = call(name);
        List<Expr> arguments = ((Call) call).arguments();
        if (name.text().equals("max")) {
            if (arguments.size() != 2 || !arguments.get(0).equals(new Num(Rational.ZERO))) {
                throw error(open, MathProblem.MAX_FORM);
            }
            return new Apply(Builtin.RELU, arguments.get(1));
        }
        if (arguments.size() != 1) {
            throw error(open, MathProblem.BUILTIN_ARGUMENTS, name.text());
        }
        return new Apply(Builtin.named(name.text()).orElseThrow(), arguments.get(0));
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
            throw error(peek(), MathProblem.NESTED_TOO_DEEP, Limits.MAX_NESTING);
        }
    }

    private void close(TokenType closer, Token opener) {
        if (!match(closer)) {
            String symbol = closer == TokenType.RPAREN ? ")" : "}";
            throw peek().is(TokenType.EOF)
                    ? error(peek(), MathProblem.UNCLOSED_AT_END, symbol, opener.text(), opener.column())
                    : error(peek(), MathProblem.UNCLOSED, symbol, opener.text(), opener.column(),
                            peek().text());
        }
    }

    private MathException expectedOperand(Token token) {
        if (token.is(TokenType.MINUS)) {
            return error(token, MathProblem.MINUS_NEEDS_PARENTHESES);
        }
        return token.is(TokenType.EOF) ? error(token, MathProblem.EXPECTED_OPERAND_AT_END)
                : error(token, MathProblem.EXPECTED_OPERAND, token.text());
    }

    private MathException unexpectedAfterExpression(Token token) {
        if (token.is(TokenType.NUMBER)) {
            return error(token, MathProblem.OPERATOR_BEFORE_NUMBER, token.text());
        }
        if (token.is(TokenType.RPAREN) || token.is(TokenType.RBRACE)) {
            return error(token, MathProblem.NO_OPENING_BRACKET, token.text());
        }
        return error(token, MathProblem.UNEXPECTED_AFTER_EXPRESSION, token.text());
    }

    private MathException error(Token token, MathProblem problem, Object... arguments) {
        return MathException.at(source, token.column(), problem, arguments);
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
