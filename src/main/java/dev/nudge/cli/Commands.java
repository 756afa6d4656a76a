package dev.nudge.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.function.Function;
import picocli.CommandLine;

/**
 * The command tree, wired once so that {@link Main} and the tests run the same thing. Every subcommand is registered
 * here, by name, and in one way: made by its factory and added with {@code addSubcommand}, in the order the help
 * lists them.
 */
final class Commands {
    /** What the subcommands are made with: the locale's defaults, and the class server and lab they start. */
    private record Wiring(LocaleDefaults defaults, ServerLauncher server, LabCommand.LabSession lab) {
    }

    /** A subcommand, named as the command line names it, and how to make it. */
    private record Subcommand(String name, Function<Wiring, Object> command) {
    }

    private static final List<Subcommand> OF_LESSONS = List.of(new Subcommand("check", wiring -> new LessonsCheckCommand()));

    private static final List<Subcommand> OF_NUDGE = List.of(
            new Subcommand("lessons", wiring -> withSubcommands(new LessonsCommand(), OF_LESSONS, wiring)),
            new Subcommand("math", wiring -> new MathCommand()),
            new Subcommand("export", wiring -> new ExportCommand(wiring.defaults())),
            new Subcommand("report", wiring -> new ReportCommand()),
            new Subcommand("serve", wiring -> new ServeCommand(wiring.defaults(), wiring.server())),
            new Subcommand("lab", wiring -> new LabCommand(wiring.defaults(), wiring.lab())));

    private Commands() {
    }

    /** Whether {@code arg} is the name of a subcommand of {@code nudge}. */
    static boolean isCommandName(String arg) {
        for (var subcommand : OF_NUDGE) {
            if (subcommand.name().equals(arg)) {
                return true;
            }
        }
        return false;
    }

    /** Runs {@code args} as {@code nudge} with the real class server and lab, and returns the exit code. */
    static int run(LocaleDefaults defaults, LocalSession session, PrintWriter out, PrintWriter err, String... args) {
        return run(defaults, session, new ClassServerProcess(), new LabInTerminal(), out, err, args);
    }

    static int run(LocaleDefaults defaults, LocalSession session, ServerLauncher server, LabCommand.LabSession lab,
            PrintWriter out, PrintWriter err, String... args) {
        var commandLine = withSubcommands(new NudgeCommand(defaults, session), OF_NUDGE,
                new Wiring(defaults, server, lab));
        // Set after the subcommands are added: picocli hands these settings down only to those already there.
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setParameterExceptionHandler(new ShortUsageOnError());
        commandLine.setExecutionExceptionHandler(new CrashReport());
        return commandLine.execute(args);
    }

    private static CommandLine withSubcommands(Object command, List<Subcommand> subcommands, Wiring wiring) {
        var commandLine = new CommandLine(command);
        subcommands.forEach(subcommand -> commandLine.addSubcommand(subcommand.name(),
                subcommand.command().apply(wiring)));
        return commandLine;
    }
}
