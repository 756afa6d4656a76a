package dev.nudge.step;

import dev.nudge.layout.Line;
import dev.nudge.layout.ProseLayout;
import dev.nudge.layout.Tone;
import dev.nudge.layout.Width;

/** The one-line field an answer is typed into, after its label, scrolled so the cursor stays in view. */
public final class AnswerField {
    private AnswerField() {
    }

    /**
     * The field as a line; {@code empty} is shown in an empty field the learner is not typing in, and the line holds
     * the cursor while they are.
     */
    public static Line line(String label, String empty, ProseLayout prose, InputField field, boolean typing) {
        var labelled = label + " ";
        var shown = field.text().isEmpty() && !typing ? empty : field.text();
        var tone = typing ? Tone.SELECTED : Tone.MUTED;
        int room = Math.max(4, prose.width() - Width.columns(labelled) - 1);
        int start = Math.max(0, field.cursor() - room + 1);
        var visible = Width.fit(shown.substring(Math.min(start, shown.length())), room);
        var padded = visible + " ".repeat(Math.max(0, room - Width.columns(visible)));
        int cursorColumn = Width.columns(labelled) + Width.columns(shown.substring(Math.min(start, shown.length()),
                Math.min(field.cursor(), shown.length())));
        return Line.of(labelled, Tone.TEXT).plus(padded, tone).withCursor(typing ? cursorColumn : -1);
    }
}
