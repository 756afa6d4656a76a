package dev.nudge.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A C program as its parts, so a lesson can show one part (the forward pass) with the line numbers it has in the whole
 * file the learner saves.
 *
 * @param sections the program's sections in order; together they are the whole file
 */
public record CProgram(List<Section> sections) {
    /** A run of lines that belongs to one part of the program, or to none (the file's opening comment). */
    public record Section(Optional<ProgramPart> part, List<String> lines) {
        public Section {
            lines = List.copyOf(lines);
        }
    }

    /** A line of the program with its number in the whole file, counted from 1. */
    public record NumberedLine(int number, String text) {
    }

    public CProgram {
        sections = List.copyOf(sections);
    }

    /** The whole file, each line ended by a newline. */
    public String text() {
        var text = new StringBuilder();
        lines(Optional.empty()).forEach(line -> text.append(line.text()).append('\n'));
        return text.toString();
    }

    /** The lines of {@code part}, or of the whole file when empty, numbered as in the whole file. */
    public List<NumberedLine> lines(Optional<ProgramPart> part) {
        var lines = new ArrayList<NumberedLine>();
        int number = 0;
        for (var section : sections) {
            if (number > 0) {
                number++;
                if (part.isEmpty()) {
                    lines.add(new NumberedLine(number, ""));
                }
            }
            for (var line : section.lines()) {
                number++;
                if (part.isEmpty() || section.part().equals(part)) {
                    lines.add(new NumberedLine(number, line));
                }
            }
        }
        return lines;
    }
}
