package dev.nudge.ssh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading a class's keys file: its options honoured or refused by name, its names unique, its size bounded. */
class ClassKeysTest {
    private static final KeyPair ALICE = TestKeys.ed25519("alice");
    private static final KeyPair BOB = TestKeys.ed25519("bob");

    @TempDir
    Path temp;

    private Path file(String... lines) throws IOException {
        return Files.writeString(temp.resolve("class_keys"), String.join("\n", lines) + "\n");
    }

    private static String key(KeyPair pair) {
        return PublicKeyEntry.toString(pair.getPublic());
    }

    @Test
    void quotedValuesMayHoldCommasAndBlanksAndTheCommentStillNamesTheLearner() throws Exception {
        var file = file("# the class", "", "from=\"10.0.0.*,127.0.0.1\",no-agent-forwarding,expiry-time=\"20990101\" "
                + key(ALICE) + " alice", "restrict,pty " + key(BOB) + " bob smith");
        var keys = ClassKeys.read(file);
        var alice = keys.find(ALICE.getPublic()).orElseThrow();
        assertThat(alice.name()).isEqualTo("alice");
        assertThat(alice.where()).isEqualTo(file + ":3");
        assertThat(alice.restrictions().from().orElseThrow().text()).isEqualTo("10.0.0.*,127.0.0.1");
        assertThat(alice.restrictions().refusal(InetAddress.getByName("127.0.0.1"), Instant.now())).isEmpty();
        assertThat(alice.restrictions().refusal(InetAddress.getByName("192.0.2.1"), Instant.now()))
                .hasValue("192.0.2.1 is not in its from=\"10.0.0.*,127.0.0.1\"");
        assertThat(keys.find(BOB.getPublic()).orElseThrow().name()).isEqualTo("bob smith");
    }

    @Test
    void theServerSaysHowManyKeysMayLogIn() throws Exception {
        var one = KeysFileAuthenticator.load(file(key(ALICE) + " alice"), line -> { });
        assertThat(one.describe()).startsWith("the one public key in " + temp.resolve("class_keys") + " (");
        var two = KeysFileAuthenticator.load(file(key(ALICE) + " alice", key(BOB) + " bob"), line -> { });
        assertThat(two.describe()).startsWith("the 2 public keys in ");
    }

    @Test
    void anExpiryTimeIsTheServersLocalTimeAsInOpenSsh() throws Exception {
        var keys = ClassKeys.read(file("expiry-time=\"202601311830\" " + key(ALICE) + " alice"));
        var expires = keys.find(ALICE.getPublic()).orElseThrow().restrictions().expires().orElseThrow();
        assertThat(expires).isEqualTo(LocalDateTime.of(2026, 1, 31, 18, 30).atZone(ZoneId.systemDefault())
                .toInstant());
        var restrictions = keys.find(ALICE.getPublic()).orElseThrow().restrictions();
        assertThat(restrictions.refusal(InetAddress.getByName("127.0.0.1"), expires.minusSeconds(1))).isEmpty();
        assertThat(restrictions.refusal(InetAddress.getByName("127.0.0.1"), expires).orElseThrow())
                .startsWith("it expired at 2026-01-31 18:30:00");
        assertThat(ClassKeys.read(file("expiry-time=\"20260131Z\" " + key(ALICE))).find(ALICE.getPublic())
                .orElseThrow().restrictions().expires()).hasValue(Instant.parse("2026-01-31T00:00:00Z"));
    }

    @Test
    void optionsNudgeCannotHonourStopTheServerNamingFileLineAndOption() throws Exception {
        for (var option : new String[] {"command=\"/bin/sh\"", "no-pty", "permitopen=\"host:22\"",
                "environment=\"A=b\"", "principals=\"a\"", "tunnel=\"1\"", "cert-authority", "Port-Forwarding",
                "made-up"}) {
            var file = file("# one", key(BOB) + " bob", option + " " + key(ALICE) + " alice");
            var name = option.split("=")[0].toLowerCase(java.util.Locale.ROOT);
            assertThatThrownBy(() -> ClassKeys.read(file)).isInstanceOf(IOException.class)
                    .hasMessageStartingWith(file + ":3: option \"" + name + "\" is not supported by nudge serve (")
                    .hasMessageEndingWith("); remove it from the line, or remove the line");
        }
    }

