package dev.nudge.progress.jdbc;

import dev.nudge.text.Untrusted;

/**
 * What the server log and the command line hear when progress is lost: at closing, after it, or past the memory a
 * store may use while its database cannot be written. Each names where progress is kept and reads on from
 * "nudge: "; only an operator reads these, so they stay in English.
 */
final class LossMessages {
    private LossMessages() {
    }

    static String unsaved(String location, String counted, String why) {
        return counted + " not saved to " + location + ": " + why.replaceFirst("\\.$", "")
                + ". They are lost; learners who answered in the last moments should check those answers the next "
                + "time they start.";
    }

    static String afterClosing(String location, String learner) {
        return "progress of " + Untrusted.forLine(learner) + " came after " + location
                + " was closed and is not saved (nor any after it).";
    }

    static String overBound(String location, int bound) {
        return bound + " changes are waiting in memory for " + location + ", which cannot be written: from now on "
                + "new progress is not kept until it can (learners see their answers, but will not find them next "
                + "time). Make the database writable again; closing says how many changes were lost.";
    }
}
