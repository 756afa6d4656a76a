package dev.nudge.progress.sqlite;

import dev.nudge.progress.StoreMessage;
import dev.nudge.progress.jdbc.Dialect;
import dev.nudge.progress.jdbc.EventDatabase;
import java.nio.file.Path;
import java.sql.SQLException;

/** The progress file as the store's writer uses it: the one connection {@link FileOpening} opened, if any. */
final class SqliteDatabase implements EventDatabase {
    private final Path file;
    private final Opened opened;

    SqliteDatabase(Path file, Opened opened) {
        this.file = file;
        this.opened = opened;
    }

    @Override
    public Dialect dialect() {
        return Dialect.SQLITE;
    }

    @Override
    public boolean readable() {
        return opened.connection().isPresent();
    }

    @Override
    public boolean writable() {
        return opened.connection().isPresent() && opened.writable();
    }

    @Override
    public <T> T use(Work<T> work) throws SQLException {
        return work.on(opened.connection().orElseThrow());
    }

    @Override
    public StoreMessage cannotSave(SQLException failure) {
        return StoreMessages.cannotSave(file, FailureReason.of(failure));
    }

    @Override
    public StoreMessage cannotRead(SQLException failure) {
        return StoreMessages.cannotOpen(file, FailureReason.of(failure));
    }

    @Override
    public void close() {
        if (opened.connection().isPresent()) {
            try {
                opened.connection().get().close();
            } catch (SQLException e) {
                // every change is committed or still counted as waiting; closing has nothing left to lose
            }
        }
    }
}
