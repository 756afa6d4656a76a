package dev.nudge.tutor;

import dev.nudge.keys.Key;
import java.util.Optional;

/**
 * The tutor's behaviour as a pure function: the state and an event in, the next state and effects out. It performs no
 * I/O, so every interaction can be tested as a plain function call.
 */
public final class Tutor {
    private Tutor() {
    }

    public static Update update(TutorState state, Event event) {
        var update = handle(state, event);
        return measured(state, update);
    }

    private static Update handle(TutorState state, Event event) {
        if (event instanceof Event.KeyPressed pressed) {
            return onKey(state, pressed.key());
        }
        if (event instanceof Event.Resized resized) {
            return Update.to(state.withWindow(resized.window()));
        }
        if (event instanceof Event.Ticked) {
            return LabPage.onTick(state);
        }
        if (event instanceof Event.ParameterTyped typed) {
            return LabPage.onParameterTyped(state, typed.name(), typed.value());
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

    /**
     * The update with its scrolling limits brought up to date, when it changed what the step's body shows (another
     * step, session, page, language or window): the body is laid out for them here, not reported back by a view.
     */
    private static Update measured(TutorState before, Update update) {
        var after = update.state();
        if (after.page() != Page.LESSON || after.showsSameBodyAs(before)) {
            return update;
        }
        var extent = after.layout().extent(after, after.window());
        return new Update(after.withScroll(after.scroll().measured(extent)), update.effects());
    }

    private static Update onKey(TutorState state, Key key) {
        if (LabKeys.quitsAtOnce(key)) {
            return Update.to(state, new Effect.Quit());
        }
        var visit = state.activity().lab();
        if (state.page() == Page.LAB && visit.isPresent()) {
            return LabPage.onKey(state, visit.get(), key);
        }
        // The one place a notice is cleared: see TutorState.
        var fresh = state.withoutNotice();
        if (fresh.overlay() != Overlay.NONE) {
            return onOverlayKey(fresh, key);
        }
        return pageKey(fresh, key)
                .or(() -> globalKey(fresh, key))
                .orElseGet(() -> Update.to(fresh.withNotice(Notice.of("notice.keyDoesNothing", key.label()))));
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
