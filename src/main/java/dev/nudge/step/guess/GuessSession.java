package dev.nudge.step.guess;

import dev.nudge.keys.Keymap;
import dev.nudge.layout.KeyHint;
import dev.nudge.layout.Line;
import dev.nudge.layout.ProseLayout;
import dev.nudge.layout.Writing;
import dev.nudge.lesson.LessonMath;
import dev.nudge.math.MathException;
import dev.nudge.math.Rational;
import dev.nudge.step.AnswerHints;
import dev.nudge.step.HintLadder;
import dev.nudge.step.InputField;
import dev.nudge.step.Notice;
import dev.nudge.step.PlainLine;
import dev.nudge.step.StepAction;
import dev.nudge.step.StepSession;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A guess step in progress: the learner's direction for each parameter, the row selected, how far the reveal has
 * gone, and the learning rate (which {@code [} and {@code ]} change during the reveal). The reveal is computed when
 * the guess is submitted and when the rate changes, and kept here, so drawing a frame computes nothing.
 *
 * @param step the step
 * @param math the loss, the parameters and their slopes
 * @param choices one direction per parameter, in the order of {@code math.parameters()}
 * @param selected the row the arrow keys act on
 * @param stage how far the reveal has gone
 * @param rate the learning rate of the update
 * @param hints how many rungs of the hint ladder are shown
 * @param proposed a new value the learner typed for each parameter, if any
 * @param valueField the value being typed for the selected parameter, while it is typed
 * @param reveal the reveal of the submitted guess at the current rate, or why it does not compute
 * @param everyStep whether a grouped expansion shows every step of each group instead of one line per group
 */
