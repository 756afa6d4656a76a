package dev.nudge.step.predict;

import dev.nudge.step.Instructions;
import static dev.nudge.keys.KeyPattern.character;
import static dev.nudge.keys.KeyPattern.named;
import static dev.nudge.step.StepAction.bind;

import dev.nudge.keys.Key;
import dev.nudge.keys.Keymap;
import dev.nudge.layout.KeyHint;
import dev.nudge.layout.Line;
import dev.nudge.layout.MathText;
import dev.nudge.layout.ProseLayout;
import dev.nudge.layout.Segment;
import dev.nudge.layout.Tone;
import dev.nudge.layout.Writing;
import dev.nudge.math.Rational;
import dev.nudge.math.Work;
import dev.nudge.progress.ProgressEvent;
import dev.nudge.step.AnswerField;
import dev.nudge.step.AnswerHints;
import dev.nudge.step.FieldKeys;
import dev.nudge.step.HintLadder;
import dev.nudge.step.HintLines;
import dev.nudge.step.InputField;
import dev.nudge.step.Notice;
import dev.nudge.step.PlainLine;
import dev.nudge.step.StepAction;
import dev.nudge.step.StepSession;
import dev.nudge.step.StepUpdate;
import dev.nudge.step.TypedNumber;
import dev.nudge.step.UpdateLines;
import dev.nudge.step.Verdict;
import dev.nudge.step.VerdictText;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A predict step in progress: the loss the learner is typing, the tutor's verdict on it, the hints shown, and whether
 * the step is done (answered, or answered rightly in an earlier sitting), when the change is shown.
 *
 * @param step the step
 * @param math the update and the losses, computed when the step starts
 * @param field the loss being typed
 * @param typing whether keys go into the field (Esc leaves it, so letters work as commands again)
 * @param last the verdict on the last answer, if any
 * @param hints how many rungs of the hint ladder are shown
 * @param done whether the prediction has been judged, so the change is shown and no more answers are taken
 * @param solvedBefore whether it was answered rightly in an earlier sitting
 */
