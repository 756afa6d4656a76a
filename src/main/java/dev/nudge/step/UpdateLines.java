package dev.nudge.step;

import dev.nudge.layout.Line;
import dev.nudge.layout.MathText;
import dev.nudge.layout.Tone;
import dev.nudge.layout.Writing;
import dev.nudge.math.Rational;

/** The lines of a parameter update with its numbers, and of the change in the loss it makes. */
public final class UpdateLines {
    private UpdateLines() {
    }

    /**
     * {@code P₁ ← P₁ - η × dLoss/dP₁ = 1 - 0.1 × 6 = 0.4}, for the loss named {@code loss}; a value without a finite
     * decimal is a fraction among the operands and gets its decimal only as the result
     * ({@code 1 - 0.1 × (-2/3) = 16/15 ≈ 1.067}).
     */
    public static Line update(Writing d, String loss, String parameter, Rational before, Rational rate,
            Rational slope, Rational after) {
        var text = new MathText(d.glyphs());
        var name = text.name(parameter);
        var times = text.times();
        return Line.of(name + " " + d.glyphs().assign + " " + name + " - " + d.glyphs().rate + " " + times + " "
                + text.slopeName(loss, parameter) + " = " + text.operand(before) + " - " + text.operand(rate) + " "
                + times + " " + text.factor(slope) + " = ", Tone.MATH).plus(text.value(after), Tone.NUMBER);
    }

    /** The loss before and after, and the change, good when it falls and bad when it rises. */
    public static Line change(Writing d, Rational before, Rational after) {
        var text = new MathText(d.glyphs());
        var change = after.subtract(before);
        var tone = change.signum() < 0 ? Tone.GOOD : change.signum() > 0 ? Tone.BAD : Tone.TEXT;
        return Line.of(d.text("reveal.before") + " ", Tone.TEXT).plus(text.value(before), Tone.NUMBER)
                .plus("   " + d.text("reveal.after") + " ", Tone.TEXT).plus(text.value(after), Tone.NUMBER)
                .plus("   " + d.text("reveal.changed") + " ", Tone.TEXT)
                .plus((change.signum() > 0 ? "+" : "") + text.value(change), tone);
    }
}
