package dev.nudge.cli;

import dev.nudge.export.NetworkProgram;
import dev.nudge.i18n.Language;
import dev.nudge.lesson.Lesson;
import dev.nudge.lesson.LessonProgram;
import dev.nudge.step.registry.Kinds;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code nudge export LESSON}: saves a network lesson's computation as a C program the learner can compile and run,
 * which prints the numbers the lesson showed.
 */
@Command(name = "export", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        sortOptions = false,
        description = {
            "Saves a network lesson as a short C program that prints the lesson's numbers: the forward pass, the MSE,"
                    + " the backward pass, one update and the training.",
            "It compiles with any C compiler and needs no library beyond the standard one."
        },
        footer = {"", "Example:", "  nudge export 15-code", "  cc -std=c99 -o code 15-code.c && ./code"})
final class ExportCommand implements Callable<Integer> {
    static final int EXIT_REFUSED = 1;
    static final int EXIT_UNKNOWN = 2;

    @Spec
    CommandSpec spec;

    private final LocaleDefaults defaults;

    @Parameters(index = "0", paramLabel = "LESSON", description = "The lesson, as the course lists it, such as"
            + " 15-code (its id works too).")
    String lesson;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Where to write the program. Default: LESSON.c in the current folder.")
    Path output;

    @Option(names = "--force", description = "Overwrite FILE if it is there already.")
    boolean force;

    @Option(names = "--lang", paramLabel = "en|ja", converter = LanguageConverter.class,
            description = "Which language's lesson to read; every language gives the same program. Default: from the"
                    + " locale.")
    Language language;

    @Option(names = "--course", paramLabel = "DIR", description = "The course folder. Default: the lessons/ of nudge.")
    Path course;

    ExportCommand(LocaleDefaults defaults) {
        this.defaults = defaults;
    }

    @Override
    public Integer call() throws IOException {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        var folder = course != null ? course : CourseLocation.defaultFolder();
        var loaded = Kinds.loadToTeach(folder);
        if (!loaded.clean()) {
            err.println("nudge export: the course in " + folder + " has problems; run 'nudge lessons check' to see"
                    + " them");
            err.flush();
            return EXIT_UNKNOWN;
        }
        var lessons = loaded.course().orElseThrow().lessons(language != null ? language : defaults.language());
        var withPrograms = lessons.stream().filter(LessonProgram::has).toList();
        var chosen = lessons.stream().filter(l -> l.name().equals(lesson) || l.id().equals(lesson)).findFirst();
        var program = chosen.flatMap(LessonProgram::of);
        if (program.isEmpty()) {
            err.println("nudge export: " + unknown(chosen, withPrograms));
            err.flush();
            return EXIT_UNKNOWN;
        }
        var name = chosen.get().name();
        var file = output != null ? output : Path.of(NetworkProgram.fileName(name));
        if (Files.exists(file) && !force) {
            err.println("nudge export: " + file + " is there already; give --force to overwrite it, or --output to"
                    + " write elsewhere");
            err.flush();
            return EXIT_REFUSED;
        }
        Files.writeString(file, program.get().text(), StandardCharsets.UTF_8);
        out.println("Wrote the program of " + name + " to " + file + ". Compile and run it:");
        out.println("  " + compileAndRun(name, file));
        out.flush();
        return 0;
    }

    private String unknown(Optional<? extends Lesson<?>> chosen, List<? extends Lesson<?>> withPrograms) {
        var which = withPrograms.isEmpty() ? "no lesson of this course has one"
                : "these lessons have one: "
                        + withPrograms.stream().map(Lesson::name).collect(Collectors.joining(", "));
        return (chosen.isPresent() ? "the lesson " + lesson + " has no program to export"
                : "there is no lesson " + lesson) + "; " + which;
    }

    /** The command for the file where it was written: the lesson's own line when it is the default file. */
    private static String compileAndRun(String name, Path file) {
        var executable = NetworkProgram.executableName(name);
        if (file.equals(Path.of(NetworkProgram.fileName(name)))) {
            return NetworkProgram.compileAndRun(name);
        }
        var binary = file.toAbsolutePath().getParent().resolve(executable);
        return "cc -std=c99 -o " + quoted(binary) + " " + quoted(file) + " && " + quoted(binary);
    }

    private static String quoted(Path path) {
        var text = path.toString();
        return text.matches("[A-Za-z0-9_./-]+") ? text : "'" + text.replace("'", "'\\''") + "'";
    }
}
