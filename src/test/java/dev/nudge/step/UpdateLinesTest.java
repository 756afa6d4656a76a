package dev.nudge.step;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nudge.i18n.Language;
import dev.nudge.layout.Glyphs;
import dev.nudge.layout.Writing;
import dev.nudge.math.Rational;
import org.junit.jupiter.api.Test;

/** An update's numbers read as a person writes them: operands exact, one rounded decimal, for the result. */
class UpdateLinesTest {
    private static final Writing EN = new Writing(Language.EN, Glyphs.UNICODE);

    private static Rational of(long numerator, long denominator) {
        return Rational.of(numerator, denominator);
    }

    @Test
    void aSlopeWithoutAFiniteDecimalIsAFractionAndOnlyTheResultIsRounded() {
        var line = UpdateLines.update(EN, "Loss", "P_1", Rational.ONE, of(1, 10), of(-2, 3), of(16, 15));
        assertThat(line.text()).isEqualTo("P₁ ← P₁ - η × dLoss/dP₁ = 1 - 0.1 × (-2/3) = 16/15 ≈ 1.067");
    }

    @Test
    void valuesWithFiniteDecimalsAreDecimalsThroughout() {
        var line = UpdateLines.update(EN, "Loss", "P_1", Rational.ONE, of(1, 10), of(6, 1), of(2, 5));
        assertThat(line.text()).isEqualTo("P₁ ← P₁ - η × dLoss/dP₁ = 1 - 0.1 × 6 = 0.4");
    }
}
