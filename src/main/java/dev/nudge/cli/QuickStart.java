package dev.nudge.cli;

import dev.nudge.i18n.Language;
import dev.nudge.progress.postgresql.PostgresAddress;
import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * {@code nudge} started without picocli: bare, or with only the tutor's own options, each once, in the forms the
 * help shows ({@code --lang ja}, {@code --lang=ja}, {@code --ascii}, ...). Building picocli's model, even of the root
 * command alone, costs about as much as everything else before the first frame together (see docs/benchmarks.md),
 * and a learner who always passes {@code --lang ja} should start as fast as one who passes
 * nothing. Anything else (help, the version, a command, a repeated or conflicting option, a value that is unknown,
 * blank, or could be read another way) is left to picocli, which stays the definition of the command line and says
 * what is wrong: {@code QuickStartTest} checks that every command line read here is read the same by picocli.
 */
final class QuickStart {
    /** The tutor's options without a value, as {@link NudgeCommand} and {@link DisplayOptions} declare them. */
    static final Set<String> FLAGS = Set.of("--ascii", "--unicode", "--no-color", "--plain");
    /** The tutor's options with a value, as {@link NudgeCommand}, {@link DisplayOptions} and {@link DataOption} declare them. */
    static final Set<String> WITH_VALUE = Set.of("--lang", "--subscripts", "--user", "--data", "--store");

    private QuickStart() {
    }

    /** The tutor as {@code args} start it, or empty when they need picocli. */
    static Optional<NudgeCommand> read(String[] args, LocaleDefaults defaults, LocalSession session) {
        var tutor = new NudgeCommand(defaults, session);
        var seen = new HashSet<String>();
        for (int i = 0; i < args.length; i++) {
            var arg = args[i];
            int equals = arg.indexOf('=');
            var name = equals > 0 ? arg.substring(0, equals) : arg;
            String value = null;
            if (equals > 0 && WITH_VALUE.contains(name)) {
                value = arg.substring(equals + 1);
            } else if (WITH_VALUE.contains(arg) && i + 1 < args.length) {
                value = args[++i];
            } else if (!FLAGS.contains(arg)) {
                return Optional.empty();
            }
            if (!seen.add(name) || value != null && !set(tutor, name, value) || value == null && !set(tutor, name)) {
                return Optional.empty();
            }
        }
        return seen.contains("--ascii") && seen.contains("--unicode") ? Optional.empty() : Optional.of(tutor);
    }

    static int run(NudgeCommand tutor, PrintWriter err) {
        try {
            return tutor.start(err);
        } catch (RuntimeException problem) {
            return CrashReport.report(problem, err);
        }
    }

    private static boolean set(NudgeCommand tutor, String flag) {
        switch (flag) {
            case "--ascii" -> characterSet(tutor).ascii = true;
            case "--unicode" -> characterSet(tutor).unicode = true;
            case "--no-color" -> tutor.display.noColor = true;
            default -> tutor.plain = true;
        }
        return true;
    }

    /** Takes {@code value} for option {@code name}, unless picocli could read it otherwise or refuse it. */
    private static boolean set(NudgeCommand tutor, String name, String value) {
        if (value.isBlank() || value.startsWith("-") || value.startsWith("@") || Commands.isCommandName(value)) {
            return false;
        }
        switch (name) {
            case "--lang" -> tutor.display.language = Language.fromCode(value).orElse(null);
            case "--subscripts" -> tutor.display.subscripts = SubscriptsConverter.read(value).orElse(null);
            case "--user" -> tutor.user = value;
            case "--store" -> {
                try {
                    tutor.data.store = PostgresAddress.parse(value);
                } catch (IllegalArgumentException e) {
                    return false; // picocli says what is wrong with it
                }
            }
            default -> {
                try {
                    tutor.data.folder = Path.of(value);
                } catch (InvalidPathException e) {
                    return false;
                }
            }
        }
        return switch (name) {
            case "--lang" -> tutor.display.language != null;
            case "--subscripts" -> tutor.display.subscripts != null;
            default -> true;
        };
    }

    private static DisplayOptions.CharacterSet characterSet(NudgeCommand tutor) {
        if (tutor.display.characterSet == null) {
            tutor.display.characterSet = new DisplayOptions.CharacterSet();
        }
        return tutor.display.characterSet;
    }
}
