package dev.nudge.progress.sqlite;

import dev.nudge.progress.StoreMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashSet;
import java.util.List;

/**
 * Where a progress file really is, found by following its symbolic links here, one at a time, before SQLite sees the
 * path. SQLite resolves links itself, recursively on the native stack: a link that leads back to itself overflows the
 * tutor's small thread stack and kills the JVM with no message. Here a loop, a link to nothing, a folder or a device
 * where the file should be each get a reason a person can act on, and SQLite is given the file's real path.
 */
final class FileLocation {
    /** As many links as Linux follows in one path before it gives up with ELOOP. */
    static final int MAX_LINKS = 40;

    private FileLocation() {
    }

    /** What is at the progress file's path. */
    sealed interface Found permits Missing, Present, Unusable {
    }

    /** Nothing is there yet (not even a link): the file can be made. */
    record Missing(Path file) implements Found {
    }

    /** A regular file, at {@code real} once every link is followed. */
    record Present(Path real) implements Found {
    }

    /** Something that cannot be a progress file; {@code reason} says what, as "it is ...". */
    record Unusable(StoreMessage reason) implements Found {
    }

    static Found of(Path file) {
        var current = file.toAbsolutePath();
        var seen = new HashSet<Path>();
        try {
            while (true) {
                BasicFileAttributes attributes;
                try {
                    attributes = Files.readAttributes(current, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                } catch (NoSuchFileException e) {
                    return seen.isEmpty() ? new Missing(current)
                            : new Unusable(StoreMessage.of("store.reason.brokenLink", current.toString()));
                }
                if (!attributes.isSymbolicLink()) {
                    return regular(current, attributes);
                }
                if (!seen.add(current) || seen.size() > MAX_LINKS) {
                    return new Unusable(StoreMessage.of("store.reason.linkLoop"));
                }
                current = current.getParent().toRealPath().resolve(Files.readSymbolicLink(current));
            }
        } catch (IOException e) {
            return new Unusable(StoreMessage.quoting("store.reason.unfollowable", List.of(), FailureReason.of(e)));
        }
    }

    private static Found regular(Path file, BasicFileAttributes attributes) throws IOException {
        if (attributes.isDirectory()) {
            return new Unusable(StoreMessage.of("store.reason.folder"));
        }
        if (!attributes.isRegularFile()) {
            return new Unusable(StoreMessage.of("store.reason.notPlainFile"));
        }
        return new Present(file.toRealPath());
    }
}
