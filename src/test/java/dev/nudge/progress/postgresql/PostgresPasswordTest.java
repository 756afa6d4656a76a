package dev.nudge.progress.postgresql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nudge.progress.StoreUnavailableException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A database user with a password logs in as PostgreSQL's own tools do: from {@code PGPASSWORD}, which nudge passes
 * on (the JDBC driver does not read it), or from {@code ~/.pgpass}, which the driver reads itself when given none.
 */
class PostgresPasswordTest {
    private static final String USER = "teacher";
    private static final String PASSWORD = "correct-horse";
    @RegisterExtension
    static final OnePostgres POSTGRES = new OnePostgres();
    private static String database;

    @TempDir
    Path folder;

    @BeforeAll
    static void aUserWithAPassword() throws Exception {
        database = POSTGRES.newDatabase();
        POSTGRES.server().requirePassword(USER, PASSWORD);
        try (var connection = POSTGRES.server().connect(database); var statement = connection.createStatement()) {
            // PostgreSQL 15 lets only the owner create in the public schema; a class's user needs to, to migrate.
            statement.execute("GRANT ALL ON SCHEMA public TO " + USER);
        }
    }

    private static PostgresAddress address() {
        return PostgresAddress.parse("postgresql://" + USER + "@127.0.0.1:" + POSTGRES.server().port() + "/"
                + database);
    }

    @Test
    void pgpasswordLogsIn() {
        try (var store = PostgresProgressStore.open(address(), Map.of("PGPASSWORD", PASSWORD),
                Clock.systemUTC())) {
            assertThat(store.health().saving()).isTrue();
        }
    }

    @Test
    void withoutAPasswordTheStartIsRefusedSayingWhereOneGoes() {
        assertThatThrownBy(() -> PostgresProgressStore.open(address(), Map.of(), Clock.systemUTC()))
                .isInstanceOf(StoreUnavailableException.class).hasMessageContaining("password")
                .hasMessageContaining("PGPASSWORD or ~/.pgpass").hasMessageNotContaining("\n");
    }

    @Test
    void aWrongPasswordIsRefusedWithoutShowingIt() {
        assertThatThrownBy(() -> PostgresProgressStore.open(address(), Map.of("PGPASSWORD", "wrong-guess"),
                Clock.systemUTC()))
                .isInstanceOf(StoreUnavailableException.class)
                .hasMessageContaining("password authentication failed for user \"" + USER + "\"")
                .hasMessageNotContaining("wrong-guess");
    }

    @Test
    void aPgpassFileLogsIn() throws Exception {
        var pgpass = folder.resolve(".pgpass");
        Files.writeString(pgpass, "127.0.0.1:" + POSTGRES.server().port() + ":" + database + ":" + USER + ":"
                + PASSWORD + "\n");
        Files.setPosixFilePermissions(pgpass, PosixFilePermissions.fromString("rw-------"));
        // The driver's way to point at a file other than ~/.pgpass (PGPASSFILE in the environment does the same).
        System.setProperty("org.postgresql.pgpassfile", pgpass.toString());
        try (var store = PostgresProgressStore.open(address(), Map.of(), Clock.systemUTC())) {
            assertThat(store.health().saving()).isTrue();
        } finally {
            System.clearProperty("org.postgresql.pgpassfile");
        }
    }
}
