package dev.nudge.progress.sqlite;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Properties;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;

/**
 * SQLite's native library, kept in one place. The driver otherwise copies it out of its jar into the temporary folder
 * on every start, under a new name, and compares the copy with the jar byte by byte: about 70 ms before the tutor can
 * answer its first key. A process that is killed leaves its copy behind, 1 MiB each time. Here it is copied once into
 * {@code folder}, named by the driver's version (as the build recorded it: asking the driver costs 10 ms) and this
 * machine's system and processor, and the driver is told where it is through its own settings
 * ({@code org.sqlite.lib.path} and {@code org.sqlite.lib.name}).
 *
 * <p>It only ever costs speed: when the copy cannot be made or loaded, the driver does as it always does.
 */
final class NativeLibrary {
    private static final String PATH_PROPERTY = "org.sqlite.lib.path";
    private static final String NAME_PROPERTY = "org.sqlite.lib.name";
    private static final String BUILD_FACTS = "/dev/nudge/version.properties";

    private NativeLibrary() {
    }

    /** The driver's version, as the build wrote it down. */
    private static Optional<String> driverVersion() {
        try (var in = NativeLibrary.class.getResourceAsStream(BUILD_FACTS)) {
            if (in == null) {
                return Optional.empty();
            }
            var facts = new Properties();
            facts.load(in);
            return Optional.ofNullable(facts.getProperty("sqlite")).filter(v -> v.matches("[0-9][0-9A-Za-z.-]*"));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Points the driver at its library in {@code folder}, copying it there first if needed; before any connection. */
    static synchronized void keepIn(Path folder) {
        if (System.getProperty(PATH_PROPERTY) != null) {
            return; // already chosen, here or by whoever started the JVM
        }
        copied(folder).ifPresent(library -> {
            System.setProperty(PATH_PROPERTY, library.getParent().toString());
            System.setProperty(NAME_PROPERTY, library.getFileName().toString());
        });
    }

    /** The library's copy in {@code folder}, made now if there is none; empty when it cannot be made. */
    static Optional<Path> copied(Path folder) {
        var version = driverVersion();
        if (version.isEmpty()) {
            return Optional.empty();
        }
        var platform = (System.getProperty("os.name") + "-" + System.getProperty("os.arch"))
                .replaceAll("[^A-Za-z0-9_.-]", "_");
        var library = folder.resolve("sqlite-" + version.get() + "-" + platform)
                .resolve(LibraryLoaderUtil.getNativeLibName());
        if (Files.isRegularFile(library)) {
            return Optional.of(library);
        }
        // Finding the driver's own copy for this machine takes a while (it reads the system's details), but only once.
        var resource = LibraryLoaderUtil.getNativeLibResourcePath() + "/" + LibraryLoaderUtil.getNativeLibName();
        try (var in = SQLiteJDBCLoader.class.getResourceAsStream(resource)) {
            if (in == null) {
                return Optional.empty();
            }
            Files.createDirectories(library.getParent());
            var partial = Files.createTempFile(library.getParent(), "partial-", ".tmp");
            try {
                Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
                // Another start may have made the same copy meanwhile; either one will do.
                Files.move(partial, library, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(partial);
            }
            return Optional.of(library);
        } catch (IOException | SecurityException | UnsupportedOperationException e) {
            return Optional.empty();
        }
    }
}
