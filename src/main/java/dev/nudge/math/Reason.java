package dev.nudge.math;

import java.util.List;

/**
 * Why a step of a derivation rewrote the expression. The words are the message {@link #key()} in each language
 * (the engine knows no language); the general formulas a reason quotes, such as {@code (a + b)^2 = a^2 + 2ab + b^2},
 * are the same in every language and are drawn in the screen's notation by {@link #formulas(GlyphSet)}, filling the
 * message's {@code {0}}, {@code {1}}.
 */
public enum Reason {
    GIVEN("given"),
    SUBSTITUTE_VALUES("substituteValues"),
    SUBSTITUTE_DEFINITION("substituteDefinition"),
    TIMES_ZERO("timesZero"),
    TIMES_ONE("timesOne"),
    PLUS_ZERO("plusZero"),
    DOUBLE_NEGATIVE("doubleNegative"),
    ARITHMETIC("arithmetic"),
    SQUARE_OF_SUM("squareOfSum", "(a + b)^2 = a^2 + 2ab + b^2"),
    SQUARE_OF_DIFFERENCE("squareOfDifference", "(a - b)^2 = a^2 - 2ab + b^2"),
    COLLECT_LIKE_TERMS("collectLikeTerms"),
    SUM_RULE("sumRule"),
    CONSTANT_RULE("constantRule"),
    VARIABLE_RULE("variableRule"),
    CONSTANT_FACTOR_RULE("constantFactorRule"),
    POWER_RULE("powerRule", "x^n", "n x^(n-1)"),
    PRODUCT_RULE("productRule", "(uv)' = u'v + uv'"),
    QUOTIENT_RULE("quotientRule", "(u/v)' = (u'v - uv')/v^2"),
    CHAIN_RULE("chainRule", "d/dw L(g(w)) = L'(g(w)) · g'(w)"),
    HELD_STILL("heldStill"),
    RELU_RULE("reluRule", "relu(u)' = heaviside(u) u'"),
    NUDGE_RATIO("nudgeRatio"),
    AT_NUDGED_POINT("atNudgedPoint"),
    MULTIPLY_OUT("multiplyOut"),
    SUBTRACT_BRACKET("subtractBracket"),
    CANCEL("cancel"),
    DIVIDE_BY_NUDGE("divideByNudge"),
    NUDGE_TO_ZERO("nudgeToZero");

    private final String key;
    private final List<String> formulas;

    Reason(String key, String... formulas) {
        this.key = "reason." + key;
        this.formulas = List.of(formulas);
    }

    /** The message key of the reason's words, such as {@code reason.squareOfSum}. */
    public String key() {
        return key;
    }

    /** The general formulas the words quote, in order, drawn with {@code glyphs} ({@code a²} or {@code a^2}). */
    public List<String> formulas(GlyphSet glyphs) {
        return formulas.stream().map(formula -> Superscripts.written(formula, glyphs).replace(" · ", glyphs.times()))
                .toList();
    }
}
