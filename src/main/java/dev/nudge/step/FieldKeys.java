package dev.nudge.step;

import dev.nudge.keys.Key;
import java.util.Optional;
import java.util.function.Function;

/**
 * The keys that edit a typed answer, the same in every kind that takes one: printable keys go into the field, the
 * usual editing keys move and delete, Ctrl-U empties it; the page keys scroll. Enter and Esc are the kind's own.
 */
public final class FieldKeys {
    private FieldKeys() {
    }

    /** The update for {@code key} in {@code field}; {@code edited} makes the session with the field edited. */
    public static Optional<StepUpdate> edit(StepUpdate state, InputField field, Key key,
            Function<InputField, StepSession> edited) {
        switch (key.kind()) {
            case BACKSPACE:
                return Optional.of(state.withSession(edited.apply(field.backspace())));
            case DELETE:
                return Optional.of(state.withSession(edited.apply(field.delete())));
            case LEFT:
                return Optional.of(state.withSession(edited.apply(field.left())));
            case RIGHT:
                return Optional.of(state.withSession(edited.apply(field.right())));
            case HOME:
                return Optional.of(state.withSession(edited.apply(field.home())));
            case END:
                return Optional.of(state.withSession(edited.apply(field.end())));
            case CHARACTER:
                return Optional.of(typed(state, field, key, edited));
            case UP:
            case DOWN:
            case PAGE_UP:
            case PAGE_DOWN:
                // The tutor scrolls the page.
                return Optional.empty();
            default:
                return Optional.of(state.withNotice(Notice.of("notice.typingHere")));
        }
    }

    private static StepUpdate typed(StepUpdate state, InputField field, Key key,
            Function<InputField, StepSession> edited) {
        if (key.ctrl() && key.character() == 'u') {
            return state.withSession(edited.apply(InputField.empty()));
        }
        if (key.ctrl()) {
            return state.withNotice(Notice.of("notice.typingHere"));
        }
        if (field.full()) {
            return state.withNotice(Notice.of("notice.answerTooLong", String.valueOf(InputField.MAX_LENGTH)));
        }
        return state.withSession(edited.apply(field.insert(key.character())));
    }
}
