package dev.nudge.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import picocli.CommandLine;

/**
 * The command tree, wired once so that {@link Main} and the tests run the same thing. Every subcommand is registered
 * here, by name, and built only when it is needed: a command line that names none of them (the tutor's own options,
 * such as {@code --lang ja}) is parsed by the root command alone, since building picocli's model of every command
 * costs about as much as everything else before the first frame. Help and every usage error come from the whole tree,
 * so they read exactly as they would had it been built at once.
 */
final class Commands {
    private Commands() {
    }

    /** A subcommand of {@code nudge}, named as the command line names it, and how to make it. */
    private record Subcommand(String name, Supplier<Object> command) {
    }

    /** Runs {@code args} as {@code nudge} with the real class server and lab, and returns the exit code. */
    static int run(LocaleDefaults defaults, LocalSession session, PrintWriter out, PrintWriter err, String... args) {
        return run(defaults, session, new ClassServerProcess(), new LabInTerminal(), out, err, args);
    }

    static int run(LocaleDefaults defaults, LocalSession session, ServerLauncher server, LabCommand.LabSession lab,
            PrintWriter out, PrintWriter err, String... args) {
        var subcommands = subcommands(defaults, server, lab);
        Supplier<CommandLine> whole = () -> tree(new NudgeCommand(defaults, session), subcommands, out, err);
        if (namesACommand(subcommands, args)) {
            return whole.get().execute(args);
        }
        var alone = tree(new NudgeCommand(defaults, session), List.of(), out, err);
        // A usage error, whether found while parsing or while starting (a blank --user), is told by the whole tree.
        alone.setParameterExceptionHandler((problem, again) -> whole.get().execute(again));
        alone.setExecutionStrategy(parsed -> parsed.isUsageHelpRequested() ? whole.get().execute(args)
                : new CommandLine.RunLast().execute(parsed));
        return alone.execute(args);
    }

    /** The subcommands of {@code nudge}, in the order its help lists them. */
    private static List<Subcommand> subcommands(LocaleDefaults defaults, ServerLauncher server,
            LabCommand.LabSession lab) {
        var check = List.of(new Subcommand("check", () -> new LessonsCheckCommand()));
        return List.of(
                new Subcommand("lessons", () -> withSubcommands(new LessonsCommand(), check)),
                new Subcommand("math", () -> new MathCommand()),
                new Subcommand("report", () -> new ReportCommand()),
                new Subcommand("serve", () -> new ServeCommand(defaults, server)),
                new Subcommand("lab", () -> new LabCommand(defaults, lab)));
    }

    /**
     * Whether any argument could name a subcommand: one of their names (also as the value of an option, which the
     * whole tree refuses), or an {@code @file} of arguments, which might.
     */
    private static boolean namesACommand(List<Subcommand> subcommands, String[] args) {
        return Arrays.stream(args).anyMatch(arg -> arg.startsWith("@")
                || subcommands.stream().anyMatch(subcommand -> subcommand.name().equals(arg)));
    }

    private static CommandLine tree(Object root, List<Subcommand> subcommands, PrintWriter out, PrintWriter err) {
        var commandLine = withSubcommands(root, subcommands);
        // Set after the subcommands are added: picocli hands these settings down only to those already there.
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setParameterExceptionHandler(new ShortUsageOnError());
        commandLine.setExecutionExceptionHandler(new CrashReport());
        return commandLine;
    }

    private static CommandLine withSubcommands(Object command, List<Subcommand> subcommands) {
        var commandLine = new CommandLine(command);
        subcommands.forEach(subcommand -> commandLine.addSubcommand(subcommand.name(), subcommand.command().get()));
        return commandLine;
    }
}
