package dev.nudge.step.nudges;

import dev.nudge.math.MathException;
import dev.nudge.math.Rational;
import dev.nudge.math.Work;
import dev.nudge.step.CheckingBudget;
import dev.nudge.step.Notice;
import dev.nudge.step.TypedAnswer;
import dev.nudge.step.TypedNumber;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * What a nudge the learner typed does to the table: a new row, or the reason it is refused. The bounds keep every
 * row on the screen and every answer cheap: a handful of rows of one's own, a nudge of a few digits, and the engine's
 * work per answer.
 *
 * @param table the table with the new row, or empty when the nudge was refused
 * @param notice what to tell the learner: the row added, or why not
 */
public record NudgeEntry(Optional<NudgesTable> table, Notice notice) {
    /** The most rows a learner may add: enough to try a few, few enough to keep the table in view. */
    public static final int MAX_OWN = 5;
    /** The most digits a nudge may have, counting the zeros after the point, so that its row fits 60 columns. */
    public static final int MAX_DIGITS = 6;

    /** Whether a nudge was refused. */
    public boolean refused() {
        return table.isEmpty();
    }

    /** The entry for {@code typed} at {@code table}; never throws. */
    public static NudgeEntry of(String typed, NudgesTable table) {
        // The field holds only printable characters and few of them, so emptiness is all there is to check first.
        if (typed.isBlank()) {
            return refused(Notice.of("nudges.empty"));
        }
        try {
            return Work.limitedTo(CheckingBudget.PER_ANSWER).within(CheckingBudget.TIME_PER_ANSWER)
                    .run(() -> entry(typed.strip(), table));
        } catch (MathException tooMuch) {
            return refused(Notice.of(TypedAnswer.TOO_LARGE, tooMuch.problem()));
        }
    }

    private static NudgeEntry entry(String typed, NudgesTable table) {
        var value = TypedNumber.value(typed);
        if (value.isEmpty()) {
            return refused(Notice.of("nudges.notNumber"));
        }
        var nudge = value.get();
        if (nudge.isZero()) {
            return refused(Notice.of("nudges.zero"));
        }
        if (!nudge.isTerminating()) {
            return refused(Notice.of("nudges.endless", nudge.toString()));
        }
        if (!fits(nudge)) {
            return refused(Notice.of("nudges.tooManyDigits", nudge.toString(), String.valueOf(MAX_DIGITS)));
        }
        if (table.has(nudge)) {
            return refused(Notice.of("nudges.already", nudge.toString()));
        }
        if (table.own() >= MAX_OWN) {
            return refused(Notice.of("nudges.full", String.valueOf(MAX_OWN)));
        }
        return new NudgeEntry(Optional.of(table.with(table.row(nudge, true))), Notice.of("nudges.added",
                nudge.toString()));
    }

    /**
     * Whether {@code nudge}, a number with a finite decimal, has at most {@link #MAX_DIGITS} digits, the zeros after
     * the point counted.
     */
    static boolean fits(Rational nudge) {
        var decimal = new BigDecimal(nudge.toDecimal()).stripTrailingZeros();
        int decimals = Math.max(0, decimal.scale());
        int whole = Math.max(0, decimal.precision() - decimal.scale());
        return whole + decimals <= MAX_DIGITS;
    }

    private static NudgeEntry refused(Notice why) {
        return new NudgeEntry(Optional.empty(), why);
    }
}
