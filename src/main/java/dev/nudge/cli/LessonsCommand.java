package dev.nudge.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code nudge lessons ...}: tools for lesson authors. */
@Command(name = "lessons", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Tools for lesson authors. See docs/lesson-format.md for the format.")
final class LessonsCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "say what to do with the lessons, such as: nudge lessons check");
    }
}
