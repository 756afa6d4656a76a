package dev.nudge.ssh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.sshd.common.SshException;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Who gets in: the listed keys of every common type, named by their comment; nobody else, and never by password. */
class LoginTest {
    private static final KeyPair ALICE = TestKeys.ed25519("alice");
    private static final KeyPair BOB = TestKeys.rsa("bob");
    private static final KeyPair CAROL = TestKeys.ecdsa("carol");
    private static final KeyPair NAMELESS = TestKeys.ed25519("nameless");
    private static final KeyPair STRANGER = TestKeys.ed25519("stranger");

    @TempDir
    static Path temp;
    private static TestServer server;
    private static TestClient client;

    @BeforeAll
    static void start() {
        var keys = new LinkedHashMap<String, KeyPair>();
        keys.put("alice", ALICE);
        keys.put("bob", BOB);
        keys.put("carol", CAROL);
        keys.put("", NAMELESS);
        var file = TestKeys.authorizedKeys(temp.resolve("class_keys"), keys);
        server = TestServer.start(TestServer.config(temp.resolve("data"), new AuthMode.KeysFile(file),
                TestServer.ROOMY, IdlePolicy.closingAfter(Duration.ZERO)));
        client = new TestClient();
    }

    @AfterAll
    static void stop() throws InterruptedException {
        client.close();
        server.close();
    }

    @Test
    void ed25519RsaAndEcdsaKeysLogInAndTheirCommentNamesTheLearner() throws Exception {
        for (var learner : Map.of("alice", ALICE, "bob", BOB, "carol", CAROL).entrySet()) {
            try (var terminal = client.terminal(server.port(), "whoever", learner.getValue())) {
                terminal.awaitText("Understanding Neural Networks");
                server.awaitLog(line -> line.contains("started: " + learner.getKey() + " (key SHA256:"),
                        learner.getKey() + "'s session");
            }
        }
    }

    @Test
    void aKeyWithoutACommentIsKnownByItsFingerprintAndShownWithTheUserName() throws Exception {
        try (var terminal = client.terminal(server.port(), "dora", NAMELESS)) {
            terminal.awaitText("Understanding Neural Networks");
            server.awaitLog("started: dora (" + KeyUtils.getFingerPrint(NAMELESS.getPublic()) + ")");
        }
    }

    @Test
    void anUnlistedKeyIsRefused() throws Exception {
        try (var session = client.connect(server.port(), "alice")) {
            session.addPublicKeyIdentity(STRANGER);
            assertThatThrownBy(() -> session.auth().verify(TestServer.TIMEOUT)).isInstanceOf(SshException.class);
        }
    }

    @Test
    void noKeyAtAllIsRefused() throws Exception {
        try (var session = client.connect(server.port(), "alice")) {
            assertThatThrownBy(() -> session.auth().verify(TestServer.TIMEOUT)).isInstanceOf(SshException.class);
        }
    }

    @Test
    void aPasswordIsNeverAccepted() throws Exception {
        try (var session = client.connect(server.port(), "alice")) {
            session.addPasswordIdentity("alice");
            assertThatThrownBy(() -> session.auth().verify(TestServer.TIMEOUT)).isInstanceOf(SshException.class);
        }
    }

    @Test
    void anOpenServerLetsAnyKeyInAsTheLearnerOfItsFingerprint(@TempDir Path data) throws Exception {
        try (var open = TestServer.open(data); var terminal = client.terminal(open.port(), "erin", STRANGER)) {
            terminal.awaitText("Understanding Neural Networks");
            var line = open.awaitLog("started: erin (");
            assertThat(line).contains(KeyUtils.getFingerPrint(STRANGER.getPublic()));
        }
    }
}
