package dev.nudge.ssh;

import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import org.apache.sshd.common.random.AbstractRandom;
import org.apache.sshd.common.random.Random;
import org.apache.sshd.common.random.RandomFactory;

/**
 * A random generator of its own for each SSH connection, for the padding of every packet it sends and for its key
 * exchange. SSHD's default is one generator for the whole server, locked for every packet of every session: with a
 * thousand learners on two cores, sessions queued on that one lock for seconds (see docs/benchmarks.md). Each
 * connection's generator is a DRBG seeded from the system's entropy, as {@link SecureRandom} is, and shares no lock
 * with another connection.
 */
final class SessionRandoms implements RandomFactory {
    static final SessionRandoms INSTANCE = new SessionRandoms();

    private SessionRandoms() {
    }

    @Override
    public String getName() {
        return "nudge-drbg-per-session";
    }

    @Override
    public boolean isSupported() {
        return true;
    }

    @Override
    public Random create() {
        return new SessionRandom();
    }

    /** One connection's generator; SSHD may use it from its I/O threads and the session's, so it locks itself. */
    private static final class SessionRandom extends AbstractRandom {
        private final SecureRandom random;

        SessionRandom() {
            try {
                random = SecureRandom.getInstance("DRBG");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("this Java has no DRBG random generator (Java 9 and later have)", e);
            }
        }

        @Override
        public String getName() {
            return INSTANCE.getName();
        }

        @Override
        public synchronized void fill(byte[] bytes, int start, int length) {
            if (start == 0 && length == bytes.length) {
                random.nextBytes(bytes);
                return;
            }
            // nextBytes fills a whole array; a packet's padding is a few bytes
            byte[] filled = new byte[length];
            random.nextBytes(filled);
            System.arraycopy(filled, 0, bytes, start, length);
        }

        @Override
        public synchronized int random(int bound) {
            return random.nextInt(bound);
        }
    }
}
