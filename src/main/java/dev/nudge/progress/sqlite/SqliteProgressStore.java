package dev.nudge.progress.sqlite;

import dev.nudge.progress.jdbc.JdbcProgressStore;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

/**
 * Progress kept in an SQLite file that a tutor, the class server and {@code nudge report} can share, with every
 * guarantee of {@link JdbcProgressStore}. Opening finds the file, sets a damaged one aside and starts anew, and keeps
 * progress in memory, saying why, when the file cannot be used; a failed write is tried again with the next change.
 */
public final class SqliteProgressStore extends JdbcProgressStore {
    private SqliteProgressStore(Path file, Opened opened, Clock clock) {
        super(new SqliteDatabase(file, opened), opened.health(), clock, file.toString(), Optional.empty());
    }

    private static SqliteProgressStore opening(Path file, Clock clock, ConnectionSetup setup) {
        var absolute = file.toAbsolutePath();
        return new SqliteProgressStore(absolute, new FileOpening(file, clock, setup).open(), clock);
    }

    /**
     * Keeps SQLite's native library in {@code folder} from now on, copied there once, instead of unpacking it into
     * the temporary folder at every start (see {@link NativeLibrary}); call before the first store is opened.
     */
    public static void keepNativeLibraryIn(Path folder) {
        NativeLibrary.keepIn(folder);
    }

    /** Opens (creating, migrating or setting aside as needed) the progress file {@code file}. */
    public static SqliteProgressStore open(Path file) {
        return opening(file, Clock.systemDefaultZone(), ConnectionSetup.NONE);
    }

    static SqliteProgressStore open(Path file, Clock clock, ConnectionSetup setup) {
        return opening(file, clock, setup);
    }

    /** A store over a file {@code opened} already, as tests make the openings they need. */
    static SqliteProgressStore over(Path file, Opened opened, Clock clock) {
        return new SqliteProgressStore(file.toAbsolutePath(), opened, clock);
    }
}
