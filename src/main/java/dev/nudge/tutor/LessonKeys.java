package dev.nudge.tutor;

import static dev.nudge.keys.KeyPattern.character;
import static dev.nudge.keys.KeyPattern.named;
import static dev.nudge.tutor.KeyAction.bind;

import dev.nudge.keys.Binding;
import dev.nudge.keys.Key;
import dev.nudge.keys.Keymap;
import dev.nudge.lesson.Step;
import java.util.function.UnaryOperator;

/** The lesson page: the step's own keys first (a guess, a quiz), then next, back and scrolling. */
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

    private static Keymap<KeyAction> sessionKeymap(TutorState state) {
        if (state.session() instanceof GuessSession guess) {
            return GuessKeys.keymap(guess);
        }
        var step = state.book().step(state.language(), state.place());
        if (state.session() instanceof QuizSession quiz && step instanceof Step.QuizStep quizStep) {
            return QuizKeys.keymap(quizStep, quiz);
        }
        if (step instanceof Step.LabStep lab) {
            return Keymap.of(bind("help.openLab", (s, key) -> openLab(s, lab), character('o')));
        }
        return Keymap.of();
    }

    private static Update openLab(TutorState state, Step.LabStep lab) {
        return LabPage.open(state, LabOpening.setup(state.book().math(state.language(), state.place().lesson()), lab));
    }

    private static Binding<KeyAction> scroll(Key.Kind kind, UnaryOperator<Scroll> move) {
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
