package dev.nudge.layout;

import dev.nudge.export.CProgram;
import dev.nudge.export.NetworkProgram;
import dev.nudge.export.ProgramPart;
import dev.nudge.lesson.LessonMath;
import dev.nudge.lesson.LessonProgram;
import dev.nudge.lesson.ProseBlock;
import java.util.ArrayList;
import java.util.List;

/**
 * A program block of the prose as lines for a width: the file's name, then the part shown, each line with its number
 * in the saved file, so the prose can say "line 42" and the learner finds it in the file too. A line too long for the
 * window goes on under itself, its number left blank; read line by line, every line is written out as it stands.
 */
public final class ProgramLines {
    private static final int INDENT = 0;

    private ProgramLines() {
    }

    /** The lines of {@code block}; throws {@code MathException} when the program's rate does not compute. */
    public static List<Line> of(LessonMath math, ProseBlock.Program block, Glyphs glyphs, int width, boolean flat) {
        var part = block.part().flatMap(written -> ProgramPart.named(written.text()));
        var shown = LessonProgram.of(math, block).lines(part);
        var lines = new ArrayList<Line>();
        lines.add(Line.of(NetworkProgram.fileName(block.lesson()), Tone.MUTED));
        int digits = String.valueOf(shown.get(shown.size() - 1).number()).length();
        var separator = " " + glyphs.vertical + " ";
        for (var line : shown) {
            var number = String.format("%" + digits + "d", line.number());
            if (flat) {
                lines.add(Line.of(number + ": ", Tone.MUTED).plus(line.text(), Tone.CODE));
                continue;
            }
            lines.addAll(numbered(number, separator, line, width - INDENT));
        }
        return flat ? lines : lines.stream().map(line -> line.indented(INDENT)).toList();
    }

    /** One line of code after its number, cut into pieces that fit {@code width}; the pieces after it unnumbered. */
    private static List<Line> numbered(String number, String separator, CProgram.NumberedLine line, int width) {
        int room = Math.max(1, width - number.length() - separator.length());
        var text = line.text();
        var lines = new ArrayList<Line>();
        var gutter = number;
        do {
            int cut = Math.min(room, text.length());
            lines.add(Line.of(gutter + separator, Tone.MUTED).plus(text.substring(0, cut), Tone.CODE));
            text = text.substring(cut);
            gutter = " ".repeat(number.length());
        } while (!text.isEmpty());
        return lines;
    }
}
