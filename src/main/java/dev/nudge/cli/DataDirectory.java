package dev.nudge.cli;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where nudge keeps what must outlive a run (the class server's host key, and progress): {@code --data} if given,
 * else {@code NUDGE_DATA}, else {@code $XDG_DATA_HOME/nudge}, else {@code ~/.local/share/nudge}, as the XDG base
 * directory rules say.
 */
final class DataDirectory {
    private DataDirectory() {
    }

    static Path choose(Path option, Map<String, String> environment, Path home) {
        if (option != null) {
            return option;
        }
        var nudgeData = environment.get("NUDGE_DATA");
        if (nudgeData != null && !nudgeData.isEmpty()) {
            return Path.of(nudgeData);
        }
        var xdg = environment.get("XDG_DATA_HOME");
        // The XDG rules say a relative XDG_DATA_HOME is invalid and must be ignored.
        if (xdg != null && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg, "nudge");
        }
        return home.resolve(".local/share/nudge");
    }
}
