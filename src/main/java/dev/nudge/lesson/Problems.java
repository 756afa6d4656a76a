package dev.nudge.lesson;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Collects every problem in a course instead of stopping at the first, so an author fixes them all in one pass. */
public final class Problems {
    private final List<Problem> found = new ArrayList<>();

    void add(Problem problem) {
        found.add(problem);
    }

    void add(Path file, SourceText where, String message) {
        found.add(Problem.at(file, where, message));
    }

    void add(Path file, int line, int column, String message) {
        found.add(new Problem(file, line, column, message));
    }

    public boolean isEmpty() {
        return found.isEmpty();
    }

    /** Every problem, sorted by file and position. */
    public List<Problem> all() {
        var sorted = new ArrayList<>(found);
        sorted.sort(null);
        return List.copyOf(sorted);
    }
}
