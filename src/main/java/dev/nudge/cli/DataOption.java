package dev.nudge.cli;

import dev.nudge.progress.DataDirectory;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/** {@code --data DIR}: the one option that says where progress lives, the same for the tutor and the report. */
final class DataOption {
    @Option(names = "--data", paramLabel = "DIR",
            description = {"The folder that keeps progress (progress.db).",
                "Default: $NUDGE_DATA, else $XDG_DATA_HOME/nudge,", "else ~/.local/share/nudge."})
    Path folder;

    DataDirectory directory() {
        return DataDirectory.of(Optional.ofNullable(folder));
    }
}
