package dev.nudge.progress.sqlite;

import dev.nudge.progress.StoreMessage;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/**
 * Why opening or writing the progress file failed, as the learner is told it: in nudge's own words, in their language,
 * wherever the failure is one nudge knows (a full disk, a read-only file system, a damaged file), else in the words
 * the system gave, which nudge cannot translate.
 */
final class FailureReason {
    /** SQLite's primary result codes that a learner can meet, and the key of what each means for them. */
    private static final Map<Integer, String> SQLITE_CODES = Map.of(
            3, "store.reason.sqlite.permission",
            5, "store.reason.sqlite.busy",
            6, "store.reason.sqlite.busy",
            8, "store.reason.sqlite.readOnly",
            10, "store.reason.sqlite.ioError",
            FileOpening.SQLITE_CORRUPT, "store.reason.sqlite.damaged",
            13, "store.reason.sqlite.full",
            14, "store.reason.sqlite.cannotOpen",
            FileOpening.SQLITE_NOTADB, "store.reason.sqlite.notADatabase");

    /** The operating system's reasons (as {@code strerror} gives them) that a learner can meet, and their keys. */
    private static final Map<String, String> SYSTEM_REASONS = Map.of(
            "Not a directory", "store.reason.system.notAFolder",
            "Is a directory", "store.reason.system.folder",
            "No space left on device", "store.reason.system.full",
            "Read-only file system", "store.reason.system.readOnly",
            "Permission denied", "store.reason.system.permission",
            "No such file or directory", "store.reason.system.missing",
            "Too many levels of symbolic links", "store.reason.system.linkLoop",
            "File exists", "store.reason.system.exists");

    private FailureReason() {
    }

    /** Why a file operation failed; the file it names, if any, is kept as it is. */
    static StoreMessage of(IOException e) {
        if (e instanceof FileAlreadyExistsException) {
            return StoreMessage.of("store.reason.notAFolder", String.valueOf(e.getMessage()));
        }
        if (e instanceof AccessDeniedException) {
            return StoreMessage.of("store.reason.permissionDenied", String.valueOf(e.getMessage()));
        }
        if (e instanceof FileSystemException failure && failure.getReason() != null) {
            var known = SYSTEM_REASONS.get(failure.getReason());
            return StoreMessage.quoting("store.reason.system", List.of(),
                    known == null ? StoreMessage.said(failure.getReason()) : StoreMessage.of(known),
                    StoreMessage.said(String.valueOf(failure.getFile())));
        }
        return StoreMessage.said(String.valueOf(e.getMessage()));
    }

    /** Why SQLite failed: a check of nudge's own, or what SQLite's result code means, else SQLite's own words. */
    static StoreMessage of(SQLException e) {
        if (e instanceof FailedCheckException failed) {
            return failed.reason();
        }
        var known = SQLITE_CODES.get(e.getErrorCode() & 0xff);
        return known == null ? StoreMessage.said(sqliteWords(e)) : StoreMessage.of(known);
    }

    /** SQLite's message without the code in brackets it starts with. */
    private static String sqliteWords(SQLException e) {
        return String.valueOf(e.getMessage()).replaceFirst("^\\[SQLITE_[A-Z_]+\\]\\s*", "").strip();
    }
}
