package dev.nudge.tutor;

import dev.nudge.keys.Key;
import dev.nudge.step.Notice;
import java.util.Optional;

/**
 * The tutor's behaviour as a pure function: the state and an event in, the next state and effects out. It performs no
 * I/O, so every interaction can be tested as a plain function call.
 */
public final class Tutor {
    private Tutor() {
    }

    public static Update update(TutorState state, Event event) {
        if (event instanceof Event.KeyPressed pressed) {
            return onKey(state, pressed.key());
        }
        if (event instanceof Event.BodyMeasured measured) {
            return Update.to(state.withScroll(state.scroll().measured(measured.maxScroll(), measured.page())));
        }
        if (event instanceof Event.StoreHealth health) {
            return Update.to(state.withNotice(health.saving() ? Notice.of("notice.savingAgain")
                    : Notice.of("notice.notSaving", health.problem())));
        }
        if (event instanceof Event.InputClosed || event instanceof Event.HostClosing) {
            return Update.to(state, new Effect.Quit());
        }
        if (event instanceof Event.Announced announced) {
            return Update.to(state.withNotice(announced.notice()));
        }
        return Update.to(state);
    }

    private static Update onKey(TutorState state, Key key) {
        if (key.ctrl() && key.kind() == Key.Kind.CHARACTER && key.character() == 'c') {
            return Update.to(state, new Effect.Quit());
        }
        if (state.overlay() != Overlay.NONE) {
            return onOverlayKey(state, key);
        }
        return pageKey(state, key)
                .or(() -> globalKey(state, key))
                .orElseGet(() -> Update.to(state.withNotice(Notice.of("notice.keyDoesNothing", key.label()))));
    }

    private static Optional<Update> pageKey(TutorState state, Key key) {
        switch (state.page()) {
            case START:
                return StartKeys.onKey(state, key);
            case CONTENTS:
                return ContentsKeys.onKey(state, key);
            case COMPLETE:
                return CompleteKeys.onKey(state, key);
            default:
                return LessonKeys.onKey(state, key);
        }
    }

    /** Keys that mean the same on every page. */
    private static Optional<Update> globalKey(TutorState state, Key key) {
        if (key.is('q')) {
            return Optional.of(Update.to(state, new Effect.Quit()));
        }
        if (key.is('?')) {
            return Optional.of(Update.to(state.withOverlay(Overlay.HELP)));
        }
        if (key.is('t')) {
            return Optional.of(ContentsKeys.open(state));
        }
        if (key.is('l')) {
            var other = state.language().other();
            return Optional.of(Update.to(state.withLanguage(other).withNotice(Notice.of("notice.languageSwitched"))));
        }
        return Optional.empty();
    }

    private static Update onOverlayKey(TutorState state, Key key) {
        if (state.overlay() == Overlay.CONFIRM_RESET) {
            return ContentsKeys.confirmReset(state, key);
        }
        if (key.kind() == Key.Kind.ESCAPE || key.is('?')) {
            return Update.to(state.withOverlay(Overlay.NONE));
        }
        if (key.is('q')) {
            return Update.to(state, new Effect.Quit());
        }
        return Update.to(state.withNotice(Notice.of("notice.escCloses")));
    }
}
