package dev.nudge.tutor;

import static dev.nudge.keys.KeyPattern.character;
import static dev.nudge.keys.KeyPattern.named;
import static dev.nudge.tutor.KeyAction.bind;

import dev.nudge.keys.Key;
import dev.nudge.keys.Keys;
import dev.nudge.keys.KeyPattern;
import dev.nudge.keys.Keymap;
import dev.nudge.step.Notice;
import java.util.Optional;

/** The contents: every lesson, a cursor to pick one, Enter to jump there, Esc or t to go back. */
final class ContentsKeys {
    /** The answer to "forget this lesson?": y forgets it, anything else keeps it. */
    static final Keymap<KeyAction> CONFIRM_RESET = Keymap.of(
            bind("help.forget", (state, key) -> forget(state), character('y')),
            bind("help.keep", (state, key) -> keep(state), character('n'), KeyPattern.any()));

    private static final Keymap<KeyAction> MOVES = Keymap.of(
            bind("help.contentsMove", (state, key) -> cursor(state, state.contentsCursor() - 1),
                    named(Key.Kind.UP)),
            bind("help.contentsMove", (state, key) -> cursor(state, state.contentsCursor() + 1),
                    named(Key.Kind.DOWN)),
            bind("help.contentsEnds", (state, key) -> cursor(state, 0), named(Key.Kind.HOME)),
            bind("help.contentsEnds", (state, key) -> cursor(state, state.book().lessonCount() - 1),
                    named(Key.Kind.END)),
            bind("help.contentsOpen", (state, key) -> jump(state, state.contentsCursor()),
                    named(Key.Kind.ENTER)));
    private static final Keymap<KeyAction> LEAVING = Keymap.of(
            bind("help.reset", (state, key) -> Update.to(state.withOverlay(Overlay.CONFIRM_RESET)),
                    character('x')),
            bind("help.contentsClose", (state, key) -> close(state), named(Key.Kind.ESCAPE)));

    private ContentsKeys() {
    }

    /** The contents' keys: the digits pick a lesson by its number, as many as there are lessons (up to 9). */
    static Keymap<KeyAction> keymap(TutorState state) {
        KeyPattern digits = Keys.firstDigits(state.book().lessonCount());
        return MOVES.then(Keymap.of(bind("help.contentsNumber",
                (s, key) -> jump(s, key.character() - '1'), digits))).then(LEAVING);
    }

    static Update open(TutorState state) {
        if (state.page() == Page.CONTENTS) {
            return close(state);
        }
        return Update.to(state.toContents());
    }

    private static Update cursor(TutorState state, int lesson) {
        return Update.to(state.withContentsCursor(Math.floorMod(lesson, state.book().lessonCount())));
    }

    private static Update jump(TutorState state, int lesson) {
        return Moves.goTo(state.withReview(Optional.empty()), new Place(lesson, 0));
    }

    private static Update keep(TutorState state) {
        return Update.to(state.withOverlay(Overlay.NONE).withNotice(Notice.of("notice.resetCancelled")));
    }

    private static Update forget(TutorState state) {
        var lesson = state.book().lesson(state.language(), state.contentsCursor());
        var reset = state.withProgress(state.progress().withoutLesson(lesson.id())).withOverlay(Overlay.NONE)
                .withNotice(Notice.of("notice.lessonReset", String.valueOf(state.contentsCursor() + 1)));
        return Update.to(reset, new Effect.ResetLesson(lesson.id()));
    }

    private static Update close(TutorState state) {
        return Update.to(state.withPage(state.returnTo()));
    }
}
