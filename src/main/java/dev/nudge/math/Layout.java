package dev.nudge.math;

import java.util.Optional;

/**
 * Lays an expression out as a {@link Block} in one {@link Notation}: decides where parentheses
 * are needed (only where the parser would otherwise read a different tree) and joins the pieces
 * the notation draws.
 */
final class Layout implements ExprVisitor<Block> {
    private final Notation notation;
    private final PrecedenceOf precedence;

    Layout(Notation notation) {
        this.notation = notation;
        this.precedence = new PrecedenceOf(notation.stacksFractions());
    }

    @Override
    public Block visitNum(Num node) {
        Rational value = node.value();
        Block magnitude = value.abs().isTerminating() ? Block.text(value.abs().toDecimal())
                : notation.fraction(Block.text(value.abs().numerator().toString()),
                        Block.text(value.denominator().toString()));
        return value.signum() < 0 ? Block.text("-").beside(magnitude) : magnitude;
    }

    @Override
    public Block visitVar(Var node) {
        return notation.name(node);
    }

    @Override
    public Block visitNeg(Neg node) {
        return Block.text("-").beside(operand(node.operand(), Precedence.PRODUCT));
    }

    @Override
    public Block visitAdd(Add node) {
        return binary(node.left(), " + ", node.right());
    }

    @Override
    public Block visitSub(Sub node) {
        return binary(node.left(), " - ", node.right());
    }

    private Block binary(Expr left, String sign, Expr right) {
        return operand(left, Precedence.SUM).beside(sign).beside(operand(right, Precedence.PRODUCT));
    }

    @Override
    public Block visitMul(Mul node) {
        if (node.explicit()) {
            return explicitProduct(node.left(), node.right());
        }
        Block left = leftOfImplicit(node.left());
        Block right = rightOfImplicit(node.right());
        if (startsWithDigit(right)) {
            return explicitProduct(node.left(), node.right());
        }
        String sign = notation.implicitTimes();
        // "P_1 h", not "P_1h", which reads as the subscript 1h (and "P_1^2 h", not "P_1^2h").
        if (sign.isEmpty() && (endsWithLetter(left) || endsWithSpelledScript(left)) && startsWithLetter(right)) {
            sign = " ";
        }
        return left.beside(sign).beside(right);
    }

    private Block explicitProduct(Expr left, Expr right) {
        return operand(left, Precedence.PRODUCT).beside(notation.explicitTimes())
                .beside(operand(right, Precedence.IMPLICIT));
    }

    private Block leftOfImplicit(Expr left) {
        Block block = left.accept(this);
        boolean tight = !precedence(left).below(Precedence.IMPLICIT) && !endsWithOperator(left);
        return tight ? block : notation.parenthesized(block);
    }

    private Block rightOfImplicit(Expr right) {
        return isOperator(right) ? right.accept(this) : operand(right, Precedence.POWER);
    }

    /**
     * Whether {@code expr}, written without parentheses, ends with a derivative operator such as
     * {@code d/dx}, which takes every factor after it and so may not stand left of a side-by-side product.
     */
    private static boolean endsWithOperator(Expr expr) {
        return isOperator(expr) || (expr instanceof Mul mul && !mul.explicit() && endsWithOperator(mul.right()));
    }

    private static boolean isOperator(Expr expr) {
        return expr instanceof Derivative derivative && !(derivative.body() instanceof Var);
    }

    @Override
    public Block visitDiv(Div node) {
        if (notation.stacksFractions()) {
            return notation.fraction(node.numerator().accept(this), node.denominator().accept(this));
        }
        return notation.fraction(operand(node.numerator(), Precedence.PRODUCT),
                operand(node.denominator(), Precedence.IMPLICIT));
    }

    @Override
    public Block visitPow(Pow node) {
        return notation.power(operand(node.base(), Precedence.ATOM), node.exponent());
    }

    @Override
    public Block visitGroup(Group node) {
        return notation.parenthesized(node.inner().accept(this));
    }

    @Override
    public Block visitCall(Call node) {
        Block arguments = joined(node.arguments(), ", ");
        return notation.name(new Var(node.function())).beside(notation.parenthesized(arguments));
    }

    @Override
    public Block visitApply(Apply node) {
        return notation.name(new Var(node.function().written())).beside(
                notation.parenthesized(node.argument().accept(this)));
    }

    @Override
    public Block visitDerivative(Derivative node) {
        Block variable = notation.differential(node.partial(), Optional.of(notation.name(node.variable())));
        if (node.body() instanceof Var name) {
            Block top = notation.differential(node.partial(), Optional.of(notation.name(name)));
            return notation.fraction(top, variable);
        }
        Block operator = notation.fraction(notation.differential(node.partial(), Optional.empty()), variable);
        Block body = operand(node.body(), Precedence.IMPLICIT);
        boolean spaced = !notation.stacksFractions() && !body.baselineText().startsWith("(");
        return operator.beside(spaced ? " " : "").beside(body);
    }

    @Override
    public Block visitEquation(Equation node) {
        return joined(node.sides(), " = ");
    }

    private Block joined(java.util.List<Expr> parts, String separator) {
        Block joined = null;
        for (Expr part : parts) {
            Block block = operand(part, Precedence.SUM);
            joined = joined == null ? block : joined.beside(separator).beside(block);
        }
        return joined;
    }

    private Block operand(Expr child, Precedence required) {
        Block block = child.accept(this);
        return precedence(child).below(required) ? notation.parenthesized(block) : block;
    }

    private Precedence precedence(Expr expr) {
        return expr.accept(precedence);
    }

    private static boolean startsWithDigit(Block block) {
        char first = block.baselineText().charAt(0);
        return Character.isDigit(first) || first == '.';
    }

    private static boolean startsWithLetter(Block block) {
        return isAsciiLetter(block.baselineText().charAt(0));
    }

    private static final java.util.regex.Pattern SPELLED_SCRIPT =
            java.util.regex.Pattern.compile("(_(\\d+|\\{\\d+})|\\^\\d+)$");

    private static boolean endsWithLetter(Block block) {
        String text = block.baselineText();
        return isAsciiLetter(text.charAt(text.length() - 1));
    }

    private static boolean endsWithSpelledScript(Block block) {
        return SPELLED_SCRIPT.matcher(block.baselineText()).find();
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
