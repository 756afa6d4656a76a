package dev.nudge.tui.view;

import dev.nudge.layout.Line;
import dev.nudge.layout.MathText;
import dev.nudge.layout.Tone;
import dev.nudge.layout.Wrap;
import dev.nudge.step.guess.Direction;
import dev.nudge.step.guess.GuessRecap;
import dev.nudge.tutor.Recap;
import dev.nudge.tutor.TutorState;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The course-complete page's recap as lines for a width: the full screen scrolls them below the title, the plain
 * tutor prints them. Each section says back the learner's own numbers from {@link Recap}.
 */
public final class RecapLines {
    private static final int INDENT = 2;
    /** Binds an equation's parts, so a line never breaks inside {@code dLoss/dP₁ = 6}. */
    private static final String BOUND_SPACE = "\u00a0";

    private final Drawing d;
    private final MathText math;
    private final int width;
    private final List<Line> lines = new ArrayList<>();

    private RecapLines(Drawing d, int width) {
        this.d = d;
        this.math = new MathText(d.glyphs());
        this.width = width;
    }

    /** The recap of {@code state}'s learner, {@code width} columns wide. */
    public static List<Line> lines(Drawing d, TutorState state, int width) {
        return new RecapLines(d, width).laidOut(Recap.of(state));
    }

    private List<Line> laidOut(Recap recap) {
        recap.firstLoss().ifPresent(loss -> {
            heading("recap.start");
            text(INDENT, d.text("recap.firstLoss", math.value(loss), recap.guesses().get(0).lesson()), Tone.TEXT);
        });
        if (!recap.guesses().isEmpty()) {
            heading("recap.guesses");
            recap.guesses().forEach(this::guess);
        }
        heading("recap.update");
        recap.update().ifPresentOrElse(this::update, () -> text(INDENT,
                d.text("recap.noUpdate", recap.firstUpdateLesson()),
                Tone.TEXT));
        heading("recap.score");
        text(INDENT, d.text("complete.score", recap.firstTry(), recap.quizzes()), Tone.NUMBER);
        heading("recap.lab");
        text(INDENT, recap.labLesson().map(lesson -> d.text("recap.labIn", lesson))
                .orElseGet(() -> d.text("recap.labAlone")), Tone.TEXT);
        lines.add(Line.EMPTY);
        text(0, d.text("complete.next"), Tone.MUTED);
        return lines;
    }

    private void guess(Recap.Guess guess) {
        text(INDENT, d.text("recap.lesson", guess.lesson(), guess.title()), Tone.STRONG);
        for (var p : guess.recap().parameters()) {
            var name = math.name(p.name());
            var slope = math.slopeName("Loss", p.name()) + BOUND_SPACE + "=" + BOUND_SPACE + math.value(p.slope());
            var derivative = direction(p.right());
            if (p.said().isEmpty()) {
                hanging(2 * INDENT, INDENT, d.glyphs().bullet + " " + d.text("recap.notGuessed", name, derivative,
                        slope), Tone.MUTED);
            } else {
                var mark = p.saidRight() ? d.glyphs().right : d.glyphs().wrong;
                hanging(2 * INDENT, INDENT, mark + " " + d.text("recap.said", name, direction(p.said().get()),
                        derivative, slope), p.saidRight() ? Tone.TEXT : Tone.BAD);
            }
        }
    }

    private void update(Recap.Guess guess) {
        GuessRecap recap = guess.recap();
        text(INDENT, d.text("recap.updateIn", guess.lesson(), math.value(recap.rate())), Tone.TEXT);
        for (var p : recap.parameters()) {
            if (p.slope().signum() != 0) {
                text(2 * INDENT, d.text("recap.value", math.name(p.name()), math.value(p.before()), d.glyphs().arrow,
                        math.value(p.after())), Tone.NUMBER);
            }
        }
        text(INDENT, d.text(recap.change().signum() < 0 ? "recap.lossFell" : "recap.lossRose",
                math.value(recap.lossBefore()), math.value(recap.lossAfter()), math.value(recap.change())), Tone.TEXT);
    }

    private String direction(Direction direction) {
        return d.text("guess." + direction.name().toLowerCase(Locale.ROOT));
    }

    /** A section's heading, after a blank line unless it opens the recap. */
    private void heading(String key) {
        if (!lines.isEmpty()) {
            lines.add(Line.EMPTY);
        }
        lines.add(Line.of(d.text(key), Tone.STRONG));
    }

    /** {@code text} wrapped to the width, each line indented by {@code indent}. */
    private void text(int indent, String text, Tone tone) {
        hanging(indent, 0, text, tone);
    }

    /** {@code text} wrapped to the width, indented by {@code indent}, and its continued lines {@code hang} further. */
    private void hanging(int indent, int hang, String text, Tone tone) {
        var wrapped = Wrap.wrap(text, Math.max(1, width - indent - hang));
        for (int i = 0; i < wrapped.size(); i++) {
            int columns = indent + (i == 0 ? 0 : hang);
            // The bound spaces only steer the wrapping: a terminal without UTF-8 gets plain spaces.
            lines.add(Line.of(" ".repeat(columns) + wrapped.get(i).replace(BOUND_SPACE, " "), tone));
        }
    }
}
