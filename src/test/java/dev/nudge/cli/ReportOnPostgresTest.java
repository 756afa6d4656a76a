package dev.nudge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nudge.progress.jdbc.JdbcProgressStore;
import dev.nudge.progress.postgresql.PostgresAddress;
import dev.nudge.progress.postgresql.PostgresProgressStore;
import dev.nudge.progress.postgresql.PostgresServer;
import dev.nudge.progress.sqlite.SqliteProgressStore;
import dev.nudge.report.ReportFixture;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code nudge report --store} on a real PostgreSQL, through the command line: the same learners give the same
 * report as from a progress file, and a database nobody wrote to yet, or one that does not answer, is said in a line.
 */
class ReportOnPostgresTest {
    private static PostgresServer server;

    @TempDir
    Path data;

    @BeforeAll
    static void startServer() throws Exception {
        server = PostgresServer.start();
    }

    @AfterAll
    static void stopServer() throws Exception {
        server.close();
    }

    private record Run(int exitCode, String out, String err) {
    }

    private static Run report(String... args) {
        var out = new StringWriter();
        var err = new StringWriter();
        LocalSession noTutor = (language, options, plain, who, errors) -> {
            throw new AssertionError("the tutor must not start");
        };
        int code = Commands.run(new LocaleDefaults(Map.of("LANG", "C.UTF-8")), noTutor, new PrintWriter(out),
                new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    private static void twoLearnersIn(JdbcProgressStore store) {
        try (store) {
            ReportFixture.ada().forEach(event -> store.record(ReportFixture.ADA, event));
            ReportFixture.alan().forEach(event -> store.record(ReportFixture.ALAN, event));
            store.keyUsed(ReportFixture.ADA, "SHA256:ada-laptop");
        }
    }

    @Test
    void theReportOfADatabaseIsTheReportOfAFileWithTheSameProgress() throws Exception {
        var url = server.storeUrl(server.createDatabase());
        twoLearnersIn(PostgresProgressStore.open(PostgresAddress.parse(url), Map.of(), Clock.systemUTC()));
        twoLearnersIn(SqliteProgressStore.open(data.resolve("progress.db")));
        for (var format : new String[] {"table", "csv", "json"}) {
            var fromDatabase = report("report", "--store", url, "--format", format);
            var fromFile = report("report", "--data", data.toString(), "--format", format);
            assertThat(fromDatabase.exitCode()).as(format).isZero();
            assertThat(fromDatabase.err()).as(format).isEmpty();
            assertThat(withoutTimes(fromDatabase.out())).as(format).isEqualTo(withoutTimes(fromFile.out()))
                    .contains(ReportFixture.ALAN);
        }
        assertThat(report("report", "--store", url, "--format", "json").out()).contains("SHA256:ada-laptop");
    }

    @Test
    void aDatabaseWithNoProgressYetGivesAnEmptyReportAndSaysSo() throws Exception {
        var url = server.storeUrl(server.createDatabase());
        var run = report("report", "--store", url);
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
        var run = report("report", "--store", "postgresql://nudge@127.0.0.1:" + port + "/class");
        assertThat(run.exitCode()).isEqualTo(ReportCommand.EXIT_UNREADABLE);
        assertThat(run.err().strip()).startsWith("nudge report: cannot use the progress database")
                .contains("port " + port, "database class", "refused").doesNotContain("\n");
    }

    /** A report says when each learner was last active; two stores written a moment apart differ only there. */
    private static String withoutTimes(String report) {
        return report.replaceAll("\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}(:\\d{2})?Z?", "TIME");
    }
}