public record PredictSession(PredictStep step, PredictMath math, InputField field, boolean typing,
        Optional<Verdict> last, int hints, boolean done, boolean solvedBefore) implements StepSession {
    public PredictSession {
        if (hints < 0 || hints > HintLadder.LADDER) {
            throw new IllegalArgumentException("there are " + HintLadder.LADDER + " hints");
        }
        if (typing && done) {
            throw new IllegalArgumentException("a judged prediction takes no more typing");
        }
    }

    static PredictSession start(PredictStep step, PredictMath math, boolean solvedBefore) {
        return new PredictSession(step, math, InputField.empty(), !solvedBefore, Optional.empty(), 0, solvedBefore,
                solvedBefore);
    }

    PredictSession edit(InputField newField) {
        return new PredictSession(step, math, newField, true, last, hints, done, solvedBefore);
    }

    PredictSession typing(boolean on) {
        return new PredictSession(step, math, field, on && !done, last, hints, done, solvedBefore);
    }

    PredictSession withHints(int shown) {
        return new PredictSession(step, math, field, typing, last, shown, done, solvedBefore);
    }

    /** This session after the tutor judged a prediction; input that was no number leaves it open. */
    PredictSession judged(Verdict verdict) {
        boolean judged = verdict.countsAsAttempt();
        return new PredictSession(step, math, field, !judged, Optional.of(verdict), hints, judged, solvedBefore);
    }

    /** A new try at the same step. */
    PredictSession retried() {
        return new PredictSession(step, math, InputField.empty(), true, Optional.empty(), hints, false, false);
    }

    /** The verdict on {@code value} as the loss after the update, with the reason for a wrong one. */
    Verdict judge(Rational value) {
        if (math.near(value, math.lossAfter())) {
            return new Verdict.Correct();
        }
        var after = math.lossAfter().toString();
        var updated = math.updated();
        if (math.near(value, math.lossBefore())) {
            return Verdict.Wrong.saying("predict.lossBefore", after, updated);
        }
        if (math.near(value, math.wrongWay())) {
            return Verdict.Wrong.saying("predict.wrongWay", after, updated);
        }
        return Verdict.Wrong.saying("predict.why", after, updated);
    }

    @Override
    public Keymap<StepAction> keymap() {
        if (done) {
            return Keymap.of(bind("help.retry", (now, key) -> now.withSession(retried()), character('r')))
                    .then(hint());
        }
        if (!typing) {
            return Keymap.of(bind("help.intoField", (now, key) -> now.withSession(typing(true)),
                    named(Key.Kind.ENTER), character('i'))).then(hint());
        }
        return Keymap.of(
                bind("help.check", (now, key) -> submit(now), named(Key.Kind.ENTER)),
                bind("help.leaveField", (now, key) -> now.withSession(typing(false))
                        .withNotice(Notice.of("notice.leftField")), named(Key.Kind.ESCAPE)))
                .then(FieldKeys.keymap(field, this::edit));
    }

    private Keymap<StepAction> hint() {
        return Keymap.of(bind("help.hint", (now, key) -> HintLadder.climb(now, hints, this::withHints),
                character('h')));
    }

    /** Checks the typed loss, unless the session has spent its budget for checking; counts the work it took. */
    private StepUpdate submit(StepUpdate now) {
        var typed = field.text();
        Verdict verdict;
        var checking = now.checking();
        if (checking.exhausted()) {
            verdict = Verdict.Invalid.saying("quiz.checkingPaused");
        } else {
            var meter = Work.counting();
            verdict = meter.run(() -> TypedNumber.graded(typed, this::judge));
            checking = checking.after(meter.used());
        }
        var next = now.withChecking(checking).withSession(judged(verdict)).toEnd();
        return verdict.countsAsAttempt()
                ? next.record(new ProgressEvent.Answered(now.key(), typed, verdict.isCorrect())) : next;
    }

    /**
     * The update with its numbers and the loss now, the field for the loss expected after it, then the verdict and
     * the change once it is judged, the hints taken and the keys.
     */
    @Override
    public List<Line> lines(Writing d, ProseLayout prose) {
        var text = new MathText(d.glyphs());
        var lines = new ArrayList<Line>();
        lines.add(Line.EMPTY);
        lines.add(Line.of(d.text("predict.update"), Tone.STRONG));
        math.moves().forEach(move -> lines.add(UpdateLines.update(d, math.lossName(), move.name(), move.before(), math.rate(),
                move.slope(), move.after())));
        lines.add(Line.of(d.text("predict.lossNow") + " ", Tone.TEXT).plus(text.value(math.lossBefore()), Tone.NUMBER));
        lines.add(Line.EMPTY);
        lines.add(AnswerField.line(d.text("predict.yourLoss"), done ? "" : d.text(Instructions.key(prose, "quiz.emptyField")), prose, field,
                typing));
        last.ifPresent(verdict -> {
            lines.add(Line.EMPTY);
            lines.addAll(VerdictText.lines(d, prose, verdict, d.text("predict.right", text.value(math.lossAfter())),
                    d.text("predict.wrong")));
        });
        if (done) {
            if (last.isEmpty()) {
                lines.add(Line.EMPTY);
                lines.add(Line.of(d.glyphs().right + " " + d.text("quiz.solvedBefore"), Tone.GOOD));
            }
            lines.add(Line.EMPTY);
            lines.add(UpdateLines.change(d, math.lossBefore(), math.lossAfter()));
        }
        HintLines.add(lines, d, prose, step.hints(), hints);
        lines.add(Line.EMPTY);
        var keys = done ? "predict.doneKeys" : typing ? "quiz.typingKeys" : "predict.commandKeys";
        lines.addAll(prose.labelled("", Tone.TEXT, List.of(new Segment(d.text(Instructions.key(prose, keys)),
                Tone.MUTED))));
        return lines;
    }

    @Override
    public List<KeyHint> keyHints(Writing d) {
        return AnswerHints.of(d, !done, typing, hints);
    }

    @Override
    public boolean takesText() {
        return typing;
    }

    @Override
    public PlainLine plainLine(String line, Writing writing) {
        return typing ? PlainLine.answer(line) : PlainLine.typed(line);
    }
}
