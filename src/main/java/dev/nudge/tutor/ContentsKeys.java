package dev.nudge.tutor;

import dev.nudge.keys.Key;
import dev.nudge.step.Notice;
import java.util.Optional;

/** The contents: every lesson, a cursor to pick one, Enter to jump there, Esc or t to go back. */
final class ContentsKeys {
    private ContentsKeys() {
    }

    static Update open(TutorState state) {
        if (state.page() == Page.CONTENTS) {
            return close(state);
        }
        return Update.to(state.toContents());
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
                return Optional.of(Moves.goTo(state.withReview(Optional.empty()), new Place(state.contentsCursor(), 0)));
            case ESCAPE:
                return Optional.of(close(state));
            default:
                return digit(state, key);
        }
    }

    /** Digits pick a lesson by its number; x asks to reset the lesson under the cursor. */
    private static Optional<Update> digit(TutorState state, Key key) {
        if (key.is('x')) {
            return Optional.of(Update.to(state.withOverlay(Overlay.CONFIRM_RESET)));
        }
        if (key.kind() == Key.Kind.CHARACTER && !key.ctrl() && key.character() >= '1' && key.character() <= '9') {
            int lesson = key.character() - '1';
            if (lesson < state.book().lessonCount()) {
                return Optional.of(Moves.goTo(state.withReview(Optional.empty()), new Place(lesson, 0)));
            }
        }
        return Optional.empty();
    }

    /** The answer to "forget this lesson?": y forgets it, anything else keeps it. */
    static Update confirmReset(TutorState state, Key key) {
        if (!key.is('y')) {
            return Update.to(state.withOverlay(Overlay.NONE).withNotice(Notice.of("notice.resetCancelled")));
        }
        var lesson = state.book().lesson(state.language(), state.contentsCursor());
        var reset = state.withProgress(state.progress().withoutLesson(lesson.id())).withOverlay(Overlay.NONE)
                .withNotice(Notice.of("notice.lessonReset", String.valueOf(state.contentsCursor() + 1)));
        return Update.to(reset, new Effect.ResetLesson(lesson.id()));
    }

    private static Update close(TutorState state) {
        return Update.to(state.withPage(state.returnTo()));
    }
}
