package dev.nudge.cli;

import dev.nudge.progress.sqlite.SqliteProgressStore;
import java.nio.file.Path;

/**
 * SQLite as nudge's commands use it: when nudge runs from its project folder (the launcher says where), SQLite's
 * native library is kept in {@code target/native} there instead of being unpacked again at every start.
 */
public final class Sqlite {
    private Sqlite() {
    }

    /** Chooses where SQLite's native library is kept; call before the first connection. */
    static void prepare() {
        var home = System.getProperty("nudge.home");
        if (home != null && !home.isBlank()) {
            SqliteProgressStore.keepNativeLibraryIn(Path.of(home, "target", "native"));
        }
    }

    /** The progress store in {@code file}, opened after {@link #prepare}. */
    public static SqliteProgressStore openStore(Path file) {
        prepare();
        return SqliteProgressStore.open(file);
    }
}
