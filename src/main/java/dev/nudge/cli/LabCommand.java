package dev.nudge.cli;

import dev.nudge.i18n.Language;
import dev.nudge.lab.LabModel;
import dev.nudge.lab.LabSetup;
import dev.nudge.math.MathException;
import dev.nudge.tui.view.ViewOptions;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code nudge lab}: the lab on its own, with the article's model and data or with any model the engine can handle. */
@Command(
        name = "lab",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        sortOptions = false,
        description = {
            "Opens the lab: move the parameters yourself, watch the loss and its slope, and run gradient descent.",
            "",
            "Without options it starts from the article: f(x, P) = P_0 \\times x + P_1, the points (0, -2), (1, 1) "
                    + "and (2, 4), P_0 = 1, P_1 = 1 and rate 0.1."
        },
        footerHeading = "%nExample:%n",
        footer = "  nudge lab --model 'f(x,P) = P_0 x^2 + P_1 x + P_2' --data '0:-2,1:1,2:4' --params P_0=1,P_1=1,P_2=0")
final class LabCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--model", paramLabel = "DEF", defaultValue = "f(x, P) = P_0 \\times x + P_1",
            description = "The model, a function of x and the parameters. Default: ${DEFAULT-VALUE}")
    String model;

    @Option(names = "--data", paramLabel = "X:Y,...", defaultValue = "0:-2,1:1,2:4",
            description = "The data points. Default: ${DEFAULT-VALUE}")
    String data;

    @Option(names = "--params", paramLabel = "NAME=VALUE,...", defaultValue = "P_0=1,P_1=1",
            description = "The parameters' starting values. Default: ${DEFAULT-VALUE}")
    String params;

    @Option(names = "--rate", paramLabel = "RATE", defaultValue = "0.1",
            description = "The learning rate. Default: ${DEFAULT-VALUE}")
    String rate;

    @Mixin
    DisplayOptions display = new DisplayOptions();

    private final LocaleDefaults defaults;
    private final LabSession session;

    LabCommand(LocaleDefaults defaults, LabSession session) {
        this.defaults = defaults;
        this.session = session;
    }

    @Override
    public Integer call() {
        var err = spec.commandLine().getErr();
        LabModel start;
        try {
            var setup = LabSetup.of(LabArguments.model(model), LabArguments.points(data),
                    LabArguments.parameters(params), LabArguments.number(rate, "--rate"));
            start = startingAt(setup);
        } catch (MathException e) {
            err.println("nudge lab: " + e.getMessage());
            err.flush();
            return ShortUsageOnError.EXIT_USAGE;
        }
        return session.run(start, display.language(defaults), display.viewOptions(defaults), err);
    }

    private static LabModel startingAt(LabSetup setup) {
        try {
            return LabModel.start(setup);
        } catch (MathException e) {
            throw new MathException("the loss cannot be computed at the starting values: " + e.problem()
                    + "; start from smaller values or data");
        }
    }

    /** Runs the lab in the terminal and returns the exit code; tests put a recorder in its place. */
    @FunctionalInterface
    interface LabSession {
        int run(LabModel model, Language language, ViewOptions options, java.io.PrintWriter err);
    }
}
