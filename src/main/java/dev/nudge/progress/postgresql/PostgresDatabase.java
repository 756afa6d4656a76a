package dev.nudge.progress.postgresql;

import com.zaxxer.hikari.HikariDataSource;
import dev.nudge.progress.StoreMessage;
import dev.nudge.progress.jdbc.Dialect;
import dev.nudge.progress.jdbc.EventDatabase;
import java.sql.SQLException;
import java.util.List;

/** The shared database as the store's writer uses it: a connection from the pool for each batch and each load. */
final class PostgresDatabase implements EventDatabase {
    private final PostgresAddress address;
    private final HikariDataSource pool;

    PostgresDatabase(PostgresAddress address, HikariDataSource pool) {
        this.address = address;
        this.pool = pool;
    }

    @Override
    public Dialect dialect() {
        return Dialect.POSTGRESQL;
    }

    @Override
    public boolean readable() {
        return true;
    }

    @Override
    public boolean writable() {
        return true;
    }

    @Override
    public <T> T use(Work<T> work) throws SQLException {
        try (var connection = pool.getConnection()) {
            return work.on(connection);
        }
    }

    @Override
    public StoreMessage cannotSave(SQLException failure) {
        return StoreMessage.quoting("store.database.cannotSave", List.of(address.toString()),
                PostgresFailure.reason(failure));
    }

    @Override
    public StoreMessage cannotRead(SQLException failure) {
        return StoreMessage.quoting("store.database.cannotRead", List.of(address.toString()),
                PostgresFailure.reason(failure));
    }

    @Override
    public void close() {
        pool.close();
    }
}
