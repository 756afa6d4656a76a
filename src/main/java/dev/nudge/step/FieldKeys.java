package dev.nudge.step;

import static dev.nudge.keys.KeyPattern.named;
import static dev.nudge.step.StepAction.bind;

import dev.nudge.keys.KeyBinding;
import dev.nudge.keys.Key;
import dev.nudge.keys.KeyPattern;
import dev.nudge.keys.Keymap;
import java.util.function.Function;

/**
 * The keys that edit a typed answer, the same in every kind that takes one: printable keys go into the field, the
 * usual editing keys move and delete, Ctrl-U empties it. Enter and Esc are the kind's own; the tutor adds the page's
 * scrolling keys and {@link #TYPING_HERE} after them.
 */
public final class FieldKeys {
    /** Any other key while typing: say that keys go into the field now. */
    public static final Keymap<StepAction> TYPING_HERE = Keymap.of(bind("help.typingHere",
            (state, key) -> state.withNotice(Notice.of("notice.typingHere")), KeyPattern.any()));

    private FieldKeys() {
    }

    /** The editing keys of {@code field}; {@code edited} makes the session with the field edited. */
    public static Keymap<StepAction> keymap(InputField field, Function<InputField, StepSession> edited) {
        return Keymap.of(
                edit(edited, field.backspace(), Key.Kind.BACKSPACE),
                edit(edited, field.delete(), Key.Kind.DELETE),
                edit(edited, field.left(), Key.Kind.LEFT),
                edit(edited, field.right(), Key.Kind.RIGHT),
                edit(edited, field.home(), Key.Kind.HOME),
                edit(edited, field.end(), Key.Kind.END),
                bind("help.clearField", (state, key) -> state.withSession(edited.apply(InputField.empty())),
                        KeyPattern.ctrl('u')),
                bind("help.typeAnswer", (state, key) -> typed(state, field, key, edited), KeyPattern.typed()));
    }

    private static KeyBinding<StepAction> edit(Function<InputField, StepSession> edited, InputField after,
            Key.Kind kind) {
        return bind("help.edit", (state, key) -> state.withSession(edited.apply(after)), named(kind));
    }

    private static StepUpdate typed(StepUpdate state, InputField field, Key key,
            Function<InputField, StepSession> edited) {
        if (field.full()) {
            return state.withNotice(Notice.of("notice.answerTooLong", String.valueOf(InputField.MAX_LENGTH)));
        }
        return state.withSession(edited.apply(field.insert(key.character())));
    }
}
