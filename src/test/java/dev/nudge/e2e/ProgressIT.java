package dev.nudge.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nudge.step.quiz.ShownChoices;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real {@code ./nudge} keeps progress between runs, and says so plainly when its file is damaged. */
class ProgressIT {
    private static final Path PROJECT = Path.of("").toAbsolutePath();

    @TempDir
    Path data;

    /** Runs the plain tutor with {@code input} typed and returns everything it wrote. */
    private String plain(String input, String... arguments) throws IOException, InterruptedException {
        var command = new ArrayList<>(List.of(PROJECT.resolve("nudge").toString(), "--plain",
                "--lang", "en", "--data", data.toString()));
        command.addAll(List.of(arguments));
        var builder = new ProcessBuilder(command).directory(PROJECT.toFile()).redirectErrorStream(true);
        builder.environment().put("LANG", "C.UTF-8");
        var process = builder.start();
        try (var in = process.getOutputStream()) {
            in.write(input.getBytes(StandardCharsets.UTF_8));
        }
        var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return output;
    }

    @Test
    void theNextRunContinuesWhereTheLastStopped() throws IOException, InterruptedException {
        plain("\n\n\nq\n", "--user", "ada");
        assertThat(plain("q\n", "--user", "ada")).contains("continue at lesson 1, step 3");
        assertThat(plain("q\n", "--user", "alan")).doesNotContain("continue at");
    }

    private static void awaitTitle(Tmux tmux, String title) throws InterruptedException {
        tmux.awaitScreen(screen -> screen.lines().findFirst().orElse("").contains(title), "the title " + title);
    }

    /** Answers the first lesson's four steps and lands on the first step of lesson 2. */
    private static void finishTheFirstLesson(Tmux tmux) throws InterruptedException {
        tmux.awaitText("Start the course");
        tmux.press("Enter");
        for (int step = 1; step <= 3; step++) {
            awaitTitle(tmux, step + "/4");
            tmux.press("Enter");
        }
        awaitTitle(tmux, "4/4");
        // The choices are in this learner's own order: answer by what the right one says.
        tmux.type(ShownChoices.numberOn(tmux.awaitText(") P₀ and P₁"), "P₀ and P₁"));
        tmux.awaitText("Right!");
        tmux.press("Enter");
        awaitTitle(tmux, "Lesson 2/");
    }

    @Test
    void quittingAndStartingAgainContinuesAtTheSameStepWithTheScore() throws InterruptedException {
        try (var tmux = Tmux.start(80, 24, PROJECT, "LANG=C.UTF-8")) {
            tmux.typeLine("./nudge; echo \"EXIT=$?\"");
            finishTheFirstLesson(tmux);
            tmux.type("q");
            tmux.awaitText("EXIT=0");
            tmux.typeLine("clear; ./nudge; echo \"EXIT=$?\"");
            tmux.awaitText("Continue: lesson 2, step 1");
            tmux.type("t");
            // The contents arrive in pieces: wait for the first lesson's row, with its mark and score.
            var lessonDone = Pattern.compile("✓ +1\\. A network is a function +quizzes 1/1");
            tmux.awaitScreen(screen -> screen.contains("Contents") && lessonDone.matcher(screen).find(),
                    "the first lesson marked done with its quiz score");
            tmux.press("Escape");
            tmux.awaitText("Continue: lesson 2, step 1");
            tmux.press("Enter");
            awaitTitle(tmux, "Lesson 2/");
            awaitTitle(tmux, "1/5");
            tmux.type("q");
            tmux.awaitText("EXIT=0");
        }
    }

    @Test
    void aKilledTutorLosesNothingAnswered() throws InterruptedException {
        try (var tmux = Tmux.start(80, 24, PROJECT, "LANG=C.UTF-8")) {
            tmux.typeLine("./nudge; echo \"EXIT=$?\"");
            finishTheFirstLesson(tmux);
            var java = ProcessHandle.of(tmux.shellPid()).flatMap(shell -> shell.children().findFirst()).orElseThrow();
            java.destroyForcibly();
            tmux.awaitText("EXIT=137");
            tmux.typeLine("reset; clear; ./nudge; echo \"EXIT=$?\"");
            tmux.awaitText("Continue: lesson 2, step 1");
            tmux.type("q");
            tmux.awaitText("EXIT=0");
        }
    }

    @Test
    void aDamagedFileIsSetAsideWithAMessage() throws IOException, InterruptedException {
        Files.writeString(data.resolve("progress.db"), "not a database at all\n".repeat(200));
        var output = plain("q\n");
        assertThat(output).contains("nudge: the progress file " + data.resolve("progress.db") + " is damaged",
                "It was kept as " + data.resolve("progress.db.corrupt-"));
        try (var files = Files.list(data)) {
            assertThat(files.map(file -> file.getFileName().toString()))
                    .anyMatch(name -> name.startsWith("progress.db.corrupt-")).contains("progress.db");
        }
    }

    @Test
    void aProgressFileThatIsALinkToItselfGetsAMessageAndTheTerminalComesBack() throws Exception {
        try (var tmux = Tmux.start(80, 24, PROJECT, "LANG=C.UTF-8")) {
            var file = Files.createSymbolicLink(tmux.data().resolve("progress.db"), Path.of("progress.db"));
            tmux.typeLine("./nudge; echo \"EXIT=$?\"");
            tmux.awaitText("Start the course");
            tmux.press("Enter");
            awaitTitle(tmux, "Lesson 1/");
            tmux.type("q");
            var screen = tmux.awaitText("EXIT=0");
            assertThat(screen.replace("\n", "")).contains("nudge: cannot use the progress file " + file
                    + ": it is a symbolic link that leads back to itself");
            tmux.assertTerminalGivenBack("0");
        }
    }
}
