package dev.nudge.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** The entry point of {@code nudge.jar}: builds the command tree and exits with its code. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        var out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        var err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        var session = localSession();
        var defaults = LocaleDefaults.fromSystem();
        int code;
        try {
            code = QuickStart.applies(args) ? QuickStart.run(defaults, session, err)
                    : Commands.create(defaults, session, out, err).execute(args);
        } catch (Throwable problem) {
            // An error such as StackOverflowError gets past both handlers; the terminal is given back by then.
            code = CrashReport.report(problem, err);
        }
        System.exit(code);
    }

    /**
     * The tutor in this terminal, keeping progress in SQLite. A lambda rather than a method reference, so that no
     * SQLite class is loaded until the store is opened, after the first frame.
     */
    static LocalSession localSession() {
        return new TerminalSession(file -> Sqlite.openStore(file));
    }
}
