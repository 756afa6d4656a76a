package dev.nudge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nudge.progress.sqlite.SqliteProgressStore;
import dev.nudge.report.CsvParser;
import dev.nudge.report.JsonParser;
import dev.nudge.report.ReportFixture;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code nudge report} on a real progress file, while a tutor still has it open. */
class ReportCommandTest {
    @TempDir
    Path data;

    record Run(int exitCode, String out, String err) {
    }

    /** Runs {@code nudge} with {@code args}, with a tutor that must not start. */
    static Run report(String... args) {
        var out = new StringWriter();
        var err = new StringWriter();
        LocalSession noTutor = (language, options, plain, who, errors) -> {
            throw new AssertionError("the tutor must not start");
        };
        int code = Commands.run(new LocaleDefaults(Map.of("LANG", "C.UTF-8")), noTutor, new PrintWriter(out),
                new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    private SqliteProgressStore storeWithTwoLearners() {
        var store = SqliteProgressStore.open(data.resolve("progress.db"));
        ReportFixture.ada().forEach(event -> store.record(ReportFixture.ADA, event));
        ReportFixture.alan().forEach(event -> store.record(ReportFixture.ALAN, event));
        store.flush();
        return store;
    }

    @Test
    @SuppressWarnings("unchecked")
    void jsonWhileATutorIsWriting() {
        try (var tutor = storeWithTwoLearners()) {
            var run = report("report", "--data", data.toString(), "--format", "json");
            assertThat(run.exitCode()).isZero();
            assertThat(run.err()).isEmpty();
            var json = (Map<String, Object>) JsonParser.parse(run.out());
            var learners = (List<Map<String, Object>>) json.get("learners");
            assertThat(learners).extracting(l -> l.get("learner")).containsExactly(ReportFixture.ADA,
                    ReportFixture.ALAN);
            assertThat(learners.get(0)).containsEntry("lessonsCompleted", BigDecimal.ONE);
            assertThat((List<?>) json.get("questions")).hasSize(3);
        }
    }

    @Test
    void csvAndTableFromTheSameFile() {
        storeWithTwoLearners().close();
        var csv = CsvParser.parse(report("report", "--format", "csv", "--data", data.toString()).out());
        assertThat(csv).hasSize(6);
        assertThat(csv.get(1)).contains(ReportFixture.ADA);
        var table = report("report", "--data", data.toString()).out();
        assertThat(table).startsWith("Learners (2)\n").contains("alan ", "6.10 The derivative / A different");
    }

    @Test
    void noFileYetGivesAnEmptyReportAndSaysWhere() {
        var run = report("report", "--data", data.toString(), "--format", "csv");
        assertThat(run.exitCode()).isZero();
        assertThat(CsvParser.parse(run.out())).hasSize(1);
        assertThat(run.err()).contains("no progress is kept in " + data.resolve("progress.db"), "--data DIR");
        assertThat(data.resolve("progress.db")).doesNotExist();
    }

    @Test
    void aDamagedFileIsNamedAndLeftAlone() throws IOException {
        var file = Files.writeString(data.resolve("progress.db"), "junk, not a database ".repeat(300));
        var run = report("report", "--data", data.toString());
        assertThat(run.exitCode()).isEqualTo(ReportCommand.EXIT_UNREADABLE);
        assertThat(run.err()).contains("cannot read the progress file " + file, "./nudge");
        assertThat(Files.readString(file)).startsWith("junk");
    }

    @Test
    void anUnknownFormatListsTheKnownOnes() {
        var run = report("report", "--format", "xml");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("unknown format 'xml'; choose table, csv or json");
    }

    @Test
    void aReadOnlyFolderIsReportedNormally() throws Exception {
        storeWithTwoLearners().close();
        Files.setPosixFilePermissions(data.resolve("progress.db"), PosixFilePermissions.fromString("r--r--r--"));
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            var run = report("report", "--data", data.toString(), "--format", "csv");
            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(run.err()).doesNotContain("damaged");
            assertThat(CsvParser.parse(run.out())).hasSize(1 + 2 + 3);
        } finally {
            Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void aLinkLoopIsNamedWithoutCallingTheFileDamaged() throws IOException {
        var file = Files.createSymbolicLink(data.resolve("progress.db"), Path.of("progress.db"));
        var run = report("report", "--data", data.toString());
        assertThat(run.exitCode()).isEqualTo(ReportCommand.EXIT_UNREADABLE);
        assertThat(run.err()).contains("cannot read the progress file " + file
                + " (it is a symbolic link that leads back to itself (a loop of links))").doesNotContain("damaged");
    }
}
