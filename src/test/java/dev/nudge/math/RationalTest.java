package dev.nudge.math;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RationalTest {
    @Test
    void staysExact() {
        Rational nudged = Rational.parse("1.001").add(Rational.of(2));
        assertThat(nudged.multiply(nudged).toString()).isEqualTo("9.006001");
        assertThat(Rational.parse("1e-3")).isEqualTo(Rational.of(1, 1000));
    }

    @Test
    void showsTerminatingDecimalsExactlyAndOtherFractionsWithARoundedDecimal() {
        assertThat(Rational.parse("-3.24").display(GlyphSet.UNICODE)).isEqualTo("-3.24");
        assertThat(Rational.of(11, 3).display(GlyphSet.UNICODE)).isEqualTo("11/3 ≈ 3.667");
        assertThat(Rational.of(11, 3).display(GlyphSet.UNICODE_NARROW)).isEqualTo("11/3 ≃ 3.667");
        assertThat(Rational.of(11, 3).display(GlyphSet.ASCII)).isEqualTo("11/3 ~ 3.667");
        assertThat(Rational.of(-2, 3).display(GlyphSet.ASCII)).isEqualTo("-2/3 ~ -0.667");
        assertThat(Rational.of(1, 30000).toRoundedDecimal()).isEqualTo("0.0000333");
    }
}
