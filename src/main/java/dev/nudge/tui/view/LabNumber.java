package dev.nudge.tui.view;

import dev.nudge.layout.Glyphs;
import dev.nudge.math.Rational;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Numbers as the lab shows them: exact when short (what the arrows produce, such as {@code 1.001}), else rounded
 * with an approximately sign (what descent produces, such as {@code ≈2.9999}), so the panel keeps its width.
 */
final class LabNumber {
    private static final int SHORT = 8;
    private static final int DECIMALS = 4;

    private LabNumber() {
    }

    static String of(Rational value, Glyphs glyphs) {
        if (value.isTerminating() && value.toString().length() <= SHORT) {
            return value.toString();
        }
        var decimal = new BigDecimal(value.numerator()).divide(new BigDecimal(value.denominator()),
                MathContext.DECIMAL64);
        var shown = decimal.abs().compareTo(BigDecimal.valueOf(1_000_000)) >= 0
                ? String.format(java.util.Locale.ROOT, "%.3e", decimal)
                : decimal.setScale(DECIMALS, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
        return glyphs.math.approximately() + shown;
    }
}
