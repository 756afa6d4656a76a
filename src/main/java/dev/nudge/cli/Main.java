package dev.nudge.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** The entry point of {@code nudge.jar}: runs the command line and exits with its code. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        var out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        var err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        System.exit(run(localSession(), out, err, args));
    }

    /**
     * Runs {@code args} as {@code nudge} does, with the tutor run by {@code session}, and returns the exit code. The
     * build's rehearsal of the start path (for its class-data archive) runs this too, with a tutor on streams.
     */
    public static int run(LocalSession session, PrintWriter out, PrintWriter err, String... args) {
        var defaults = LocaleDefaults.fromSystem();
        try {
            var tutor = QuickStart.read(args, defaults, session);
            return tutor.isPresent() ? QuickStart.run(tutor.get(), err) : Commands.run(defaults, session, out, err, args);
        } catch (Throwable problem) {
            // An error such as StackOverflowError gets past both handlers; the terminal is given back by then.
            return CrashReport.report(problem, err);
        }
    }

    /** The tutor in this terminal, keeping progress in SQLite (opened after the first frame) or PostgreSQL. */
    public static LocalSession localSession() {
        return new TerminalSession(ProgressLocation::open);
    }
}
