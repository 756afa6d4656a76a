package dev.nudge.ssh;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;

/** Learners' key pairs for tests, made once per type and run, since RSA keys take a while to generate. */
final class TestKeys {
    private static final Map<String, KeyPair> MADE = new ConcurrentHashMap<>();

    private TestKeys() {
    }

    static KeyPair ed25519(String name) {
        return make(name, KeyPairType.ED25519);
    }

    static KeyPair rsa(String name) {
        return make(name, KeyPairType.RSA);
    }

    static KeyPair ecdsa(String name) {
        return make(name, KeyPairType.ECDSA);
    }

    private static KeyPair make(String name, KeyPairType type) {
        return MADE.computeIfAbsent(name + "/" + type, k -> type.generate());
    }

    /** Writes an authorized-keys file with one line per key, commented with the given name (or none when empty). */
    static Path authorizedKeys(Path file, Map<String, KeyPair> keysByComment) {
        var text = new StringBuilder();
        keysByComment.forEach((comment, pair) -> text.append(PublicKeyEntry.toString(pair.getPublic()))
                .append(comment.isEmpty() ? "" : " " + comment).append('\n'));
        try {
            return Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private enum KeyPairType {
        ED25519("ssh-ed25519", 256),
        RSA("ssh-rsa", 2048),
        ECDSA("ecdsa-sha2-nistp256", 256);

        private final String keyType;
        private final int bits;

        KeyPairType(String keyType, int bits) {
            this.keyType = keyType;
            this.bits = bits;
        }

        KeyPair generate() {
            try {
                return KeyUtils.generateKeyPair(keyType, bits);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("cannot make a " + keyType + " key", e);
            }
        }
    }
}
