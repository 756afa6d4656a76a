package dev.nudge.cli;

import java.io.IOException;
import java.io.PrintWriter;

/**
 * Runs something in the terminal and turns how it ended into the process's exit code: 0 when done, 130 when
 * interrupted, 1 with a message when the terminal was lost. Shared by the tutor and the lab.
 */
final class TerminalRun {
    private TerminalRun() {
    }

    /** Work in the terminal that may lose it or be interrupted. */
    @FunctionalInterface
    interface Work {
        void run() throws IOException, InterruptedException;
    }

    static int exitCode(Work work, PrintWriter err) {
        try {
            work.run();
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 130;
        } catch (IOException e) {
            err.println("nudge: lost the terminal: " + e.getMessage());
            return 1;
        }
    }
}
