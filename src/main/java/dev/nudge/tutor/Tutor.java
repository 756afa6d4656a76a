package dev.nudge.tutor;

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
        if (event instanceof Event.InputClosed || event instanceof Event.HostClosing) {
            return Update.to(state, new Effect.Quit());
        }
        if (event instanceof Event.Announced announced) {
            return Update.to(state.withNotice(announced.notice()));
        }
        return Update.to(state);
    }

    private static Update onKey(TutorState state, Key key) {
        if (isQuit(key)) {
            return Update.to(state, new Effect.Quit());
        }
        if (state.overlay() != Overlay.NONE) {
            return onOverlayKey(state, key);
        }
        if (key.is('?')) {
            return Update.to(state.withOverlay(Overlay.HELP));
        }
        if (key.kind() == Key.Kind.ENTER) {
            return Update.to(state.withNotice(Notice.of("notice.noLessons")));
        }
        return Update.to(state.withNotice(Notice.of("notice.keyDoesNothing", key.label())));
    }

    private static Update onOverlayKey(TutorState state, Key key) {
        if (key.kind() == Key.Kind.ESCAPE || key.is('?')) {
            return Update.to(state.withOverlay(Overlay.NONE));
        }
        return Update.to(state.withNotice(Notice.of("notice.escCloses")));
    }

    private static boolean isQuit(Key key) {
        return key.is('q') || (key.ctrl() && key.kind() == Key.Kind.CHARACTER && key.character() == 'c');
    }
}