public record GuessSession(GuessStep step, GuessMath math, List<Direction> choices, int selected, RevealStage stage,
        Rational rate, int hints, List<Optional<Rational>> proposed, Optional<InputField> valueField,
        Optional<Revealed> reveal, boolean everyStep) implements StepSession {
    public GuessSession {
        choices = List.copyOf(choices);
        proposed = List.copyOf(proposed);
        if (choices.size() != math.parameters().size() || proposed.size() != choices.size() || selected < 0
                || selected >= choices.size()) {
            throw new IllegalArgumentException("a guess has one choice per parameter and a selected row among them");
        }
        if (hints < 0 || hints > HintLadder.LADDER) {
            throw new IllegalArgumentException("there are " + HintLadder.LADDER + " hints");
        }
        if (rate.signum() <= 0) {
            throw new IllegalArgumentException("the learning rate must be above 0");
        }
    }

    /**
     * The reveal of a submitted guess as computed, or the engine's reason it could not be. It also keeps the reveal's
     * stages as a display laid them out: laying out the expansion of a loss over several points costs more than
     * the rest of a frame, and each key of the reveal shows one stage more of the same reveal. What it keeps follows
     * from the reveal alone, goes with it when the rate changes (a new reveal is computed), is never shared between
     * sessions, and plays no part in equality.
     */
    public static final class Revealed {
        /** Two layouts (a window resized, a language switched back) of every stage. */
        private static final int STAGES_KEPT = 2 * RevealStage.values().length;

        private final Optional<GuessReveal> computed;
        private final Optional<Notice> problem;
        private final Map<Object, List<Line>> laidOut = new LinkedHashMap<>();

        /**
         * @param computed the reveal, when it computes
         * @param problem why it does not, to be said in the learner's language; else empty
         */
        public Revealed(Optional<GuessReveal> computed, Optional<Notice> problem) {
            this.computed = computed;
            this.problem = problem;
        }

        public Optional<GuessReveal> computed() {
            return computed;
        }

        public Optional<Notice> problem() {
            return problem;
        }

        /**
         * A stage laid out for a layout ({@code stage} names both), laid out by {@code layOut} the first time it is
         * shown: each key of the reveal lays out only the stage it adds.
         */
        synchronized List<Line> stage(Object stage, Supplier<List<Line>> layOut) {
            var kept = laidOut.get(stage);
            if (kept == null) {
                if (laidOut.size() >= STAGES_KEPT) {
                    laidOut.clear();
                }
                kept = List.copyOf(layOut.get());
                laidOut.put(stage, kept);
            }
            return kept;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Revealed revealed && computed.equals(revealed.computed)
                    && problem.equals(revealed.problem);
        }

        @Override
        public int hashCode() {
            return computed.hashCode() * 31 + problem.hashCode();
        }

        @Override
        public String toString() {
            return "Revealed[computed=" + computed + ", problem=" + problem + "]";
        }
    }

    public static GuessSession start(GuessStep step, GuessMath math, Rational rate) {
        int count = math.parameters().size();
        return new GuessSession(step, math, Collections.nCopies(count, Direction.UNSET), 0, RevealStage.CHOOSING, rate,
                0, Collections.nCopies(count, Optional.empty()), Optional.empty(), Optional.empty(), false);
    }

    /** The stages this guess reveals: the step's, less an expansion its loss does not have. */
    public RevealPlan plan() {
        return step.plan(math);
    }

    public List<String> parameters() {
        return List.copyOf(math.parameters().keySet());
    }

    /** The direction the slope of parameter {@code i} says is right. */
    public Direction right(int i) {
        return Direction.against(math.slopes().get(parameters().get(i)).signum());
    }

    public boolean allRight() {
        for (int i = 0; i < choices.size(); i++) {
            if (choices.get(i) != right(i)) {
                return false;
            }
        }
        return true;
    }

    /** The first parameter without a choice, if any. */
    int firstUnchosen() {
        return choices.indexOf(Direction.UNSET);
    }

    GuessSession choose(Direction direction) {
        var updated = new ArrayList<>(choices);
        updated.set(selected, direction);
        return new GuessSession(step, math, updated, selected, stage, rate, hints, proposed, valueField,
                reveal, everyStep);
    }

    GuessSession select(int row) {
        return new GuessSession(step, math, choices, Math.floorMod(row, choices.size()), stage, rate, hints, proposed,
                valueField, reveal, everyStep);
    }

    GuessSession at(RevealStage newStage) {
        return new GuessSession(step, math, choices, selected, newStage, rate, hints, proposed, valueField,
                reveal, everyStep);
    }

    GuessSession withRate(Rational newRate) {
        return new GuessSession(step, math, choices, selected, stage, newRate, hints, proposed, valueField,
                reveal, everyStep);
    }

    GuessSession withHints(int shown) {
        return new GuessSession(step, math, choices, selected, stage, rate, shown, proposed, valueField,
                reveal, everyStep);
    }

    GuessSession typingValue(Optional<InputField> field) {
        return new GuessSession(step, math, choices, selected, stage, rate, hints, proposed, field,
                reveal, everyStep);
    }

    /** This guess with its reveal computed for the choices, the values typed and the rate as they are now. */
    GuessSession revealed(LessonMath lesson) {
        Revealed outcome;
        try {
            outcome = new Revealed(Optional.of(GuessReveal.of(this, lesson)), Optional.empty());
        } catch (MathException e) {
            outcome = new Revealed(Optional.empty(), Optional.of(Notice.of(e)));
        }
        return new GuessSession(step, math, choices, selected, stage, rate, hints, proposed, valueField,
                Optional.of(outcome), everyStep);
    }

    /** This guess with a grouped expansion shown step by step ({@code true}) or one line per group. */
    GuessSession showingEveryStep(boolean shown) {
        return new GuessSession(step, math, choices, selected, stage, rate, hints, proposed, valueField, reveal,
                shown);
    }

    /**
     * Whether the reveal is at its expansion and that expansion is grouped, so that one key shows every step of it
     * (or hides them again); a loss with a single square has no groups, and a reveal that skips the expansion no key.
     */
    boolean expansionGrouped() {
        return stage == RevealStage.EXPANSION && reveal.flatMap(Revealed::computed)
                .flatMap(GuessReveal::grouped).isPresent();
    }

    /** The learner's own new value for the selected parameter, which also sets its direction. */
    GuessSession propose(Rational value) {
        var values = new ArrayList<>(proposed);
        values.set(selected, Optional.of(value));
        var now = math.values().get(parameters().get(selected));
        var direction = Direction.against(now.compareTo(value));
        var updated = new ArrayList<>(choices);
        updated.set(selected, direction);
        return new GuessSession(step, math, updated, selected, stage, rate, hints, values, Optional.empty(),
                reveal, everyStep);
    }

    /** A one-line summary of the guess for the progress record, such as {@code P_0 none, P_1 down}. */
    String summary() {
        var parts = new ArrayList<String>();
        for (int i = 0; i < choices.size(); i++) {
            var value = proposed.get(i).map(v -> " = " + v).orElse("");
            parts.add(parameters().get(i) + " " + choices.get(i).name().toLowerCase(java.util.Locale.ROOT) + value);
        }
        return String.join(", ", parts);
    }

    @Override
    public Keymap<StepAction> keymap() {
        return GuessKeys.keymap(this);
    }

    @Override
    public List<Line> lines(Writing writing, ProseLayout prose) {
        return new GuessLayout(writing, prose, this).lines();
    }

    @Override
    public List<KeyHint> keyHints(Writing d) {
        var hints = new ArrayList<KeyHint>();
        if (stage == RevealStage.CHOOSING) {
            if (valueField.isPresent()) {
                hints.add(new KeyHint("Enter", d.text("key.setValue")));
                hints.add(new KeyHint("Esc", d.text("key.cancel")));
                return hints;
            }
            hints.add(new KeyHint(d.glyphs().assign + d.glyphs().arrow, d.text("key.chooseDirection")));
            hints.add(new KeyHint("=", d.text("key.value")));
            hints.add(new KeyHint("Enter", d.text("key.check")));
        } else {
            hints.add(new KeyHint(d.glyphs().arrow, d.text(stage == RevealStage.VERDICT ? "key.next" : "key.reveal")));
            if (plan().shows(RevealStage.UPDATE)) {
                hints.add(new KeyHint("[ ]", d.text("key.rate")));
            }
            if (expansionGrouped()) {
                hints.add(new KeyHint("d", d.text(everyStep ? "key.hideSteps" : "key.everyStep")));
            }
        }
        AnswerHints.hint(d, this.hints).ifPresent(hints::add);
        return hints;
    }

    @Override
    public boolean takesText() {
        return valueField.isPresent();
    }

    @Override
    public PlainLine plainLine(String line, Writing writing) {
        return stage == RevealStage.CHOOSING ? PlainGuess.line(this, line, writing) : PlainLine.typed(line);
    }
}
