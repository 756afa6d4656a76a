package dev.nudge.tutor;

import java.util.Optional;

/** The contents: every lesson, a cursor to pick one, Enter to jump there, Esc or t to go back. */
final class ContentsKeys {
    private ContentsKeys() {
    }

    static Update open(TutorState state) {
        if (state.page() == Page.CONTENTS) {
            return close(state);
        }
        return Update.to(state.withContentsCursor(state.place().lesson()).withPage(Page.CONTENTS));
    }

    static Optional<Update> onKey(TutorState state, Key key) {
        int lessons = state.book().lessonCount();
        switch (key.kind()) {
            case UP:
                return Optional.of(Update.to(state.withContentsCursor(Math.floorMod(state.contentsCursor() - 1, lessons))));
            case DOWN:
                return Optional.of(Update.to(state.withContentsCursor(Math.floorMod(state.contentsCursor() + 1, lessons))));
            case HOME:
                return Optional.of(Update.to(state.withContentsCursor(0)));
            case END:
                return Optional.of(Update.to(state.withContentsCursor(lessons - 1)));
            case ENTER:
                return Optional.of(Moves.goTo(state, new Place(state.contentsCursor(), 0)));
            case ESCAPE:
                return Optional.of(close(state));
            default:
                return digit(state, key);
        }
    }

    /** Digits pick a lesson by its number. */
    private static Optional<Update> digit(TutorState state, Key key) {
        if (key.kind() == Key.Kind.CHARACTER && !key.ctrl() && key.character() >= '1' && key.character() <= '9') {
            int lesson = key.character() - '1';
            if (lesson < state.book().lessonCount()) {
                return Optional.of(Moves.goTo(state, new Place(lesson, 0)));
            }
        }
        return Optional.empty();
    }

    private static Update close(TutorState state) {
        return Update.to(state.withPage(state.hasStarted() ? Page.LESSON : Page.START));
    }
}
