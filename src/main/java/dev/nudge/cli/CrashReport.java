package dev.nudge.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import picocli.CommandLine;

/**
 * An unexpected error gets one clear line on the terminal (which is already restored by then) and its full details
 * in a file the learner can attach to a bug report.
 */
final class CrashReport implements CommandLine.IExecutionExceptionHandler {
    static final int EXIT_SOFTWARE = 70;

    @Override
    public int handleExecutionException(Exception problem, CommandLine commandLine, CommandLine.ParseResult result) {
        return report(problem, commandLine.getErr());
    }

    /** Says on {@code err} that {@code problem} stopped nudge, keeps its details in a file, and gives the exit code. */
    static int report(Throwable problem, PrintWriter err) {
        err.println("nudge stopped because of an internal error: " + problem);
        try {
            var file = Files.createTempFile("nudge-crash-", ".txt");
            var trace = new StringWriter();
            problem.printStackTrace(new PrintWriter(trace));
            Files.writeString(file, trace.toString());
            err.println("The details are in " + file + "; please include that file when you report the problem.");
        } catch (IOException | RuntimeException e) {
            problem.printStackTrace(err);
        }
        err.flush();
        return EXIT_SOFTWARE;
    }
}
