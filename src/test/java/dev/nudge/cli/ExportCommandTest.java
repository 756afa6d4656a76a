package dev.nudge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code nudge export}: writes a lesson's program, never over a file unless told, and names the lessons that have one. */
class ExportCommandTest {
    private static final String COURSE = Path.of("src", "test", "resources", "network-program-course").toString();

    private record Run(int exitCode, String out, String err) {
    }

    private static Run export(String... args) {
        var out = new StringWriter();
        var err = new StringWriter();
        LocalSession noTutor = (language, options, plain, who, errors) -> {
            throw new AssertionError("export must not start a tutor");
        };
        var all = new String[args.length + 1];
        all[0] = "export";
        System.arraycopy(args, 0, all, 1, args.length);
        int exitCode = Commands.run(new LocaleDefaults(Map.of("LANG", "en_US.UTF-8")), noTutor, new PrintWriter(out),
                new PrintWriter(err), all);
        return new Run(exitCode, out.toString(), err.toString());
    }

    @Test
    void writesTheProgramAndSaysHowToCompileAndRunIt(@TempDir Path folder) throws Exception {
        var file = folder.resolve("network.c");

        var run = export("01-network", "--course", COURSE, "--output", file.toString());

        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isZero();
        assertThat(Files.readString(file)).startsWith("/* 01-network: the tiny network of the lesson, 1 -> 2 relu -> 1.")
                .contains("static double relu(double z)").contains("int main(void)");
        assertThat(run.out()).isEqualTo("Wrote the program of 01-network to " + file + ". Compile and run it:\n"
                + "  cc -std=c99 -o " + folder.resolve("network") + " " + file + " && " + folder.resolve("network")
                + "\n");
    }

    @Test
    void theLessonsIdAndTheOtherLanguageGiveTheSameProgram(@TempDir Path folder) throws Exception {
        var byName = folder.resolve("a.c");
        var byId = folder.resolve("b.c");

        assertThat(export("01-network", "--course", COURSE, "-o", byName.toString()).exitCode()).isZero();
        assertThat(export("network", "--lang", "ja", "--course", COURSE, "-o", byId.toString()).exitCode()).isZero();

        assertThat(Files.readString(byId)).isEqualTo(Files.readString(byName));
    }

    @Test
    void refusesToOverwriteAFileWithoutForce(@TempDir Path folder) throws Exception {
        var file = folder.resolve("mine.c");
        Files.writeString(file, "my own work\n");

        var refused = export("01-network", "--course", COURSE, "--output", file.toString());

        assertThat(refused.exitCode()).isEqualTo(ExportCommand.EXIT_REFUSED);
        assertThat(refused.err()).isEqualTo("nudge export: " + file + " is there already; give --force to overwrite"
                + " it, or --output to write elsewhere\n");
        assertThat(Files.readString(file)).isEqualTo("my own work\n");

        var forced = export("01-network", "--course", COURSE, "--output", file.toString(), "--force");

        assertThat(forced.exitCode()).isZero();
        assertThat(Files.readString(file)).contains("int main(void)");
    }

    @Test
    void anUnknownLessonIsRefusedWithTheLessonsThatHaveAProgram() {
        var run = export("13-backprop", "--course", COURSE);

        assertThat(run.exitCode()).isEqualTo(ExportCommand.EXIT_UNKNOWN);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("nudge export: there is no lesson 13-backprop; these lessons have one:"
                + " 01-network\n");
    }

    @Test
    void aLessonWithoutANetworkHasNoProgram() {
        var run = export("01-line", "--course", Path.of("src", "test", "resources", "fixture-course").toString());

        assertThat(run.exitCode()).isEqualTo(ExportCommand.EXIT_UNKNOWN);
        assertThat(run.err()).isEqualTo("nudge export: the lesson 01-line has no program to export; no lesson of this"
                + " course has one\n");
    }

    @Test
    void theRealCoursesCodeLessonExports(@TempDir Path folder) throws Exception {
        var file = folder.resolve("15-code.c");

        var run = export("15-code", "--course", "lessons", "-o", file.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(Files.readString(file)).contains("static const int steps = 200;");
    }
}
