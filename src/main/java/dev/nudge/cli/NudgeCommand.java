package dev.nudge.cli;

import dev.nudge.i18n.Language;
import dev.nudge.layout.Line;
import dev.nudge.tui.view.ViewOptions;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The root command: with no subcommand it starts the tutor in this terminal. */
@Command(
        name = "nudge",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        sortOptions = false,
        usageHelpAutoWidth = true,
        description = {
            "A terminal tutor for the basics of neural networks: a network is a function with "
                    + "adjustable parameters, a loss says how wrong it is, and the derivative of the loss "
                    + "says which way to nudge each parameter.",
            "",
            "With no command, starts the tutor in this terminal."
        },
        footerHeading = "%nKeys in the tutor:%n",
        footer = {
            "  Enter   start",
            "  ?       help: every key",
            "  Esc     close a panel",
            "  q       quit (also Ctrl-C)",
            "",
            "Environment: LANG, LC_ALL, LC_MESSAGES choose the language (ja* gives Japanese);",
            "a UTF-8 locale gives Unicode drawing; TERM=linux, vt100 or dumb gives ASCII;",
            "NO_COLOR turns colour off; NUDGE_DATA chooses where progress is kept (as --data).",
            "",
            "'nudge lab' opens the lab on its own: move the parameters and run gradient descent.",
            "",
            "Progress is saved as you go in progress.db in the data folder (or, with --store, in the",
            "class's PostgreSQL database); 'nudge report' shows everyone's."
        })
final class NudgeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DisplayOptions display = new DisplayOptions();

    @Option(names = "--plain", description = "Line by line, without full-screen drawing: for screen readers, "
            + "TERM=dumb and pipes. Chosen by itself when there is no terminal.")
    boolean plain;

    @Option(names = "--user", paramLabel = "NAME",
            description = "Whose progress to keep and continue. Default: your user name on this computer.")
    String user;

    @Mixin
    DataOption data = new DataOption();

    private final LocaleDefaults defaults;
    private final LocalSession session;

    NudgeCommand(LocaleDefaults defaults, LocalSession session) {
        this.defaults = defaults;
        this.session = session;
    }

    Language chosenLanguage() {
        return display.language(defaults);
    }

    ViewOptions chosenViewOptions() {
        return display.viewOptions(defaults);
    }

    LearnerData learnerData() {
        if (user != null && user.isBlank()) {
            throw new ParameterException(spec.commandLine(), "--user needs a name");
        }
        return new LearnerData(user != null ? user.strip() : Learners.local(), data.directory(),
                Optional.ofNullable(data.store));
    }

    @Override
    public Integer call() {
        return start(spec.commandLine().getErr());
    }

    /** Starts the tutor with the options given (none, when picocli was not asked), and returns the exit code. */
    int start(PrintWriter err) {
        return session.run(chosenLanguage(), chosenViewOptions(), plain, learnerData(), err);
    }
}
