package dev.nudge.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nudge.progress.LearnerTally;
import dev.nudge.progress.StepKey;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Names, keys and step ids come from outside (a learner chooses their name, anyone with a key can log in): in the
 * table no control character reaches the teacher's terminal, in CSV no cell is a formula, and JSON keeps the text
 * exactly, escaped.
 */
class HostileTextTest {
    /** Clears the screen, forges a line, reverses what follows, and is a spreadsheet formula. */
    private static final String NAME = "=cmd|' /C calc'!A0\u001b[2J\nroot\u202Eevil";
    private static final String FINGERPRINT = "SHA256:abc\u001b]0;owned\u0007";
    private static final StepKey STEP = new StepKey("@lesson", "-step\u009b1m");

    private static ClassReport report() {
        var builder = ClassReport.builder(Optional.empty());
        builder.questions(Map.of(STEP, ClassReport.QUIZ));
        builder.learner(new LearnerTally(NAME, Instant.parse("2025-03-01T09:30:00Z"), Optional.of(STEP),
                List.of(new LearnerTally.StepTally(STEP, true, false, 1)), List.of(FINGERPRINT, "SHA256:second")));
        return builder.build();
    }

    @Test
    void theTableShowsControlCharactersWrittenOut() {
        var table = ReportFormat.TABLE.render(report(), ZoneOffset.UTC);
        assertThat(table).doesNotContain("\u001b", "\u202E", "\u0007", "\u009b");
        assertThat(table).contains("=cmd|' /C calc'!A0\\x1B[2J\\nroot\\u202Eevil",
                "SHA256:abc\\x1B]0;owned\\x07 SHA256:second", "@lesson/-step\\x9B1m");
        assertThat(table.lines().filter(line -> line.contains("root"))).as("no forged line").hasSize(1);
    }

    @Test
    void csvCellsAreNeverFormulasAndHoldTheKeys() {
        var rows = CsvParser.parse(ReportFormat.CSV.render(report(), ZoneOffset.UTC));
        var learner = rows.get(1);
        assertThat(learner.get(1)).isEqualTo("'=cmd|' /C calc'!A0\\x1B[2J\\nroot\\u202Eevil");
        assertThat(learner.get(2)).isEqualTo("'@lesson");
        assertThat(learner.get(3)).isEqualTo("'-step\\x9B1m");
        assertThat(learner.get(CsvReport.HEADER.indexOf("key_fingerprints")))
                .isEqualTo("SHA256:abc\\x1B]0;owned\\x07 SHA256:second");
        for (var row : rows) {
            assertThat(row).allSatisfy(cell -> assertThat(cell).doesNotStartWith("=").doesNotStartWith("+")
                    .doesNotStartWith("-").doesNotStartWith("@"));
        }
    }

    @Test
    void jsonKeepsTheTextExactlyAndEscapesEveryControlCharacter() {
        var json = ReportFormat.JSON.render(report(), ZoneOffset.UTC);
        assertThat(json).doesNotContain("\u001b", "\u202E", "\u0007", "\u009b", "root\n");
        @SuppressWarnings("unchecked")
        var learner = ((List<Map<String, Object>>) ((Map<String, Object>) JsonParser.parse(json)).get("learners")).get(0);
        assertThat(learner).containsEntry("learner", NAME).containsEntry("keyFingerprints",
                List.of(FINGERPRINT, "SHA256:second"));
    }
}
