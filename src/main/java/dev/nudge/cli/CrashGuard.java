package dev.nudge.cli;

import java.io.PrintWriter;
import java.util.function.IntConsumer;

/**
 * While the tutor holds the terminal, an error in any thread (a {@link StackOverflowError} or an
 * {@link OutOfMemoryError} as well as an exception) gives the terminal back, says what happened and ends the process.
 * Without it, a thread that dies leaves the others waiting for it, and the learner with a raw terminal, no cursor and
 * no way out: Ctrl-C is a key, not a signal, while the tutor runs.
 */
final class CrashGuard implements AutoCloseable {
    private final Thread.UncaughtExceptionHandler previous;

    private CrashGuard(Thread.UncaughtExceptionHandler previous) {
        this.previous = previous;
    }

    /**
     * From now until {@link #close()}, a thread that dies of anything runs {@code giveBack}, then reports on
     * {@code err} and ends the process through {@code exit} (the JVM's exit in production, so that the progress store
     * still writes out what it holds).
     */
    static CrashGuard install(Runnable giveBack, PrintWriter err, IntConsumer exit) {
        var guard = new CrashGuard(Thread.getDefaultUncaughtExceptionHandler());
        Thread.setDefaultUncaughtExceptionHandler((thread, problem) -> {
            try {
                giveBack.run();
            } finally {
                exit.accept(CrashReport.report(problem, err));
            }
        });
        return guard;
    }

    @Override
    public void close() {
        Thread.setDefaultUncaughtExceptionHandler(previous);
    }
}
