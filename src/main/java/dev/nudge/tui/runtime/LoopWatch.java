package dev.nudge.tui.runtime;

/**
 * Told how far an {@link EventLoop} has got: each key it handled, each frame it drew, and when it waits for input.
 * Production sessions pass {@link #NONE}; {@link Settling} uses it to know when a screen is final.
 */
public interface LoopWatch {
    /** Watches nothing. */
    LoopWatch NONE = new LoopWatch() {
        @Override
        public void handledKey() {
        }

        @Override
        public void drawn() {
        }

        @Override
        public void waiting(boolean nowWaiting) {
        }
    };

    void handledKey();

    /** The display now shows the result of every key handled so far. */
    void drawn();

    void waiting(boolean nowWaiting);
}
