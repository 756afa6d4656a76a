package dev.nudge.progress.postgresql;

import static dev.nudge.progress.jdbc.Events.QUIZ;
import static dev.nudge.progress.jdbc.Events.answered;
import static dev.nudge.progress.jdbc.Events.visited;
import static org.assertj.core.api.Assertions.assertThat;

import dev.nudge.progress.jdbc.JdbcProgressStore;
import dev.nudge.progress.jdbc.ProgressStoreContract;
import java.sql.Connection;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every store's promises, kept in a real PostgreSQL: one server for the class, a database of its own per test. */
class PostgresProgressStoreTest extends ProgressStoreContract {
    @RegisterExtension
    static final OnePostgres POSTGRES = OnePostgres.withDatabasePerTest();

    @Override
    protected JdbcProgressStore open() {
        return POSTGRES.open(POSTGRES.database());
    }

    @Override
    protected Connection raw() throws SQLException {
        return POSTGRES.server().connect(POSTGRES.database());
    }

    @Test
    void twoNodesOnOneDatabaseSeeEachOthersCommittedProgress() {
        try (var first = POSTGRES.open(POSTGRES.database()); var second = POSTGRES.open(POSTGRES.database())) {
            first.record("ada", visited(QUIZ));
            first.record("ada", answered(QUIZ, true));
            first.flush();
            assertThat(second.load("ada").of(QUIZ).solved()).as("ada's answer, on the other node").isTrue();

            second.record("ada", answered(QUIZ, false));
            second.keyUsed("ada", "SHA256:laptop");
            second.flush();
            assertThat(first.load("ada").of(QUIZ).attempts()).as("both answers, on the first node").isEqualTo(2);
            assertThat(first.load("ada").position()).contains(QUIZ);
        }
    }

    @Test
    void thePoolIsSmallAndBoundedAndSharedAsADataSource() throws SQLException {
        try (var store = POSTGRES.open(POSTGRES.database())) {
            var pool = (com.zaxxer.hikari.HikariDataSource) store.dataSource();
            assertThat(pool.getMaximumPoolSize()).isEqualTo(PostgresPool.MAX_CONNECTIONS).isLessThanOrEqualTo(10);
            assertThat(pool.getConnectionTimeout()).isEqualTo(PostgresPool.CONNECT_WAIT.toMillis());
            assertThat(pool.getValidationTimeout()).isEqualTo(PostgresPool.VALIDATION_WAIT.toMillis());
            try (var connection = store.dataSource().getConnection(); var statement = connection.createStatement();
                    var rows = statement.executeQuery("SELECT count(*) FROM event")) {
                assertThat(rows.next()).isTrue();
            }
        }
    }
}
