package dev.nudge.tui.runtime;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import dev.nudge.keys.Key;
import dev.nudge.tutor.Event;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/** Turns Lanterna's key strokes into the tutor's own events, so the tutor never sees a Lanterna type. */
final class KeyMapper {
    private static final Map<KeyType, Key.Kind> KINDS = new EnumMap<>(KeyType.class);

    static {
        KINDS.put(KeyType.Enter, Key.Kind.ENTER);
        KINDS.put(KeyType.Escape, Key.Kind.ESCAPE);
        KINDS.put(KeyType.Backspace, Key.Kind.BACKSPACE);
        KINDS.put(KeyType.Delete, Key.Kind.DELETE);
        KINDS.put(KeyType.Tab, Key.Kind.TAB);
        KINDS.put(KeyType.ArrowLeft, Key.Kind.LEFT);
        KINDS.put(KeyType.ArrowRight, Key.Kind.RIGHT);
        KINDS.put(KeyType.ArrowUp, Key.Kind.UP);
        KINDS.put(KeyType.ArrowDown, Key.Kind.DOWN);
        KINDS.put(KeyType.Home, Key.Kind.HOME);
        KINDS.put(KeyType.End, Key.Kind.END);
        KINDS.put(KeyType.PageUp, Key.Kind.PAGE_UP);
        KINDS.put(KeyType.PageDown, Key.Kind.PAGE_DOWN);
    }

    private KeyMapper() {
    }

    /** The event for a key stroke; empty for strokes the tutor ignores (such as mouse reports). */
    static Optional<Event> toEvent(KeyStroke stroke) {
        var type = stroke.getKeyType();
        if (type == KeyType.EOF) {
            return Optional.of(new Event.InputClosed());
        }
        if (type == KeyType.Character) {
            char c = Character.toLowerCase(stroke.getCharacter());
            return Optional.of(new Event.KeyPressed(stroke.isCtrlDown() ? Key.ctrl(c) : Key.character(stroke.getCharacter())));
        }
        if (type == KeyType.MouseEvent || type == KeyType.CursorLocation) {
            return Optional.empty();
        }
        return Optional.of(new Event.KeyPressed(Key.of(KINDS.getOrDefault(type, Key.Kind.OTHER))));
    }
}
