package dev.nudge.lesson;

import java.util.Locale;
import java.util.Optional;

/** The kinds of step, named as authors write them in a fenced block's info string. */
public enum StepKind {
    PROSE, GUESS, QUIZ, LAB;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The interactive kind a fenced block's info string opens, if it names one. */
    static Optional<StepKind> interactive(String info) {
        for (var kind : values()) {
            if (kind != PROSE && kind.code().equals(info)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
