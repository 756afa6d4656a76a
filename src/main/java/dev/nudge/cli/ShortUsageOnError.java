package dev.nudge.cli;

import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/** A bad command line gets what was wrong, the one-line usage and a pointer to {@code --help}; exit code 2. */
final class ShortUsageOnError implements CommandLine.IParameterExceptionHandler {
    static final int EXIT_USAGE = 2;

    @Override
    public int handleParseException(ParameterException problem, String[] args) {
        var commandLine = problem.getCommandLine();
        var err = commandLine.getErr();
        var name = commandLine.getCommandSpec().qualifiedName();
        err.println(name + ": " + problem.getMessage());
        err.print("Usage: " + commandLine.getHelp().synopsis(0));
        err.println("Try '" + name + " --help' for more information.");
        err.flush();
        return EXIT_USAGE;
    }
}