    @Test
    void brokenOptionsAndKeysSayWhatIsWrongAndWhere() throws Exception {
        var unclosed = file("from=\"10.0.0.1 " + key(ALICE));
        assertThatThrownBy(() -> ClassKeys.read(unclosed))
                .hasMessage(unclosed + ":1: the value of option \"from\" has no closing quote");
        var keyless = file("no-agent-forwarding alice");
        assertThatThrownBy(() -> ClassKeys.read(keyless)).hasMessage(keyless + ":1: no public key here; a line is "
                + "[OPTIONS] TYPE KEY [NAME], with a type such as ssh-ed25519, ecdsa-sha2-nistp256 or ssh-rsa");
        var host = file("from=\"*.example.com\" " + key(ALICE));
        assertThatThrownBy(() -> ClassKeys.read(host)).hasMessageStartingWith(host + ":1: from=\"*.example.com\"");
        var date = file("expiry-time=\"20260230\" " + key(ALICE));
        assertThatThrownBy(() -> ClassKeys.read(date)).hasMessageStartingWith(date
                + ":1: expiry-time=\"20260230\" is not a time; write it as YYYYMMDD[HHMM[SS]]");
        var bare = file("from " + key(ALICE));
        assertThatThrownBy(() -> ClassKeys.read(bare)).hasMessageStartingWith(bare + ":1: option \"from\" needs a value");
        var restricted = file("restrict " + key(ALICE));
        assertThatThrownBy(() -> ClassKeys.read(restricted)).hasMessage(restricted + ":1: option \"restrict\" "
                + "forbids a terminal unless \"pty\" is given too, and the tutor needs one; write restrict,pty");
        var twice = file("from=\"10.*\",from=\"11.*\" " + key(ALICE));
        assertThatThrownBy(() -> ClassKeys.read(twice)).hasMessage(twice + ":1: option \"from\" is given twice; keep one");
        var escaped = file("from=\"10.*\u001b[2J\" " + key(ALICE));
        assertThatThrownBy(() -> ClassKeys.read(escaped)).hasMessage(escaped + ":1: the options hold control or "
                + "invisible characters (from=\"10.*\\x1B[2J\"); write them again in plain text");
        var garbled = file("ssh-ed25519 AAAAnotbase64!! alice");
        assertThatThrownBy(() -> ClassKeys.read(garbled)).hasMessageStartingWith(garbled
                + ":1: cannot read the public key: ");
    }

    @Test
    void twoKeysNamingOneLearnerStopTheServerNamingBothLines() throws Exception {
        var file = file(key(ALICE) + " alice", "# another", key(BOB) + " alice");
        assertThatThrownBy(() -> ClassKeys.read(file)).hasMessage(file + ":1 and " + file + ":3 both name the learner "
                + "\"alice\": a name belongs to one key, or whoever holds either key sees and changes the other's "
                + "progress; give each key its own name");
        var same = file(key(ALICE) + " alice", key(ALICE) + " alice2");
        assertThatThrownBy(() -> ClassKeys.read(same)).hasMessage(same + ":1 and " + same + ":2 list the same key; "
                + "keep one of the lines");
        assertThat(ClassKeys.read(file(key(ALICE), key(BOB))).size()).as("keys without names are known apart")
                .isEqualTo(2);
    }

    @Test
    void anEndlessOrHugeFileIsRefusedWithoutReadingItAll() throws Exception {
        assertThatThrownBy(() -> ClassKeys.read(Path.of("/dev/zero")))
                .hasMessage("/dev/zero is larger than 1 MiB, more than any class's keys file; give the "
                        + "authorized_keys file of the class (one public key a line)");
        var long_ = file(key(ALICE) + " " + "x".repeat(KeysFileText.LONGEST_LINE));
        assertThatThrownBy(() -> ClassKeys.read(long_)).hasMessageStartingWith(long_ + ":1: the line is longer than "
                + "16384 characters");
    }
}
