package dev.nudge.cli;

import java.io.PrintWriter;

/**
 * {@code nudge} with no arguments, started without picocli. There is nothing to parse then, yet building picocli's
 * model of the commands costs about as much as everything else before the first frame together: its classes are
 * Java 5 class files, which the JVM verifies slowly and cannot keep in a class-data-sharing archive. The tutor
 * starts exactly as picocli would start it with no options, and an unexpected error is reported the same way.
 */
final class QuickStart {
    private QuickStart() {
    }

    /** Whether {@code args} need picocli: any argument at all does. */
    static boolean applies(String[] args) {
        return args.length == 0;
    }

    static int run(LocaleDefaults defaults, LocalSession session, PrintWriter err) {
        try {
            return new NudgeCommand(defaults, session).start(err);
        } catch (RuntimeException problem) {
            return CrashReport.report(problem, err);
        }
    }
}
