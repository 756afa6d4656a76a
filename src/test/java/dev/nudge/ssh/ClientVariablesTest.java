package dev.nudge.ssh;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nudge.i18n.Language;
import dev.nudge.tui.view.ViewOptions;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.sshd.common.channel.PtyChannelConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A client can hand the server only the few short variables the tutor reads, however many it sends. */
class ClientVariablesTest {
    private static final int FLOOD = 400;
    private static final int LARGE = 100_000;

    @TempDir
    Path temp;
    /** The environment each shell saw, as the server's appearance rule was given it. */
    private final CopyOnWriteArrayList<Map<String, String>> seen = new CopyOnWriteArrayList<>();

    private TestServer server() {
        return TestServer.start(new ServerConfig("127.0.0.1", 0, new AuthMode.AnyKey(), temp, TestServer.ROOMY,
                IdlePolicy.closingAfter(Duration.ZERO), Duration.ofSeconds(5), environment -> {
                    seen.add(Map.copyOf(environment));
                    return new Appearance(Language.EN, new ViewOptions(false, false));
                }));
    }

    @Test
    void manyLargeVariablesLeaveOnlyTheFewTheTutorReadsAndTheHeapDoesNotGrow() throws Exception {
        var flood = new LinkedHashMap<String, Object>();
        flood.put("LANG", "ja_JP.UTF-8");
        flood.put("LC_CTYPE", "C.UTF-8");
        flood.put("LC_HUGE", "x".repeat(LARGE));
        for (int i = 0; i < FLOOD; i++) {
            flood.put("FILLER_" + i, Integer.toString(i).repeat(LARGE / 4));
        }
        for (int i = 0; i < 40; i++) {
            flood.put("LC_X" + i, "short");
        }
        long before = usedHeapAfterGc();
        try (var server = server(); var client = new TestClient()) {
            var session = client.login(server.port(), "a", TestKeys.ed25519("a"));
            var pty = new PtyChannelConfiguration();
            pty.setPtyType("xterm-256color");
            try (var terminal = RemoteTerminal.open(session.createShellChannel(pty, flood), 80, 24)) {
                terminal.awaitText("Understanding Neural Networks");
                long retained = usedHeapAfterGc() - before;
                var environment = seen.get(0);
                assertThat(environment).containsEntry("LANG", "ja_JP.UTF-8").containsEntry("LC_CTYPE", "C.UTF-8")
                        .containsEntry("TERM", "xterm-256color").doesNotContainKeys("LC_HUGE", "FILLER_0");
                assertThat(environment).hasSizeLessThanOrEqualTo(ClientVariables.MOST);
                assertThat(environment.entrySet()).allSatisfy(variable -> assertThat(variable.getValue())
                        .hasSizeLessThanOrEqualTo(ClientVariables.LONGEST));
                assertThat(retained).as("heap kept after %s variables of %s characters", FLOOD, LARGE / 4)
                        .isLessThan(10_000_000L);
            }
        }
    }

    @Test
    void aTerminalTypeLongerThanAnyRealOneGetsNoTerminal() throws Exception {
        try (var server = server(); var client = new TestClient()) {
            var session = client.login(server.port(), "a", TestKeys.ed25519("a"));
            var pty = new PtyChannelConfiguration();
            pty.setPtyType("x".repeat(LARGE));
            try (var terminal = RemoteTerminal.open(session.createShellChannel(pty, Map.of()), 80, 24)) {
                terminal.awaitText("the tutor needs a terminal");
            }
            assertThat(seen.get(0)).doesNotContainKey("TERM");
        }
    }

    @Test
    void onlyTheLocaleTheTerminalTypeAndTheSubscriptsAreRead() {
        var stored = new LinkedHashMap<String, String>();
        assertThat(ClientVariables.accepts("LANG", "C.UTF-8", stored)).isTrue();
        assertThat(ClientVariables.accepts("LC_ALL", "C", stored)).isTrue();
        assertThat(ClientVariables.accepts("TERM", "xterm", stored)).isTrue();
        assertThat(ClientVariables.accepts("NUDGE_SUBSCRIPTS", "inline", stored)).as("for a terminal answering wrongly")
                .isTrue();
        assertThat(ClientVariables.accepts("NUDGE_DATA", "/tmp", stored)).isFalse();
        assertThat(ClientVariables.accepts("PATH", "/bin", stored)).isFalse();
        assertThat(ClientVariables.accepts("LD_PRELOAD", "x.so", stored)).isFalse();
        assertThat(ClientVariables.accepts("LANG", "x".repeat(65), stored)).isFalse();
        assertThat(ClientVariables.accepts("LC_" + "x".repeat(62), "C", stored)).isFalse();
        for (int i = 0; i < ClientVariables.MOST; i++) {
            stored.put("LC_" + i, "C");
        }
        assertThat(ClientVariables.accepts("LANG", "C", stored)).as("one too many").isFalse();
        assertThat(ClientVariables.accepts("LC_0", "C.UTF-8", stored)).as("replacing one kept").isTrue();
    }

    private static long usedHeapAfterGc() {
        var memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }
}
