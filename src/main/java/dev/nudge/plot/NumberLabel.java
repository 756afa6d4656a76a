package dev.nudge.plot;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** Short axis labels for numbers: three significant digits, plain decimals, powers of ten only when very large. */
public final class NumberLabel {
    private NumberLabel() {
    }

    public static String of(double value) {
        if (value == 0 || !Double.isFinite(value)) {
            return value == 0 ? "0" : String.valueOf(value);
        }
        double size = Math.abs(value);
        if (size >= 1e5 || size < 1e-3) {
            return String.format(java.util.Locale.ROOT, "%.1e", value);
        }
        var rounded = new BigDecimal(value).round(new MathContext(3, RoundingMode.HALF_EVEN));
        return rounded.stripTrailingZeros().toPlainString();
    }
}
