package dev.nudge.progress.sqlite;

import dev.nudge.progress.StoreMessage;
import java.nio.file.Path;
import java.util.List;

/**
 * What the learner is told when the progress file fails them: which file, what happened, and what to do. Each names
 * the file and says whether progress is still being kept; each reads on from "nudge: ". The learner reads these in
 * their language ({@code store.} in the message bundles); what only the server log hears stays in English here.
 */
final class StoreMessages {
    private StoreMessages() {
    }

    static StoreMessage cannotCreateFolder(Path folder, StoreMessage reason) {
        return StoreMessage.quoting("store.cannotCreateFolder", List.of(folder.toString()), reason);
    }

    static StoreMessage cannotOpen(Path file, StoreMessage reason) {
        return StoreMessage.quoting("store.cannotOpen", List.of(file.toString()), reason);
    }

    static StoreMessage unusable(Path file, StoreMessage reason) {
        return StoreMessage.quoting("store.unusable", List.of(file.toString()), reason);
    }

    static StoreMessage readOnly(Path file, Path real) {
        return file.equals(real) ? StoreMessage.of("store.readOnly", file.toString())
                : StoreMessage.of("store.readOnlyLinked", file.toString(), real.toString());
    }

    static StoreMessage newer(Path file, StoreMessage reason) {
        return StoreMessage.quoting("store.newer", List.of(file.toString()), reason);
    }

    static StoreMessage damagedSetAside(Path file, StoreMessage reason, Path aside) {
        return StoreMessage.quoting("store.damagedSetAside", List.of(file.toString()), reason,
                StoreMessage.said(aside.toString()));
    }

    static StoreMessage damagedKept(Path file, StoreMessage reason, StoreMessage whyNotMoved) {
        return StoreMessage.quoting("store.damagedKept", List.of(file.toString()), reason, whyNotMoved);
    }

    static StoreMessage cannotSave(Path file, StoreMessage reason) {
        return StoreMessage.quoting("store.cannotSave", List.of(file.toString()), reason);
    }
}
