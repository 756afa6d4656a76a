package dev.nudge.tutor;

import dev.nudge.keys.Key;
import dev.nudge.step.Notice;

/** Something that happened to the tutor: the only input of {@link Tutor#update}. */
public sealed interface Event {

    /** The learner pressed a key. */
    record KeyPressed(Key key) implements Event {
        public KeyPressed {
            if (key == null) {
                throw new IllegalArgumentException("a key press needs a key");
            }
        }
    }

    /** The terminal changed size; the screen is laid out again. */
    record Resized(int columns, int rows) implements Event {
    }

    /** The view measured the step's body: it scrolls by at most {@code maxScroll} lines, {@code page} at a time. */
    record BodyMeasured(int maxScroll, int page) implements Event {
    }

    /** The progress store started or stopped saving; {@code problem} says why, in the store's words. */
    record StoreHealth(boolean saving, String problem) implements Event {
    }

    /** The learner's input ended (the terminal or connection closed). */
    record InputClosed() implements Event {
    }

    /** Whoever hosts the session has news for the learner, such as "this session closes soon if idle". */
    record Announced(Notice notice) implements Event {
        public Announced {
            if (notice == null) {
                throw new IllegalArgumentException("an announcement needs a notice");
            }
        }
    }

    /** Whoever hosts the session ends it (a server shutting down, an idle time-out), so the tutor must wrap up. */
    record HostClosing() implements Event {
    }
}
