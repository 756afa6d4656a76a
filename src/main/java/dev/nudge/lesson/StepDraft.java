package dev.nudge.lesson;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A step while its lines are being read: heading, prose so far, and its interactive block if any. */
final class StepDraft {
    final String id;
    final String title;
    final SourceText heading;
    final List<ProseBlock> prose = new ArrayList<>();
    Optional<String> kind = Optional.empty();
    SourceText blockOpening;
    List<Field> fields = List.of();
    boolean reportedTextAfterBlock;

    StepDraft(String id, String title, SourceText heading) {
        this.id = id;
        this.title = title;
        this.heading = heading;
    }

    boolean hasBlock() {
        return kind.isPresent();
    }

    Optional<SourceText> opening() {
        return Optional.ofNullable(blockOpening);
    }
}
