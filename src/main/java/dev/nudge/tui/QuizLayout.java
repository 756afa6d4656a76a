package dev.nudge.tui;

import dev.nudge.lesson.Figures;
import dev.nudge.lesson.Inline;
import dev.nudge.lesson.LessonMath;
import dev.nudge.lesson.Quiz;
import dev.nudge.lesson.Step;
import dev.nudge.math.MathException;
import dev.nudge.tutor.QuizSession;
import dev.nudge.tutor.Verdict;
import java.util.ArrayList;
import java.util.List;

/**
 * The body of a quiz step below its question: the choices or the answer field, what the tutor said about the last
 * answer, the hints taken, and the answer itself once it is solved or shown.
 */
final class QuizLayout {
    private final Drawing d;
    private final ProseLayout prose;
    private final LessonMath math;
    private final Step.QuizStep step;
    private final QuizSession quiz;
    private final List<Line> lines = new ArrayList<>();

    QuizLayout(Drawing d, ProseLayout prose, LessonMath math, Step.QuizStep step, QuizSession quiz) {
        this.d = d;
        this.prose = prose;
        this.math = math;
        this.step = step;
        this.quiz = quiz;
    }

    List<Line> lines() {
        lines.add(Line.EMPTY);
        if (step.quiz() instanceof Quiz.ChoiceQuiz choice) {
            choices(choice);
        } else {
            field();
        }
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

    private void choices(Quiz.ChoiceQuiz choice) {
        var choices = choice.choices();
        for (int i = 0; i < choices.size(); i++) {
            boolean highlighted = i == quiz.highlighted() && quiz.open();
            boolean revealRight = !quiz.open() && choices.get(i).right();
            var label = (highlighted ? "> " : "  ") + (i + 1) + ") ";
            var tone = highlighted ? Tone.SELECTED : revealRight ? Tone.GOOD : Tone.TEXT;
            lines.addAll(prose.labelled(label, Tone.KEY, choices.get(i).text(), tone));
        }
    }

    private void field() {
        var label = d.text("quiz.yourAnswer") + " ";
        var field = quiz.field();
        var shown = field.text().isEmpty() && !quiz.typing() ? d.text("quiz.emptyField") : field.text();
        var tone = quiz.typing() ? Tone.SELECTED : Tone.MUTED;
        // The field is drawn on one line, scrolled so the cursor stays in view.
        int room = Math.max(4, prose.width() - Canvas.width(label) - 1);
        int start = Math.max(0, field.cursor() - room + 1);
        var visible = shown.substring(Math.min(start, shown.length()));
        visible = Width.fit(visible, room);
        var padded = visible + " ".repeat(Math.max(0, room - Canvas.width(visible)));
        int cursorColumn = Canvas.width(label) + Canvas.width(shown.substring(Math.min(start, shown.length()),
                Math.min(field.cursor(), shown.length())));
        lines.add(Line.of(label, Tone.TEXT).plus(padded, tone).withCursor(quiz.typing() ? cursorColumn : -1));
    }

    private void verdict(Verdict verdict) {
        lines.add(Line.EMPTY);
        if (verdict.isCorrect()) {
            lines.add(Line.of(d.glyphs().right + " " + d.text("quiz.correct"), Tone.GOOD));
            return;
        }
        if (verdict instanceof Verdict.Wrong wrong) {
            lines.add(Line.of(d.glyphs().wrong + " " + d.text("quiz.wrong", quiz.misses(), QuizSession.MAX_MISSES),
                    Tone.BAD));
            wrong.explanation().ifPresent(text -> lines.addAll(prose.labelled("  ", Tone.TEXT, text, Tone.TEXT)));
            wrong.message().ifPresent(notice -> lines.addAll(prose.labelled("  ", Tone.TEXT,
                    List.of(new Segment(d.text(notice.messageKey(), FooterView.arguments(d, notice.arguments())),
                            Tone.TEXT)))));
            return;
        }
        var notice = ((Verdict.Invalid) verdict).message();
        lines.addAll(prose.labelled("", Tone.TEXT,
                List.of(new Segment(d.text(notice.messageKey(), FooterView.arguments(d, notice.arguments())), Tone.BAD))));
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
        var question = step.quiz();
        if (question instanceof Quiz.ChoiceQuiz choice) {
            return choice.choices().stream().filter(c -> c.right()).findFirst().map(c -> c.text().source()).orElse("");
        }
        try {
            if (question instanceof Quiz.NumberQuiz number) {
                var computed = new Inline.Computed(Inline.Operation.VALUE, "", number.answer(), number.bindings());
                return Figures.show(math, computed, d.glyphs().math);
            }
            return prose.formula(((Quiz.ExpressionQuiz) question).answer().text());
        } catch (MathException e) {
            return "?";
        }
    }

    private void instructions() {
        lines.add(Line.EMPTY);
        String key;
        if (!quiz.open()) {
            key = "quiz.doneKeys";
        } else if (step.quiz() instanceof Quiz.ChoiceQuiz) {
            key = "quiz.choiceKeys";
        } else {
            key = quiz.typing() ? "quiz.typingKeys" : "quiz.commandKeys";
        }
        lines.addAll(prose.labelled("", Tone.TEXT, List.of(new Segment(d.text(key), Tone.MUTED))));
    }
}
