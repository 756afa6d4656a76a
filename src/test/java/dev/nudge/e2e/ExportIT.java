package dev.nudge.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nudge.i18n.Language;
import dev.nudge.lesson.LessonMath;
import dev.nudge.step.registry.Kinds;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What lesson 15-code tells a learner to do, in a real terminal: save the program with {@code nudge export 15-code}
 * in a folder of their own, compile and run it with the line it prints, and read the lesson's numbers in its output.
 */
class ExportIT {
    private static final Path PROJECT = Path.of("").toAbsolutePath();

    @Test
    void theSavedProgramCompilesAndPrintsTheLessonsNumbers(@TempDir Path folder) throws Exception {
        var lesson = Kinds.loadToTeach(PROJECT.resolve("lessons")).course().orElseThrow().lessons(Language.EN)
                .stream().filter(l -> l.name().equals("15-code")).findFirst().orElseThrow();
        var math = LessonMath.of(lesson);
        var mse = String.format(Locale.ROOT, "MSE = %.6f", math.evaluate("MSE", List.of()).toDouble());
        var firstWeight = String.format(Locale.ROOT, "w_1 = %9.6f",
                math.evaluate("w_1 - 0.1 \\times dMSE/dw_1", List.of()).toDouble());

        try (var tmux = Tmux.start(100, 40, folder, "LANG=C.UTF-8")) {
            tmux.typeLine(PROJECT.resolve("nudge") + " export 15-code; echo \"EXIT-$((6*7)) $?\"");
            var said = tmux.awaitText("EXIT-42");
            assertThat(said).contains("Wrote the program of 15-code to 15-code.c. Compile and run it:",
                    "cc -std=c99 -o code 15-code.c && ./code", "EXIT-42 0");
            assertThat(folder.resolve("15-code.c")).exists();

            tmux.typeLine("clear; cc -std=c99 -o code 15-code.c && ./code | grep -m1 -A3 '^MSE';"
                    + " echo \"RAN-$((6*7)) $?\"");
            var ran = tmux.awaitText("RAN-42");
            assertThat(ran).contains(mse).contains("backward pass").contains("RAN-42 0");

            tmux.typeLine("clear; ./code | grep -A1 'one update'; echo \"UPDATE-$((6*7))\"");
            assertThat(tmux.awaitText("UPDATE-42")).contains(firstWeight);

            tmux.typeLine("clear; " + PROJECT.resolve("nudge") + " export 15-code; echo \"AGAIN-$((6*7)) $?\"");
            assertThat(tmux.awaitText("AGAIN-42")).contains("15-code.c is there already; give --force to overwrite",
                    "AGAIN-42 1");
        }
        assertThat(Files.readString(folder.resolve("15-code.c"))).contains("int main(void)");
    }
}
