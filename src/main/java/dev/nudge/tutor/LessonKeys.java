package dev.nudge.tutor;

import static dev.nudge.keys.KeyPattern.character;
import static dev.nudge.keys.KeyPattern.named;
import static dev.nudge.tutor.KeyAction.bind;

import dev.nudge.keys.KeyBinding;
import dev.nudge.keys.Key;
import dev.nudge.keys.Keymap;
import dev.nudge.keys.Keys;
import dev.nudge.step.FieldKeys;
import dev.nudge.step.Notice;
import dev.nudge.step.StepAction;
import dev.nudge.step.StepUpdate;
import java.util.ArrayList;
import java.util.function.UnaryOperator;

/** The lesson page: the step's own keys first (its kind's session has them), then next, back and scrolling. */
final class LessonKeys {
    /** The scrolling keys: up, down, page up, page down, home and end. */
    static final Keymap<KeyAction> SCROLLING = Keymap.of(
            scroll(Key.Kind.UP, scroll -> scroll.by(-1)),
            scroll(Key.Kind.DOWN, scroll -> scroll.by(1)),
            scroll(Key.Kind.PAGE_UP, scroll -> scroll.byPages(-1)),
            scroll(Key.Kind.PAGE_DOWN, scroll -> scroll.byPages(1)),
            scroll(Key.Kind.HOME, Scroll::toTop),
            scroll(Key.Kind.END, Scroll::toEnd));
    private static final Keymap<KeyAction> NAVIGATION = Keymap.of(
            bind("help.next", (state, key) -> Moves.next(state), Keys.NEXT),
            bind("help.back", (state, key) -> Moves.back(state), Keys.BACK))
            .then(SCROLLING)
            .then(Keymap.of(bind("help.noHints",
                    (state, key) -> Update.to(state.withNotice(Notice.of("notice.noHintsHere"))), character('h'))));

    private LessonKeys() {
    }

    /** The keys of the step's session, on top of moving through the course. */
    static Keymap<KeyAction> keymap(TutorState state) {
        return sessionKeymap(state).then(NAVIGATION);
    }

    /**
     * The session's keys as the tutor dispatches them: each asks the step's kind, which answers with what it wants of
     * the tutor. A session that takes text gets the scrolling keys and then "keys go into the field" for the rest.
     */
    private static Keymap<KeyAction> sessionKeymap(TutorState state) {
        var session = state.session();
        var own = asTutorKeys(session.keymap());
        return session.takesText() ? own.then(SCROLLING).then(asTutorKeys(FieldKeys.TYPING_HERE)) : own;
    }

    private static Keymap<KeyAction> asTutorKeys(Keymap<StepAction> stepKeys) {
        var bindings = new ArrayList<KeyBinding<KeyAction>>();
        for (var binding : stepKeys.bindings()) {
            bindings.add(bind(binding.label(), (state, key) -> asked(state, binding.action(), key), binding.keys()));
        }
        return new Keymap<>(bindings);
    }

    private static Update asked(TutorState state, StepAction action, Key key) {
        var now = StepUpdate.of(Moves.context(state, state.place()), state.session(), state.notice(), state.checking());
        return StepUpdates.apply(state, action.apply(now, key));
    }

    private static KeyBinding<KeyAction> scroll(Key.Kind kind, UnaryOperator<Scroll> move) {
        return bind("help.scroll", (state, key) -> scrolled(state, move.apply(state.scroll())), named(kind));
    }

    private static Update scrolled(TutorState state, Scroll scroll) {
        if (scroll.shown() == state.scroll().shown()) {
            return Update.to(state.withScroll(scroll).withNotice(Notice.of(scroll.max() == 0
                    ? "notice.nothingToScroll" : scroll.shown() == 0 ? "notice.atTop" : "notice.atBottom")));
        }
        return Update.to(state.withScroll(scroll));
    }
}
