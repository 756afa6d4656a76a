package dev.nudge.cli;

import dev.nudge.progress.DataDirectory;
import dev.nudge.progress.jdbc.JdbcProgressStore;
import dev.nudge.progress.postgresql.PostgresAddress;
import dev.nudge.progress.postgresql.PostgresProgressStore;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where a command keeps or reads progress: the SQLite file in the data folder (the default, for one machine), or the
 * PostgreSQL database that {@code --store} names (shared by the nodes of a class). The tutor, {@code nudge report}
 * and {@code nudge serve} choose it the same way.
 */
sealed interface ProgressLocation {
    /** Opens the store; a database that cannot be used throws {@link dev.nudge.progress.StoreUnavailableException}. */
    JdbcProgressStore open();

    /**
     * Whether the tutor may open it after its first frame: a file always opens (into memory, saying why, if it must),
     * while a database that does not answer stops the tutor before it takes the terminal.
     */
    boolean opensAfterFirstFrame();

    /** Where progress is kept, and how {@code nudge report} shows it, for the server's start lines. */
    String described();

    /** The location {@code store} names, else the progress file in {@code data}. */
    static ProgressLocation of(DataDirectory data, Optional<PostgresAddress> store) {
        return store.<ProgressLocation>map(Database::new).orElseGet(() -> new File(data.progressFile()));
    }

    /** The progress file. */
    record File(Path file) implements ProgressLocation {
        @Override
        public JdbcProgressStore open() {
            return Sqlite.openStore(file);
        }

        @Override
        public boolean opensAfterFirstFrame() {
            return true;
        }

        @Override
        public String described() {
            return file + " (nudge report --data " + file.getParent() + " shows it)";
        }
    }

    /** The shared database. */
    record Database(PostgresAddress address) implements ProgressLocation {
        @Override
        public JdbcProgressStore open() {
            return PostgresProgressStore.open(address);
        }

        @Override
        public boolean opensAfterFirstFrame() {
            return false;
        }

        @Override
        public String described() {
            return address + " (nudge report --store " + address + " shows it)";
        }
    }
}
