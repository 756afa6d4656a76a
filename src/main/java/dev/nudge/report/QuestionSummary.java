package dev.nudge.report;

import dev.nudge.progress.StepKey;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How the class did at one question: the share of first attempts that were wrong shows what it finds hard.
 *
 * @param step the quiz or guess step
 * @param title the step as a person reads it
 * @param kind {@code quiz} or {@code guess}
 * @param answered learners who answered it at least once
 * @param wrongFirst of those, learners whose first answer was wrong
 */
public record QuestionSummary(StepKey step, String title, String kind, int answered, int wrongFirst) {
    /** {@code wrongFirst / answered} to three decimals, exactly as written in every format; 0 when none answered. */
    public BigDecimal wrongShare() {
        if (answered == 0) {
            return BigDecimal.ZERO;
        }
        return BigDecimal.valueOf(wrongFirst).divide(BigDecimal.valueOf(answered), 3, RoundingMode.HALF_UP)
                .stripTrailingZeros();
    }

    /** The share as a whole percentage, for people. */
    public int wrongPercent() {
        return wrongShare().movePointRight(2).setScale(0, RoundingMode.HALF_UP).intValueExact();
    }
}
