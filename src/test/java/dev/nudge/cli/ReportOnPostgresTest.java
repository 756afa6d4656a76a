package dev.nudge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nudge.progress.jdbc.JdbcProgressStore;
import dev.nudge.progress.postgresql.OnePostgres;
import dev.nudge.progress.postgresql.PostgresAddress;
import dev.nudge.progress.postgresql.PostgresProgressStore;
import dev.nudge.progress.sqlite.SqliteProgressStore;
import dev.nudge.report.ReportFixture;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code nudge report --store} on a real PostgreSQL, through the command line: the same learners give the same
 * report as from a progress file, and a database nobody wrote to yet, or one that does not answer, is said in a line.
 */
class ReportOnPostgresTest {
    @RegisterExtension
    static final OnePostgres POSTGRES = new OnePostgres();

    @TempDir
    Path data;


    private static void twoLearnersIn(JdbcProgressStore store) {
        try (store) {
            ReportFixture.ada().forEach(event -> store.record(ReportFixture.ADA, event));
            ReportFixture.alan().forEach(event -> store.record(ReportFixture.ALAN, event));
            store.keyUsed(ReportFixture.ADA, "SHA256:ada-laptop");
        }
    }

    @Test
    void theReportOfADatabaseIsTheReportOfAFileWithTheSameProgress() throws Exception {
        var url = POSTGRES.newLocation();
        twoLearnersIn(PostgresProgressStore.open(PostgresAddress.parse(url), Map.of(), Clock.systemUTC()));
        twoLearnersIn(SqliteProgressStore.open(data.resolve("progress.db")));
        for (var format : new String[] {"table", "csv", "json"}) {
            var fromDatabase = ReportCommandTest.report("report", "--store", url, "--format", format);
            var fromFile = ReportCommandTest.report("report", "--data", data.toString(), "--format", format);
            assertThat(fromDatabase.exitCode()).as(format).isZero();
            assertThat(fromDatabase.err()).as(format).isEmpty();
            assertThat(withoutTimes(fromDatabase.out())).as(format).isEqualTo(withoutTimes(fromFile.out()))
                    .contains(ReportFixture.ALAN);
        }
        assertThat(ReportCommandTest.report("report", "--store", url, "--format", "json").out()).contains("SHA256:ada-laptop");
    }

    @Test
    void aDatabaseWithNoProgressYetGivesAnEmptyReportAndSaysSo() throws Exception {
        var url = POSTGRES.newLocation();
        var run = ReportCommandTest.report("report", "--store", url);
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).contains("no progress is kept in " + PostgresAddress.parse(url) + " yet");
        assertThat(run.out()).isEqualTo("No learner has any progress yet.\n");
    }

    @Test
    void aDatabaseThatDoesNotAnswerIsOneLineAndExit1() throws Exception {
        int port;
        try (var socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        var run = ReportCommandTest.report("report", "--store", "postgresql://nudge@127.0.0.1:" + port + "/class");
        assertThat(run.exitCode()).isEqualTo(ReportCommand.EXIT_UNREADABLE);
        assertThat(run.err().strip()).startsWith("nudge report: cannot use the progress database")
                .contains("port " + port, "database class", "refused").doesNotContain("\n");
    }

    /** A report says when each learner was last active; two stores written a moment apart differ only there. */
    private static String withoutTimes(String report) {
        return report.replaceAll("\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}(:\\d{2})?Z?", "TIME");
    }
}
