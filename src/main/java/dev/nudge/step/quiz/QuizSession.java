package dev.nudge.step.quiz;

import dev.nudge.keys.Keymap;
import dev.nudge.layout.KeyHint;
import dev.nudge.layout.Line;
import dev.nudge.layout.ProseLayout;
import dev.nudge.layout.Writing;
import dev.nudge.step.AnswerHints;
import dev.nudge.step.HintLadder;
import dev.nudge.step.InputField;
import dev.nudge.step.PlainLine;
import dev.nudge.step.StepAction;
import dev.nudge.step.StepSession;
import dev.nudge.step.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A quiz step in progress: the choice highlighted or the answer being typed, the attempts so far, what the tutor
 * said about the last answer, the hints shown, and whether the quiz is solved or its answer was shown.
 *
 * @param step the step
 * @param order the order this learner sees the choices in (for a typed answer, no choices)
 * @param highlighted the position on the screen of the highlighted choice, counted from 0; {@link #NONE} until the
 *     learner moves
 * @param field the answer being typed in a number or expression quiz
 * @param typed whether the answer is typed (a number or an expression) rather than chosen
 * @param typing whether keys go into the field (Esc leaves it, so letters work as commands again)
 * @param misses wrong answers so far in this sitting; the answer is shown after {@link #MAX_MISSES}
 * @param last the verdict on the last answer, if any
 * @param hints how many rungs of the hint ladder are shown
 * @param solved answered rightly
 * @param answerShown the answer was shown after too many misses
 */
public record QuizSession(QuizStep step, ChoiceOrder order, int highlighted, InputField field, boolean typed, boolean typing, int misses,
        Optional<Verdict> last, int hints, boolean solved, boolean answerShown) implements StepSession {
    public static final int MAX_MISSES = 3;
    /** No choice highlighted: a choice quiz starts so, and Enter takes nothing until one is. */
    public static final int NONE = -1;

    public QuizSession {
        if (typing && !typed) {
            throw new IllegalArgumentException("only a typed answer has a field to type into");
        }
        if (highlighted < NONE || misses < 0 || hints < 0 || hints > HintLadder.LADDER) {
            throw new IllegalArgumentException("a quiz session counts from 0 and has " + HintLadder.LADDER + " hints");
        }
    }

    /**
     * A fresh quiz, with no choice highlighted and the choices in {@code order}; a quiz solved in an earlier sitting
     * shows as solved.
     */
    static QuizSession start(QuizStep step, ChoiceOrder order, boolean solvedBefore) {
        boolean typed = step.quiz().typed();
        return new QuizSession(step, order, NONE, InputField.empty(), typed, typed && !solvedBefore, 0, Optional.empty(), 0,
                solvedBefore, false);
    }

    /** Whether the quiz still takes answers. */
    public boolean open() {
        return !solved && !answerShown;
    }

    QuizSession highlight(int choice) {
        return new QuizSession(step, order, choice, field, typed, typing, misses, last, hints, solved, answerShown);
    }

    QuizSession edit(InputField newField) {
        return new QuizSession(step, order, highlighted, newField, typed, typed, misses, last, hints, solved, answerShown);
    }

    QuizSession typing(boolean on) {
        return new QuizSession(step, order, highlighted, field, typed, typed && on, misses, last, hints, solved, answerShown);
    }

    QuizSession withHints(int shown) {
        return new QuizSession(step, order, highlighted, field, typed, typing, misses, last, shown, solved, answerShown);
    }

    /** This session after the tutor judged an answer. */
    QuizSession judged(Verdict verdict) {
        int newMisses = misses + (verdict.countsAsAttempt() && !verdict.isCorrect() ? 1 : 0);
        boolean nowSolved = solved || verdict.isCorrect();
        boolean show = answerShown || (!nowSolved && newMisses >= MAX_MISSES);
        return new QuizSession(step, order, highlighted, field, typed, typed && !nowSolved && !show, newMisses,
                Optional.of(verdict), hints, nowSolved, show);
    }

    /** A new try at the same quiz. */
    QuizSession retried() {
        return new QuizSession(step, order, NONE, InputField.empty(), typed, typed, 0, Optional.empty(), hints, false, false);
    }

    @Override
    public Keymap<StepAction> keymap() {
        return QuizKeys.keymap(step, this);
    }

    @Override
    public List<Line> lines(Writing writing, ProseLayout prose) {
        return new QuizLayout(writing, prose, step, this).lines();
    }

    @Override
    public List<KeyHint> keyHints(Writing d) {
        if (open() && step.quiz() instanceof Quiz.ChoiceQuiz choice) {
            var keys = new ArrayList<KeyHint>();
            keys.add(new KeyHint("1-" + choice.choices().size(), d.text("key.answer")));
            AnswerHints.hint(d, hints).ifPresent(keys::add);
            keys.add(new KeyHint(d.glyphs().arrow, d.text("key.skip")));
            return keys;
        }
        return AnswerHints.of(d, open(), typing, hints);
    }

    @Override
    public boolean takesText() {
        return typing && open();
    }

    @Override
    public PlainLine plainLine(String line, Writing writing) {
        return takesText() ? PlainLine.answer(line) : PlainLine.typed(line);
    }
}
