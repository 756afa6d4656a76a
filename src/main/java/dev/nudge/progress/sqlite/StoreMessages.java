package dev.nudge.progress.sqlite;

import dev.nudge.text.Untrusted;
import java.nio.file.Path;

/**
 * What the learner is told when the progress file fails them: which file, what happened, and what to do. Each names
 * the file and says whether progress is still being kept; each reads on from "nudge: ".
 */
final class StoreMessages {
    private static final String MEMORY_ONLY = "Progress is kept only until nudge ends.";
    private static final String ELSEWHERE = "choose another folder with --data DIR or NUDGE_DATA";

    private StoreMessages() {
    }

    static String cannotCreateFolder(Path folder, String reason) {
        return "cannot create the folder " + folder + " for progress (" + reason + "). " + MEMORY_ONLY
                + " Make it possible to create it, or " + ELSEWHERE + ".";
    }

    static String cannotOpen(Path file, String reason) {
        return "cannot open the progress file " + file + " (" + reason + "). " + MEMORY_ONLY
                + " Check that its folder is writable and the disk is not full, or " + ELSEWHERE + ".";
    }

    static String unusable(Path file, String reason) {
        return "cannot use the progress file " + file + ": " + reason + ". " + MEMORY_ONLY
                + " Put a progress file there or remove what is in the way (nudge then starts a new one), or "
                + ELSEWHERE + ".";
    }

    static String readOnly(Path file, Path real) {
        var where = file.equals(real) ? "" : " (" + real + ")";
        return "the progress file " + file + where + " cannot be written here, so it is only read: your earlier "
                + "progress is shown, and new progress is kept only until nudge ends. To keep it, make the file and "
                + "its folder writable for you, or " + ELSEWHERE + ".";
    }

    static String newer(Path file, String reason) {
        return "cannot use the progress file " + file + ": " + reason + ". " + MEMORY_ONLY
                + " Update nudge, or " + ELSEWHERE + ".";
    }

    static String damagedSetAside(Path file, String reason, Path aside) {
        return "the progress file " + file + " is damaged (" + reason + "). It was kept as " + aside
                + ", and a new progress file was started, so earlier progress does not show. To get it back, quit "
                + "nudge and copy a backup over " + file + ".";
    }

    static String damagedKept(Path file, String reason, String whyNotMoved) {
        return "the progress file " + file + " is damaged (" + reason + "), and it could not be moved aside ("
                + whyNotMoved + "). " + MEMORY_ONLY + " Move the file away, or "
                + ELSEWHERE + ", then start nudge again.";
    }

    static String cannotSave(Path file, String reason) {
        return "could not save progress to " + file + " (" + reason + "). Progress is kept in memory and saved "
                + "as soon as writing works again; if nudge ends before then, it is lost. Free some disk space or make "
                + "the folder writable.";
    }

    static String unsaved(Path file, String counted, String why) {
        return counted + " not saved to " + file + ": " + why.replaceFirst("\\.$", "")
                + ". They are lost; learners who answered in the last moments should check those answers the next "
                + "time they start.";
    }

    static String afterClosing(Path file, String learner) {
        return "progress of " + Untrusted.forLine(learner) + " came after " + file
                + " was closed and is not saved (nor any after it).";
    }
}
