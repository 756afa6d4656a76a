package dev.nudge.progress.jdbc;

/**
 * What a closing store could not write: answers (quiz answers and guesses) and every other change (pages visited,
 * hints, shown answers, resets, key uses). A shutdown says so out loud instead of losing them in silence.
 */
public record Unsaved(int answers, int others) {
    public static final Unsaved NONE = new Unsaved(0, 0);

    public Unsaved {
        if (answers < 0 || others < 0) {
            throw new IllegalArgumentException("nothing can be unsaved fewer than 0 times");
        }
    }

    public boolean any() {
        return answers + others > 0;
    }

    Unsaved plus(Unsaved more) {
        return new Unsaved(answers + more.answers, others + more.others);
    }

    /** The counts in words, such as "2 answers and 40 other progress changes were". */
    public String counted() {
        return answers + (answers == 1 ? " answer" : " answers") + " and " + others
                + (others == 1 ? " other progress change" : " other progress changes")
                + (answers + others == 1 ? " was" : " were");
    }
}
