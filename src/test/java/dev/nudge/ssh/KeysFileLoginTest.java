package dev.nudge.ssh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Duration;
import org.apache.sshd.common.SshException;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A keys file's restrictions honoured at login, and its changes honoured without a restart. */
class KeysFileLoginTest {
    private static final KeyPair ALICE = TestKeys.ed25519("alice");
    private static final KeyPair BOB = TestKeys.ed25519("bob");
    private static final String TITLE = "Understanding Neural Networks";

    @TempDir
    Path temp;
    @AutoClose
    private final TestClient client = new TestClient();

    private Path keys(String... lines) throws Exception {
        return Files.writeString(temp.resolve("class_keys"), String.join("\n", lines) + "\n");
    }

    private static String line(KeyPair pair, String name) {
        return PublicKeyEntry.toString(pair.getPublic()) + " " + name;
    }

    private TestServer server(Path file) {
        return TestServer.start(TestServer.config(temp.resolve("data"), new AuthMode.KeysFile(file),
                TestServer.ROOMY, IdlePolicy.closingAfter(Duration.ZERO)));
    }

    @Test
    void aKeyFromOutsideItsFromPatternsIsRefusedAndLoggedOnce() throws Exception {
        var file = keys("from=\"10.*,!127.0.0.1\" " + line(ALICE, "alice"), "from=\"127.0.0.0/8\" " + line(BOB, "bob"));
        try (var server = server(file)) {
            assertThatThrownBy(() -> client.login(server.port(), "x", ALICE)).isInstanceOf(SshException.class);
            server.awaitLog("refused the key of alice (" + file + ":1): 127.0.0.1 is not in its from=\"10.*,!127.0.0.1\"");
            try (var terminal = client.terminal(server.port(), "x", BOB)) {
                terminal.awaitText(TITLE);
            }
            assertThat(server.log()).filteredOn(line -> line.startsWith("refused the key")).hasSize(1);
        }
    }

    @Test
    void anExpiredKeyIsRefused() throws Exception {
        var file = keys("expiry-time=\"20000101\" " + line(ALICE, "alice"), line(BOB, "bob"));
        try (var server = server(file)) {
            assertThatThrownBy(() -> client.login(server.port(), "x", ALICE)).isInstanceOf(SshException.class);
            server.awaitLog("refused the key of alice (" + file + ":1): it expired at 2000-01-01 00:00:00");
        }
    }

    @Test
    void aKeyTakenOutOfTheFileIsRefusedAtOnceWhileItsOpenSessionGoesOn() throws Exception {
        var file = keys(line(ALICE, "alice"), line(BOB, "bob"));
        try (var server = server(file); var open = client.terminal(server.port(), "x", ALICE)) {
            open.awaitText(TITLE);
            keys(line(BOB, "bob"));
            assertThatThrownBy(() -> client.login(server.port(), "x", ALICE)).isInstanceOf(SshException.class);
            server.awaitLog("read " + file + " again: 1 public keys");
            open.type("?");
            open.awaitText("Open or close this help");
            keys(line(BOB, "bob"), line(ALICE, "alice"));
            client.login(server.port(), "x", ALICE).close();
        }
    }

    @Test
    void aFileThatBreaksWhileServingKeepsTheKeysReadBeforeAndSaysWhy() throws Exception {
        var file = keys(line(ALICE, "alice"), line(BOB, "bob"));
        try (var server = server(file)) {
            keys("command=\"/bin/sh\" " + line(ALICE, "alice"));
            client.login(server.port(), "x", ALICE).close();
            server.awaitLog(file + " changed but cannot be used: " + file + ":1: option \"command\" is not supported "
                    + "by nudge serve (it runs only the tutor, never a command); remove it from the line, or remove "
                    + "the line; the 2 keys read before still log in");
            Files.delete(file);
            client.login(server.port(), "x", BOB).close();
            server.awaitLog(file + " changed but cannot be used: it is gone; the 2 keys read before still log in");
        }
    }

    @Test
    void theLogShowsTheKeyBesideTheNameAndTheStoreKeepsWhichKeyWasUsed() throws Exception {
        var fingerprint = KeyUtils.getFingerPrint(ALICE.getPublic());
        try (var server = server(keys(line(ALICE, "alice"))); var terminal = client.terminal(server.port(), "x", ALICE)) {
            terminal.awaitText(TITLE);
            server.awaitLog("session 1 started: alice (key " + fingerprint + ") from 127.0.0.1:");
            assertThat(server.store.keysOf("alice")).containsExactly(fingerprint);
        }
    }
}
