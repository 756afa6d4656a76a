package dev.nudge.cli;

import dev.nudge.export.NetworkProgram;
import dev.nudge.lesson.Course;
import dev.nudge.lesson.LessonProgram;
import dev.nudge.lesson.Problem;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/**
 * The part of {@code nudge lessons check} that needs a C compiler: every lesson's program (in every language, each
 * distinct source once) compiled as a learner compiles it; a failure is a problem at the lesson's first program
 * block, with what the compiler said.
 */
final class ProgramsCompiled {
    private ProgramsCompiled() {
    }

    /** What the check found: its problems, or that no compiler was there to run it. */
    record Outcome(List<Problem> problems, Optional<String> notCompiled) {
    }

    static Outcome check(Course<?> course, Optional<CCompiler> compiler) {
        var lessons = course.languages().stream().flatMap(language -> course.lessons(language).stream())
                .filter(LessonProgram::has).toList();
        if (lessons.isEmpty()) {
            return new Outcome(List.of(), Optional.empty());
        }
        if (compiler.isEmpty()) {
            return new Outcome(List.of(), Optional.of("the lessons' C programs were not compiled: there is no cc or gcc"
                    + " on the PATH"));
        }
        var problems = new ArrayList<Problem>();
        var compiled = new HashSet<String>();
        for (var lesson : lessons) {
            var program = LessonProgram.of(lesson);
            if (program.isEmpty() || !compiled.add(program.get().text())) {
                continue;
            }
            var opening = LessonProgram.blocks(lesson).get(0).opening();
            compiler.get().problems(NetworkProgram.fileName(lesson.name()), program.get().text())
                    .ifPresent(said -> problems.add(new Problem(lesson.file(), opening.line(), opening.column(),
                            "the program does not compile with " + compiler.get().name() + " -std=c99 -Wall -Werror: "
                                    + said.lines().findFirst().orElse(said))));
        }
        return new Outcome(problems, Optional.empty());
    }
}
