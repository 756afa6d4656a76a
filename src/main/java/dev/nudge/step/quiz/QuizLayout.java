package dev.nudge.step.quiz;

import dev.nudge.layout.Line;
import dev.nudge.layout.ProseLayout;
import dev.nudge.layout.Segment;
import dev.nudge.layout.Tone;
import dev.nudge.layout.Writing;
import dev.nudge.lesson.Figures;
import dev.nudge.lesson.Inline;
import dev.nudge.math.MathException;
import dev.nudge.step.AnswerField;
import dev.nudge.step.HintLines;
import dev.nudge.step.Instructions;
import dev.nudge.step.Verdict;
import dev.nudge.step.VerdictText;
import java.util.ArrayList;
import java.util.List;

/**
 * The body of a quiz step below its question: the choices or the answer field, what the tutor said about the last
 * answer, the hints taken, and the answer itself once it is solved or shown.
 */
final class QuizLayout implements Quiz.Visitor<Void> {
    private final Writing d;
    private final ProseLayout prose;
    private final QuizStep step;
    private final QuizSession quiz;
    private final List<Line> lines = new ArrayList<>();

    QuizLayout(Writing d, ProseLayout prose, QuizStep step, QuizSession quiz) {
        this.d = d;
        this.prose = prose;
        this.step = step;
        this.quiz = quiz;
    }

    List<Line> lines() {
        lines.add(Line.EMPTY);
        step.quiz().accept(this);
        quiz.last().ifPresentOrElse(this::verdict, () -> {
            if (quiz.solved()) {
                lines.add(Line.EMPTY);
                lines.add(Line.of(d.glyphs().right + " " + d.text("quiz.solvedBefore"), Tone.GOOD));
            }
        });
        HintLines.add(lines, d, prose, step.hints(), quiz.hints());
        if (quiz.answerShown() && !quiz.solved()) {
            answer();
        }
        instructions();
        return lines;
    }

    @Override
    public Void choice(Quiz.ChoiceQuiz choice) {
        var choices = choice.choices();
        for (int i = 0; i < choices.size(); i++) {
            var shown = choices.get(quiz.order().file(i));
            // Read line by line, a mark on a row says nothing: the choice is said back below the list instead.
            boolean highlighted = i == quiz.highlighted() && quiz.open() && !prose.flat();
            boolean revealRight = !quiz.open() && shown.right();
            var label = (highlighted ? "> " : "  ") + (i + 1) + ") ";
            var tone = highlighted ? Tone.SELECTED : revealRight ? Tone.GOOD : Tone.TEXT;
            lines.addAll(prose.labelled(label, Tone.KEY, shown.text(), tone));
        }
        if (prose.flat() && quiz.last().isPresent() && quiz.highlighted() >= 0) {
            lines.add(Line.EMPTY);
            lines.addAll(prose.labelled(d.text("plain.quiz.chose", quiz.highlighted() + 1) + " ", Tone.TEXT,
                    choices.get(quiz.order().file(quiz.highlighted())).text(), Tone.TEXT));
        }
        return null;
    }

    @Override
    public Void number(Quiz.NumberQuiz number) {
        lines.add(field());
        return null;
    }

    @Override
    public Void expression(Quiz.ExpressionQuiz expression) {
        lines.add(field());
        return null;
    }

    /** The answer field; once the quiz takes no more answers, an empty field no longer says Enter types. */
    private Line field() {
        var empty = quiz.open() ? d.text(Instructions.key(prose, "quiz.emptyField")) : "";
        return AnswerField.line(d.text("quiz.yourAnswer"), empty, prose, quiz.field(), quiz.typing());
    }

    private void verdict(Verdict verdict) {
        lines.add(Line.EMPTY);
        lines.addAll(VerdictText.lines(d, prose, verdict, d.text("quiz.correct"),
                d.text("quiz.wrong", quiz.misses(), QuizSession.MAX_MISSES)));
    }

    private void answer() {
        lines.add(Line.EMPTY);
        var answer = answerText();
        lines.addAll(prose.labelled(d.text("quiz.theAnswer") + " ", Tone.STRONG,
                List.of(new Segment(answer, Tone.NUMBER))));
        var explanation = prose.labelled("  ", Tone.TEXT, step.hints().answer(), Tone.TEXT);
        // The last hint often is the bare answer; say it once.
        if (!(explanation.size() == 1 && explanation.get(0).text().strip().equals(answer))) {
            lines.addAll(explanation);
        }
    }

    private String answerText() {
        return step.quiz().accept(new Quiz.Visitor<String>() {
            @Override
            public String choice(Quiz.ChoiceQuiz choice) {
                return choice.choices().stream().filter(c -> c.right()).findFirst().map(c -> c.text().source())
                        .orElse("");
            }

            @Override
            public String number(Quiz.NumberQuiz number) {
                try {
                    var computed = new Inline.Computed(Inline.Operation.VALUE, "", number.answer(), number.bindings());
                    return Figures.show(prose.math(), computed, d.glyphs().math);
                } catch (MathException e) {
                    return "?";
                }
            }

            @Override
            public String expression(Quiz.ExpressionQuiz expression) {
                return prose.formula(expression.answer().text());
            }
        });
    }

    private void instructions() {
        lines.add(Line.EMPTY);
        String key;
        if (!quiz.open()) {
            key = "quiz.doneKeys";
        } else if (!quiz.typed()) {
            key = "quiz.choiceKeys";
        } else {
            key = quiz.typing() ? "quiz.typingKeys" : "quiz.commandKeys";
        }
        lines.addAll(prose.labelled("", Tone.TEXT, List.of(new Segment(d.text(Instructions.key(prose, key)),
                Tone.MUTED))));
    }
}
