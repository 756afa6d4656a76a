package dev.nudge.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DataDirectoryTest {
    private static final String HOME = "/home/ada";

    private static Path folder(Optional<Path> option, Map<String, String> environment) {
        return DataDirectory.of(option, environment, HOME).folder();
    }

    @Test
    void theOptionWinsOverEverything() {
        assertThat(folder(Optional.of(Path.of("class")), Map.of("NUDGE_DATA", "/x", "XDG_DATA_HOME", "/y")))
                .isEqualTo(Path.of("class"));
    }

    @Test
    void thenNudgeData() {
        assertThat(folder(Optional.empty(), Map.of("NUDGE_DATA", "/srv/nudge", "XDG_DATA_HOME", "/y")))
                .isEqualTo(Path.of("/srv/nudge"));
    }

    @Test
    void thenTheXdgDataHome() {
        assertThat(folder(Optional.empty(), Map.of("XDG_DATA_HOME", "/data", "NUDGE_DATA", " ")))
                .isEqualTo(Path.of("/data/nudge"));
    }

    @Test
    void elseBelowHomeAsTheXdgSpecificationSays() {
        assertThat(folder(Optional.empty(), Map.of())).isEqualTo(Path.of(HOME, ".local/share/nudge"));
        assertThat(folder(Optional.empty(), Map.of("XDG_DATA_HOME", "relative/data")))
                .as("a relative XDG_DATA_HOME is ignored").isEqualTo(Path.of(HOME, ".local/share/nudge"));
    }

    @Test
    void theProgressFileIsInTheFolder() {
        assertThat(new DataDirectory(Path.of("/srv/nudge")).progressFile()).isEqualTo(Path.of("/srv/nudge/progress.db"));
    }
}
