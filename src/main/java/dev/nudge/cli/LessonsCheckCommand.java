package dev.nudge.cli;

import dev.nudge.lesson.Course;
import dev.nudge.step.registry.Kinds;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code nudge lessons check [DIR]}: loads a whole course and lists every problem as {@code file:line:col: message}. */
@Command(name = "check", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {
            "Checks a course: every file, step and expression, and that every language tells the same course.",
            "Lists every problem as file:line:column: message and exits 1, or prints a summary and exits 0."
        })
final class LessonsCheckCommand implements Callable<Integer> {
    static final int EXIT_PROBLEMS = 1;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "DIR", description = "The course folder. Default: the lessons/ of nudge.")
    Path folder;

    @Override
    public Integer call() {
        var dir = folder != null ? folder : CourseLocation.defaultFolder();
        var loaded = Kinds.load(dir);
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        var programs = loaded.course().map(course -> ProgramsCompiled.check(course, CCompiler.onPath()));
        programs.flatMap(ProgramsCompiled.Outcome::notCompiled).ifPresent(note -> out.println("note: " + note));
        var result = programs.map(outcome -> loaded.with(outcome.problems())).orElse(loaded);
        for (var problem : result.problems()) {
            err.println(CourseLocation.shown(problem));
        }
        if (!result.clean()) {
            err.println(result.problems().size() + " problem" + (result.problems().size() == 1 ? "" : "s") + " in "
                    + dir);
            err.flush();
            return EXIT_PROBLEMS;
        }
        out.println(summary(dir, result.course().orElseThrow()));
        out.flush();
        return 0;
    }

    static String summary(Path dir, Course<?> course) {
        var lessons = course.lessons(course.languages().get(0));
        var steps = lessons.stream().flatMap(l -> l.steps().stream()).toList();
        var kinds = Kinds.names().stream().map(kind -> count(steps.stream().filter(s -> s.kind().equals(kind)).count(), kind))
                .collect(Collectors.joining(", "));
        var languages = course.languages().stream().map(l -> l.code()).collect(Collectors.joining(", "));
        return dir + ": no problems: " + count(lessons.size(), "lesson") + ", " + count(steps.size(), "step") + " ("
                + kinds + ") in " + languages;
    }

    /** "1 quiz", "3 quizzes"; a kind already named in the plural is counted in steps: "3 nudges steps". */
    private static String count(long n, String noun) {
        if (noun.endsWith("s") && !noun.endsWith("ss")) {
            return n + " " + noun + (n == 1 ? " step" : " steps");
        }
        var plural = noun.endsWith("z") ? noun + "zes" : noun.endsWith("s") ? noun + "es" : noun + "s";
        return n + " " + (n == 1 ? noun : plural);
    }
}
