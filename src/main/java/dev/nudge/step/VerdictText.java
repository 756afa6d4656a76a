package dev.nudge.step;

import dev.nudge.layout.Line;
import dev.nudge.layout.ProseLayout;
import dev.nudge.layout.Segment;
import dev.nudge.layout.Tone;
import dev.nudge.layout.Writing;
import java.util.ArrayList;
import java.util.List;

/** What the tutor said about an answer, as lines: a mark and a heading, then the reasons it gives. */
public final class VerdictText implements Verdict.Visitor<List<Line>> {
    private final Writing d;
    private final ProseLayout prose;
    private final String right;
    private final String wrong;

    private VerdictText(Writing d, ProseLayout prose, String right, String wrong) {
        this.d = d;
        this.prose = prose;
        this.right = right;
        this.wrong = wrong;
    }

    /** The lines of {@code verdict}, headed {@code right} or {@code wrong} when it judged the answer. */
    public static List<Line> lines(Writing d, ProseLayout prose, Verdict verdict, String right, String wrong) {
        return verdict.accept(new VerdictText(d, prose, right, wrong));
    }

    @Override
    public List<Line> correct(Verdict.Correct correct) {
        return List.of(Line.of(d.glyphs().right + " " + right, Tone.GOOD));
    }

    @Override
    public List<Line> wrong(Verdict.Wrong verdict) {
        var lines = new ArrayList<Line>();
        lines.add(Line.of(d.glyphs().wrong + " " + wrong, Tone.BAD));
        verdict.explanation().ifPresent(text -> lines.addAll(prose.labelled("  ", Tone.TEXT, text, Tone.TEXT)));
        verdict.message().ifPresent(notice -> lines.addAll(prose.labelled("  ", Tone.TEXT,
                List.of(new Segment(text(notice), Tone.TEXT)))));
        return lines;
    }

    @Override
    public List<Line> invalid(Verdict.Invalid invalid) {
        return prose.labelled("", Tone.TEXT, List.of(new Segment(text(invalid.message()), Tone.BAD)));
    }

    private String text(Notice notice) {
        return notice.text(d);
    }
}
