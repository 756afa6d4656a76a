package dev.nudge.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

/** The command tree, wired once so that {@link Main} and the tests run the same thing. */
final class Commands {
    private Commands() {
    }

    static CommandLine create(LocaleDefaults defaults, LocalSession session, PrintWriter out, PrintWriter err) {
        return create(defaults, session, new ClassServerProcess(), new LabInTerminal(), out, err);
    }

    static CommandLine create(LocaleDefaults defaults, LocalSession session, ServerLauncher server,
            LabCommand.LabSession lab, PrintWriter out, PrintWriter err) {
        var commandLine = new CommandLine(new NudgeCommand(defaults, session));
        commandLine.addSubcommand("serve", new ServeCommand(defaults, server));
        commandLine.addSubcommand("lab", new LabCommand(defaults, lab));
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setParameterExceptionHandler(new ShortUsageOnError());
        commandLine.setExecutionExceptionHandler(new CrashReport());
        return commandLine;
    }
}
