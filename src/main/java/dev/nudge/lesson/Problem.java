package dev.nudge.lesson;

import java.nio.file.Path;

/**
 * One thing wrong in a course, reported the way compilers do ({@code lessons/en/02-loss.md:42:7: message}) so an
 * editor can jump to it.
 */
public record Problem(Path file, int line, int column, String message) implements Comparable<Problem> {
    public Problem {
        if (file == null || message == null || message.isBlank()) {
            throw new IllegalArgumentException("a problem needs a file and a message");
        }
    }

    static Problem at(Path file, SourceText where, String message) {
        return new Problem(file, where.line(), where.column(), message);
    }

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ":" + column + ": " + message : file + ": " + message;
    }

    @Override
    public int compareTo(Problem other) {
        int byFile = file.toString().compareTo(other.file.toString());
        if (byFile != 0) {
            return byFile;
        }
        return line != other.line ? Integer.compare(line, other.line) : Integer.compare(column, other.column);
    }
}
