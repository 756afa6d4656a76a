package dev.nudge.ssh;

import dev.nudge.text.Untrusted;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.interfaces.RSAKey;
import java.util.Set;
import javax.security.auth.login.FailedLoginException;
import org.apache.sshd.common.config.keys.KeyUtils;

/**
 * Which private keys a server can serve, and why a file is not one: a host key that today's OpenSSH clients refuse
 * (DSA, short RSA) would lock every learner out with an error far from its cause, and a key with a passphrase, or the
 * {@code .pub} half of a key pair, is an easy mistake whose remedy is one command.
 */
final class HostKeyType {
    /** OpenSSH refuses shorter RSA keys since 8.x; they are also too weak for a key many nodes share. */
    static final int MIN_RSA_BITS = 2048;
    private static final Set<String> USABLE = Set.of("ssh-rsa", "ssh-ed25519", "ecdsa-sha2-nistp256",
            "ecdsa-sha2-nistp384", "ecdsa-sha2-nistp521");

    private HostKeyType() {
    }

    /** {@code pair}, if a learner's client will accept it as a host key. */
    static KeyPair usable(Path file, KeyPair pair, HostKeySource source) throws HostKey.HostKeyException {
        var type = KeyUtils.getKeyType(pair);
        if (type == null || !USABLE.contains(type)) {
            throw HostKey.unreadable(file, "it is a " + Untrusted.forLine(String.valueOf(type)) + " key, which "
                    + "nudge does not serve: use an Ed25519 key (" + HostKeySource.howToMake(file) + "), or ECDSA or "
                    + "RSA of " + MIN_RSA_BITS + " bits or more", source);
        }
        if (pair.getPublic() instanceof RSAKey rsa && rsa.getModulus().bitLength() < MIN_RSA_BITS) {
            throw HostKey.unreadable(file, "it is an RSA key of " + rsa.getModulus().bitLength() + " bits, and "
                    + "OpenSSH clients refuse fewer than " + MIN_RSA_BITS + ": use an Ed25519 key ("
                    + HostKeySource.howToMake(file) + ")", source);
        }
        return pair;
    }

    /** Why the key library could not read {@code bytes}, with the remedy for a passphrase. */
    static String whyNotReadable(Path file, Throwable problem) {
        if (problem instanceof FailedLoginException) {
            return "it is protected by a passphrase, which a server cannot type; remove it with ssh-keygen -p -N '' -f "
                    + file;
        }
        return "it is not a private key nudge can read: " + Untrusted.forLine(problem.getMessage());
    }

    /** Why {@code bytes} held no private key: often it is the public half of the pair. */
    static String whyNoKey(Path file, byte[] bytes) {
        var start = new String(bytes, 0, Math.min(bytes.length, 32), StandardCharsets.US_ASCII);
        if (start.startsWith("ssh-") || start.startsWith("ecdsa-") || start.startsWith("sk-")) {
            return "it is a public key; give the private key, the file of the pair without .pub";
        }
        return "it holds no private key";
    }
}
