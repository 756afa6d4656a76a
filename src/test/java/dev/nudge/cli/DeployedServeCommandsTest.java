package dev.nudge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nudge.cli.DeploymentFiles.ServeLine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every {@code nudge serve} command line of the deployment guide, the systemd unit and the container image is one the
 * real {@code nudge serve} accepts, and they all describe nodes of one class: the options exist, the values are valid,
 * and the files agree with each other.
 */
class DeployedServeCommandsTest {
    /** A store address without a password: {@code postgresql://USER@HOST[:PORT]/DATABASE}. */
    private static final Pattern STORE = Pattern.compile("postgresql://[^:@/\\s]+@[^:@/\\s]+(:\\d+)?/\\w+");

    private static List<ServeLine> all() throws IOException {
        var lines = new ArrayList<>(DeploymentFiles.inGuide());
        lines.add(DeploymentFiles.inUnit());
        lines.add(DeploymentFiles.inContainerfile());
        return lines;
    }

    @Test
    void theGuideTheUnitAndTheImageEachGiveTheirCommandLines() throws IOException {
        var guide = DeploymentFiles.inGuide();
        assertThat(guide).as("the node's command and the podman run of the image in " + DeploymentFiles.GUIDE)
                .hasSizeGreaterThanOrEqualTo(2);
        assertThat(DeploymentFiles.inUnit().arguments()).contains("--proxy-protocol");
        assertThat(DeploymentFiles.inContainerfile().arguments()).contains("--proxy-protocol");
    }

    @Test
    void everyServeCommandLineParsesWithTheRealOptions() throws IOException {
        var refused = new ArrayList<String>();
        for (var line : all()) {
            var parsed = DeploymentFiles.parse(line.arguments());
            if (parsed.exitCode() != 0 || parsed.config() == null) {
                refused.add(line.where() + ": nudge serve " + String.join(" ", line.arguments()) + "\n"
                        + parsed.errors());
            }
        }
        assertThat(refused).as("command lines nudge serve refuses").isEmpty();
    }

    /** What the lines say, option by option; that nudge serve reads them so is the test above. */
    @Test
    void everyLineIsANodeOfTheSameClassBehindTheBalancer() throws IOException {
        for (var line : all()) {
            assertThat(line.arguments()).as(line.where()).contains("--proxy-protocol");
            assertThat(line.value("--host-key")).as(line.where()).contains("/etc/nudge/class_host_key");
            assertThat(line.value("--authorized-keys")).as(line.where()).contains("/etc/nudge/class_keys");
            assertThat(line.value("--store")).as(line.where() + ": --store, with no password in it")
                    .hasValueSatisfying(store -> assertThat(store).matches(STORE));
        }
    }

    @Test
    void noCommandLineCarriesAPassword() throws IOException {
        for (var line : all()) {
            assertThat(String.join(" ", line.arguments())).as(line.where()).doesNotContainIgnoringCase("password");
        }
        var unit = Files.readString(DeploymentFiles.UNIT);
        assertThat(unit).contains("EnvironmentFile=/etc/nudge/nudge.env");
        assertThat(unit).as("a password set in the unit itself, which every user may read")
                .doesNotContainPattern("(?m)^[^#]*PGPASSWORD=");
    }

    @Test
    void theImageListensOnThePortItExposesAndKeepsItsDataInItsVolume() throws IOException {
        var line = DeploymentFiles.inContainerfile();
        var containerfile = Files.readString(DeploymentFiles.CONTAINERFILE);
        assertThat(containerfile).contains("EXPOSE " + line.value("--port").orElseThrow(),
                "VOLUME " + line.value("--data").orElseThrow());
    }

    @Test
    void theUnitKeepsItsDataInItsStateDirectory() throws IOException {
        var data = DeploymentFiles.inUnit().value("--data").orElseThrow();
        var unit = Files.readString(DeploymentFiles.UNIT);
        var state = Pattern.compile("(?m)^StateDirectory=(\\S+)$").matcher(unit);
        assertThat(state.find()).as("StateDirectory= in " + DeploymentFiles.UNIT).isTrue();
        assertThat(Path.of(data)).isEqualTo(Path.of("/var/lib", state.group(1)));
    }

    @Test
    void aMisspeltOptionOrABadValueIsRefused() {
        var misspelt = DeploymentFiles.parse(List.of("--open", "--proxy-protocl"));
        assertThat(misspelt.exitCode()).isEqualTo(2);
        assertThat(misspelt.errors()).contains("--proxy-protocl");
        assertThat(DeploymentFiles.parse(List.of("--open", "--idle-timeout", "soon")).exitCode()).isEqualTo(2);
    }

    @Test
    void commandLinesAreSplitAsAShellSplitsThem() {
        var lines = ShellWords.logicalLines(List.of("sudo nudge serve --open \\", "    --data '/srv/a b' # note",
                "next"));
        assertThat(lines).extracting(ShellWords.Line::number).containsExactly(1, 3);
        assertThat(ShellWords.of(lines.get(0).text()))
                .containsExactly("sudo", "nudge", "serve", "--open", "--data", "/srv/a b");
        assertThat(ShellWords.of("echo \"a \\\"b\\\"\" x\\ y && rm z")).containsExactly("echo", "a \"b\"", "x y");
    }
}
