package dev.nudge.progress;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The folder where nudge keeps what lasts, chosen the same way by the tutor, {@code nudge report} and the class
 * server: {@code --data DIR}, else {@code NUDGE_DATA}, else {@code $XDG_DATA_HOME/nudge}, else
 * {@code ~/.local/share/nudge}.
 */
public record DataDirectory(Path folder) {
    public static final String VARIABLE = "NUDGE_DATA";
    private static final String PROGRESS_FILE = "progress.db";

    public DataDirectory {
        if (folder == null) {
            throw new IllegalArgumentException("a data directory needs a folder");
        }
    }

    /** The folder for this process: from {@code option} if given, else from its environment. */
    public static DataDirectory of(Optional<Path> option) {
        return of(option, System.getenv(), System.getProperty("user.home"));
    }

    /** The folder from {@code option}, else from {@code environment}, else below {@code home}. */
    public static DataDirectory of(Optional<Path> option, Map<String, String> environment, String home) {
        if (option.isPresent()) {
            return new DataDirectory(option.get());
        }
        var chosen = nonBlank(environment.get(VARIABLE));
        if (chosen.isPresent()) {
            return new DataDirectory(Path.of(chosen.get()));
        }
        // The XDG base directory specification says to ignore a relative XDG_DATA_HOME.
        var xdg = nonBlank(environment.get("XDG_DATA_HOME")).map(Path::of).filter(Path::isAbsolute);
        return new DataDirectory(xdg.orElseGet(() -> Path.of(home, ".local", "share")).resolve("nudge"));
    }

    /** The SQLite file that holds every learner's progress. */
    public Path progressFile() {
        return folder.resolve(PROGRESS_FILE);
    }

    private static Optional<String> nonBlank(String value) {
        return Optional.ofNullable(value).filter(v -> !v.isBlank());
    }
}
