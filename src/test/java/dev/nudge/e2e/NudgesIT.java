package dev.nudge.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nudge.i18n.Language;
import dev.nudge.lesson.LessonMath;
import dev.nudge.step.nudges.NudgeEntry;
import dev.nudge.step.nudges.NudgesStep;
import dev.nudge.step.nudges.NudgesTable;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shrinking-nudge table of lesson 6 as a learner meets it: in a real terminal a nudge of 0 is refused with its
 * reason and a nudge of one's own appears as a row in the table; in plain mode through a pipe, in Japanese, a typed
 * line adds the row.
 */
class NudgesIT {
    private static final Path PROJECT = Path.of("").toAbsolutePath();

    /** The row the table gets for {@code typed}, as the engine computes it from the course in {@code language}. */
    private static NudgesTable.Row row(Language language, String typed) {
        var lesson = RealCourse.lesson("derivative", language);
        var step = (NudgesStep) lesson.steps().stream().filter(s -> s.id().equals("shrinking-nudges")).findFirst()
                .orElseThrow();
        var table = NudgeEntry.of(typed, NudgesTable.of(LessonMath.of(lesson), step)).table().orElseThrow();
        return table.rows().stream().filter(NudgesTable.Row::own).findFirst().orElseThrow();
    }

    @Test
    void aTypedNudgeIsARowOfTheTable() throws InterruptedException {
        var row = row(Language.EN, "0.00001");
        try (var tmux = Tmux.start(80, 24, PROJECT, "LANG=C.UTF-8")) {
            RealCourse.openTheDerivativeLesson(tmux);
            tmux.type("n");
            tmux.awaitScreen(screen -> screen.contains("change ÷ nudge") && screen.contains("6.0001")
                    && screen.contains("Enter type a nudge"), "the table of nudges");
            tmux.press("Enter");
            tmux.type("0");
            tmux.press("Enter");
            tmux.awaitText("A nudge of 0 moves nothing");
            tmux.press("C-u");
            tmux.type("0.00001");
            tmux.press("Enter");
            tmux.awaitScreen(screen -> screen.contains("✓ The row for 0.00001 is in the table.")
                    && screen.contains(row.lossAfter().toString()) && screen.contains(row.ratio() + "  ← yours")
                    && screen.contains("i type a nudge"), "the row of the nudge typed");
            tmux.press("Enter");
            tmux.awaitText(RealCourse.position("derivative", "derive-limit"));
            tmux.press("Escape");
            Thread.sleep(700);
            tmux.type("q");
            tmux.awaitText("EXIT=0");
        }
    }

    @Test
    void inPlainModeATypedLineAddsARow(@TempDir Path data) throws IOException, InterruptedException {
        var row = row(Language.JA, "0.05");
        var output = PlainRun.run("ja", data, "t\n6\nn\n0.05\nq\n");
        assertThat(output).contains("(" + RealCourse.position("derivative", "shrinking-nudges") + ")", "動かす幅 0.1：損失は", "0.05 の行を表に加えました。",
                "動かす幅 0.05：損失は " + row.lossAfter() + " になり、変化は " + row.change() + "、動かす幅の "
                        + row.ratio() + " 倍です。").doesNotContain("\u001b[");
    }
}
