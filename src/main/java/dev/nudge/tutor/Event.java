package dev.nudge.tutor;

import dev.nudge.keys.Key;
import dev.nudge.math.Rational;
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

    /** The window has this size (it changed, or the session starts); the screen is laid out again. */
    record Resized(int columns, int rows) implements Event {
        public Window window() {
            return new Window(columns, rows);
        }
    }

    /** The tick a {@link Effect.Tick} asked for came due: a running descent in the lab takes its next step. */
    record Ticked() implements Event {
    }

    /** The learner typed a value for one of the lab's parameters (line by line, where there are no arrows to move it). */
    record ParameterTyped(String name, Rational value) implements Event {
        public ParameterTyped {
            if (name == null || value == null) {
                throw new IllegalArgumentException("a typed parameter needs a name and a value");
            }
        }
    }

    /** The progress store started or stopped saving; when it stopped, {@code health} says why. */
    record StoreHealth(dev.nudge.progress.StoreHealth health) implements Event {
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
