package dev.nudge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** An error in any thread of the tutor gives the terminal back before anything else happens. */
class CrashGuardTest {
    private final List<String> happened = new ArrayList<>();
    private final AtomicInteger exitCode = new AtomicInteger(-1);
    private final StringWriter said = new StringWriter();

    private void dieIn(String threadName, Throwable problem) throws InterruptedException {
        var thread = new Thread(() -> {
            if (problem instanceof Error error) {
                throw error;
            }
            throw (RuntimeException) problem;
        }, threadName);
        thread.start();
        thread.join(10_000);
    }

    private CrashGuard guard() {
        return CrashGuard.install(() -> happened.add("terminal given back"), new PrintWriter(said, true), code -> {
            happened.add("exit " + code);
            exitCode.set(code);
        });
    }

    @Test
    void aStackOverflowInAnotherThreadGivesTheTerminalBackThenSaysSoAndEnds() throws InterruptedException {
        try (var guard = guard()) {
            dieIn("nudge-keys", new StackOverflowError("simulated"));
        }
        assertThat(happened).containsExactly("terminal given back", "exit " + CrashReport.EXIT_SOFTWARE);
        assertThat(said.toString()).contains("nudge stopped because of an internal error: "
                + "java.lang.StackOverflowError: simulated", "The details are in ");
    }

    @Test
    void anExceptionInAnotherThreadDoesTheSame() throws InterruptedException {
        try (var guard = guard()) {
            dieIn("nudge-progress-writer", new IllegalStateException("simulated"));
        }
        assertThat(happened).containsExactly("terminal given back", "exit " + CrashReport.EXIT_SOFTWARE);
    }

    @Test
    void closingTheGuardPutsBackTheHandlerThereWasBefore() {
        Thread.UncaughtExceptionHandler before = (thread, problem) -> { };
        Thread.setDefaultUncaughtExceptionHandler(before);
        try {
            guard().close();
            assertThat(Thread.getDefaultUncaughtExceptionHandler()).isSameAs(before);
        } finally {
            Thread.setDefaultUncaughtExceptionHandler(null);
        }
    }
}
