package dev.nudge.cli;

import dev.nudge.progress.DataDirectory;
import dev.nudge.progress.postgresql.PostgresAddress;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * {@code --data DIR} and {@code --store LOCATION}: the options that say where progress lives, the same for the tutor
 * and the report.
 */
final class DataOption {
    @Option(names = "--data", paramLabel = "DIR",
            description = {"The folder that keeps progress (progress.db).",
                "Default: $NUDGE_DATA, else $XDG_DATA_HOME/nudge,", "else ~/.local/share/nudge."})
    Path folder;

    @Option(names = "--store", paramLabel = "LOCATION", converter = StoreAddressConverter.class,
            description = "Keep progress in the PostgreSQL database at LOCATION, "
                    + "postgresql://[USER@]HOST[:PORT]/DATABASE[?sslmode=MODE], instead of progress.db: the one a "
                    + "class's server nodes share. No password in LOCATION: give it in PGPASSWORD or ~/.pgpass.")
    PostgresAddress store;

    DataDirectory directory() {
        return DataDirectory.of(Optional.ofNullable(folder));
    }

    /** The database {@code --store} names, else the progress file in the data folder. */
    ProgressLocation location() {
        return ProgressLocation.of(directory(), Optional.ofNullable(store));
    }
}
