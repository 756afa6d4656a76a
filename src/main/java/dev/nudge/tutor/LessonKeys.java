package dev.nudge.tutor;

import dev.nudge.keys.Key;
import dev.nudge.keys.Keys;
import dev.nudge.step.Notice;
import dev.nudge.step.StepUpdate;
import java.util.Optional;

/** The lesson page: the step's own keys first (its kind's session has them), then next, back and scrolling. */
final class LessonKeys {
    private LessonKeys() {
    }

    static Optional<Update> onKey(TutorState state, Key key) {
        return sessionKey(state, key).or(() -> navigation(state, key));
    }

    private static Optional<Update> sessionKey(TutorState state, Key key) {
        var now = StepUpdate.of(Moves.context(state, state.place()), state.session(), state.notice(), state.checking());
        return state.session().onKey(now, key).map(asked -> StepUpdates.apply(state, asked));
    }

    private static Optional<Update> navigation(TutorState state, Key key) {
        if (Keys.isNext(key)) {
            return Optional.of(Moves.next(state));
        }
        if (Keys.isBack(key)) {
            return Optional.of(Moves.back(state));
        }
        return scrolling(state, key).or(() -> key.is('h')
                ? Optional.of(Update.to(state.withNotice(Notice.of("notice.noHintsHere")))) : Optional.empty());
    }

    /** The scrolling keys: up, down, page up, page down, home and end. */
    static Optional<Update> scrolling(TutorState state, Key key) {
        var scroll = state.scroll();
        switch (key.kind()) {
            case UP:
                return Optional.of(scrolled(state, scroll.by(-1)));
            case DOWN:
                return Optional.of(scrolled(state, scroll.by(1)));
            case PAGE_UP:
                return Optional.of(scrolled(state, scroll.byPages(-1)));
            case PAGE_DOWN:
                return Optional.of(scrolled(state, scroll.byPages(1)));
            case HOME:
                return Optional.of(scrolled(state, scroll.toTop()));
            case END:
                return Optional.of(scrolled(state, scroll.toEnd()));
            default:
                return Optional.empty();
        }
    }

    private static Update scrolled(TutorState state, Scroll scroll) {
        if (scroll.shown() == state.scroll().shown()) {
            return Update.to(state.withScroll(scroll).withNotice(Notice.of(scroll.max() == 0
                    ? "notice.nothingToScroll" : scroll.shown() == 0 ? "notice.atTop" : "notice.atBottom")));
        }
        return Update.to(state.withScroll(scroll).withoutNotice());
    }
}
