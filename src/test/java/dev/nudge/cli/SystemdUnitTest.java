package dev.nudge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nudge.progress.sqlite.SqliteProgressStore;
import dev.nudge.ssh.ClassServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The guide's systemd unit is one systemd reads as written (a misspelt key is only a warning to systemd, and the
 * setting silently missing), hardened as the guide says, and gives the server the time it needs to stop gracefully.
 */
class SystemdUnitTest {
    /** The keys the unit may use, by section, from systemd.unit(5), systemd.service(5) and systemd.exec(5). */
    private static final Map<String, Set<String>> KNOWN = Map.of(
            "Unit", Set.of("Description", "Documentation", "Wants", "Requires", "After", "Before",
                    "StartLimitIntervalSec", "StartLimitBurst"),
            "Service", Set.of("Type", "User", "Group", "StateDirectory", "StateDirectoryMode", "UMask",
                    "EnvironmentFile", "Environment", "ExecStart", "KillSignal", "TimeoutStopSec", "Restart",
                    "RestartSec", "LimitNOFILE", "NoNewPrivileges", "ProtectSystem", "ProtectHome", "PrivateTmp",
                    "PrivateDevices", "ProtectKernelTunables", "ProtectKernelModules", "ProtectKernelLogs",
                    "ProtectControlGroups", "ProtectClock", "ProtectHostname", "ProtectProc",
                    "RestrictAddressFamilies", "RestrictNamespaces", "RestrictRealtime", "RestrictSUIDSGID",
                    "LockPersonality", "SystemCallArchitectures", "CapabilityBoundingSet", "AmbientCapabilities"),
            "Install", Set.of("WantedBy"));

    /** A {@code Key=value} line of the unit, in its section. */
    private record Setting(String section, String key, String value, int line) {
    }

    private static List<Setting> settings() throws IOException {
        var settings = new ArrayList<Setting>();
        String section = null;
        for (var line : ShellWords.logicalLines(Files.readAllLines(DeploymentFiles.UNIT))) {
            var text = line.text().strip();
            if (text.isEmpty() || text.startsWith("#") || text.startsWith(";")) {
                continue;
            }
            if (text.startsWith("[") && text.endsWith("]")) {
                section = text.substring(1, text.length() - 1);
                continue;
            }
            int equals = text.indexOf('=');
            assertThat(equals).as(DeploymentFiles.UNIT + ":" + line.number() + ": a Key=value line").isPositive();
            assertThat(section).as(DeploymentFiles.UNIT + ":" + line.number() + ": a setting before any section")
                    .isNotNull();
            settings.add(new Setting(section, text.substring(0, equals), text.substring(equals + 1), line.number()));
        }
        return settings;
    }

    private static Map<String, String> service() throws IOException {
        var service = new LinkedHashMap<String, String>();
        settings().stream().filter(s -> s.section().equals("Service")).forEach(s -> service.put(s.key(), s.value()));
        return service;
    }

    @Test
    void everyKeyIsOneSystemdKnowsInItsSection() throws IOException {
        var settings = settings();
        assertThat(settings).isNotEmpty();
        for (var setting : settings) {
            assertThat(KNOWN).as(DeploymentFiles.UNIT + ":" + setting.line() + ": section [" + setting.section() + "]")
                    .containsKey(setting.section());
            var where = DeploymentFiles.UNIT + ":" + setting.line() + ": " + setting.key();
            assertThat(KNOWN.get(setting.section())).as(where + " in [" + setting.section() + "]")
                    .contains(setting.key());
        }
    }

    @Test
    void systemdAnalyzeVerifiesTheUnit(@TempDir Path folder) throws IOException, InterruptedException {
        var analyze = Program.find("systemd-analyze");
        Assumptions.assumeTrue(analyze.isPresent(), "systemd-analyze is not on this machine; the known keys are "
                + "checked without it");
        var unit = folder.resolve("nudge.service");
        var text = Files.readString(DeploymentFiles.UNIT);
        // systemd checks that ExecStart's program exists: where Java is elsewhere, use the one running this test.
        if (!Files.isExecutable(Path.of("/usr/bin/java"))) {
            var java = Path.of(System.getProperty("java.home"), "bin", "java");
            text = text.replace("ExecStart=/usr/bin/java ", "ExecStart=" + java + " ");
        }
        Files.writeString(unit, text);
        var verify = Program.run(List.of(analyze.get().toString(), "verify", unit.toString()));
        assertThat(verify.exitCode()).as("systemd-analyze verify said:\n" + verify.output()).isZero();
        assertThat(verify.output().lines().filter(line -> line.contains("nudge.service")))
                .as("what systemd-analyze verify said about the unit").isEmpty();
    }

    @Test
    void theServerRunsAsItsOwnUserAndCanWriteOnlyItsStateDirectory() throws IOException {
        assertThat(service()).containsEntry("User", "nudge").containsEntry("NoNewPrivileges", "yes")
                .containsEntry("ProtectSystem", "strict").containsEntry("ProtectHome", "yes")
                .containsEntry("PrivateTmp", "yes").containsEntry("StateDirectory", "nudge")
                .containsEntry("Restart", "on-failure").containsEntry("CapabilityBoundingSet", "")
                .containsKey("EnvironmentFile");
    }

    @Test
    void stoppingLeavesTimeForTheGoodbyesAndTheLastAnswers() throws IOException {
        var service = service();
        assertThat(service).containsEntry("KillSignal", "SIGTERM");
        var needed = ClassServer.GOODBYE_TIME.plus(SqliteProgressStore.CLOSE_WAIT);
        assertThat(TimeSpan.SYSTEMD.read(service.get("TimeoutStopSec")))
                .as("TimeoutStopSec, before systemd sends SIGKILL").isGreaterThan(needed);
    }

}
