package dev.nudge.layout;

/**
 * How a formula writes its subscripts, {@code P₀} or {@code P_0}. Subscript digits are East-Asian-ambiguous width: a
 * terminal set up for Japanese often draws them two columns wide, which breaks every formula, while most terminals
 * draw them one column wide. So the terminal is asked at the start, or the learner says which (for a terminal that
 * answers wrongly); a terminal that cannot be asked gets what suits its language.
 */
public enum Subscripts {
    /** Subscript and superscript digits, {@code P₀} and {@code P₁²}: the terminal draws them one column wide. */
    DIGITS,
    /** In line, {@code P_0} and {@code P_1^2}: the terminal draws script digits wider than one column. */
    INLINE,
    /** Not known (not asked, or no answer): English screens use digits, Japanese ones write subscripts in line. */
    UNMEASURED;

    /** Whether this choice still leaves the terminal to be asked. */
    public boolean toMeasure() {
        return this == UNMEASURED;
    }
}
