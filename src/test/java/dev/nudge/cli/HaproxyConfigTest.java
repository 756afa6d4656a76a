package dev.nudge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The guide's HAProxy configuration is one HAProxy accepts, and it is the one the guide describes: TCP passed on whole
 * to the node with the fewest connections, with the learner's address in a PROXY v2 header, health checks, and
 * time-outs longer than the nodes' own idle time-out, so that HAProxy never cuts an idle learner first.
 */
class HaproxyConfigTest {
    private static List<String> lines() throws IOException {
        return Files.readAllLines(DeploymentFiles.HAPROXY).stream().map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
    }

    @Test
    void haproxyAcceptsTheConfiguration(@TempDir Path folder) throws IOException, InterruptedException {
        var haproxy = Program.needed("haproxy", "haproxy");
        var config = folder.resolve("haproxy.cfg");
        var text = Files.readString(DeploymentFiles.HAPROXY);
        // HAProxy looks up the user it runs as while it reads the file; Debian's package makes that user.
        if (!userExists("haproxy")) {
            text = text.replaceAll("(?m)^\\s*(user|group) haproxy$", "");
        }
        Files.writeString(config, text);
        var check = Program.run(List.of(haproxy.toString(), "-c", "-f", config.toString()));
        assertThat(check.exitCode()).as("haproxy -c -f " + DeploymentFiles.HAPROXY + " said:\n" + check.output())
                .isZero();
        assertThat(check.output()).doesNotContain("WARNING", "ALERT");
    }

    @Test
    void connectionsGoWholeToTheNodeWithFewestWithTheLearnersAddress() throws IOException {
        var lines = lines();
        assertThat(lines).contains("mode tcp", "balance leastconn", "option tcp-check");
        var defaults = lines.stream().filter(line -> line.startsWith("default-server "))
                .collect(Collectors.joining(" "));
        var servers = lines.stream().filter(line -> line.startsWith("server ")).toList();
        assertThat(servers).as("the example's two nodes").hasSize(2);
        for (var server : servers) {
            assertThat(List.of((defaults + " " + server).split("\\s+"))).as(server).contains("send-proxy-v2", "check");
        }
    }

    @Test
    void theNodesAreWhereTheUnitListens() throws IOException {
        var unit = DeploymentFiles.inUnit();
        var address = unit.value("--bind").orElseThrow() + ":" + unit.value("--port").orElseThrow();
        assertThat(lines()).as("a server line for the unit's --bind and --port")
                .anyMatch(line -> line.startsWith("server ") && List.of(line.split("\\s+")).contains(address));
    }

    @Test
    void haproxyWaitsLongerThanTheNodesForAnIdleLearner() throws IOException {
        var unit = DeploymentFiles.inUnit();
        var idle = new DurationConverter().convert(unit.value("--idle-timeout").orElse(idleTimeoutDefault()));
        // The server's own SSH layer closes a connection a minute after the tutor's time-out.
        var nodeGivesUp = idle.plusMinutes(1);
        for (var side : List.of("client", "server")) {
            var timeout = lines().stream().filter(line -> line.startsWith("timeout " + side + " ")).findFirst()
                    .orElseThrow(() -> new AssertionError("no timeout " + side + " in " + DeploymentFiles.HAPROXY));
            assertThat(TimeSpan.HAPROXY.read(timeout.split("\\s+")[2])).as(timeout).isGreaterThan(nodeGivesUp);
        }
    }

    /** The default of {@code nudge serve --idle-timeout}, as its options declare it. */
    private static String idleTimeoutDefault() {
        var serve = new CommandLine(new ServeCommand(new LocaleDefaults(Map.of()), null));
        return serve.getCommandSpec().findOption("--idle-timeout").defaultValue();
    }

    private static boolean userExists(String name) throws IOException {
        var passwd = Path.of("/etc/passwd");
        return Files.isReadable(passwd) && Files.readAllLines(passwd).stream().anyMatch(l -> l.startsWith(name + ":"));
    }
}
