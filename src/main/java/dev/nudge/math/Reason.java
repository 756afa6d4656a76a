package dev.nudge.math;

/**
 * Why a step of a derivation rewrote the expression, in the words the tutor shows next to it,
 * in English and Japanese. The texts use plain characters only, so they draw one cell per
 * character everywhere.
 */
public enum Reason {
    GIVEN("the expression as written", "書かれたとおりの式"),
    SUBSTITUTE_VALUES("substitute the values", "値を代入する"),
    SUBSTITUTE_DEFINITION("substitute the definition", "定義を代入する"),
    TIMES_ZERO("anything times zero is zero", "0を掛けると0になる"),
    TIMES_ONE("multiplying by one changes nothing", "1を掛けても変わらない"),
    PLUS_ZERO("adding zero changes nothing", "0を足しても変わらない"),
    DOUBLE_NEGATIVE("subtracting a negative number adds it", "負の数を引くのは、その数を足すのと同じ"),
    ARITHMETIC("calculate with the numbers", "数どうしを計算する"),
    SQUARE_OF_SUM("square of a sum: (a + b)^2 = a^2 + 2ab + b^2", "和の2乗: (a + b)^2 = a^2 + 2ab + b^2"),
    SQUARE_OF_DIFFERENCE("square of a difference: (a - b)^2 = a^2 - 2ab + b^2",
            "差の2乗: (a - b)^2 = a^2 - 2ab + b^2"),
    COLLECT_LIKE_TERMS("multiply out and collect like terms", "展開して同類項をまとめる"),
    SUM_RULE("sum rule: differentiate term by term", "和の微分: 項ごとに微分する"),
    CONSTANT_RULE("constant rule: what does not change has derivative 0", "定数の微分: 変化しないものの微分は0"),
    VARIABLE_RULE("a variable differentiated by itself gives 1", "変数をそれ自身で微分すると1"),
    CONSTANT_FACTOR_RULE("constant factor rule: a constant factor stays as it is",
            "定数倍の微分: 定数の係数はそのまま残る"),
    POWER_RULE("power rule: the derivative of x^n is n x^(n-1)", "べき乗の微分: x^n の微分は n x^(n-1)"),
    PRODUCT_RULE("product rule: (uv)' = u'v + uv'", "積の微分: (uv)' = u'v + uv'"),
    QUOTIENT_RULE("quotient rule: (u/v)' = (u'v - uv') / v^2", "商の微分: (u/v)' = (u'v - uv') / v^2"),
    CHAIN_RULE("chain rule: differentiate the outside, then multiply by the derivative of the inside",
            "合成関数の微分: 外側を微分して、内側の微分を掛ける");

    private final String english;
    private final String japanese;

    Reason(String english, String japanese) {
        this.english = english;
        this.japanese = japanese;
    }

    public String english() {
        return english;
    }

    public String japanese() {
        return japanese;
    }
}
