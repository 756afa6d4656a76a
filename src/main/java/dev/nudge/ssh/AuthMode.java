package dev.nudge.ssh;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;

/** Who may join the class; either way only public keys are accepted, and each key is a learner. */
public sealed interface AuthMode {

    /**
     * The authenticator that decides, with what it needs loaded; fails when it could let nobody in. {@code log} gets
     * a line for each refusal worth the teacher's notice.
     */
    Doorkeeper doorkeeper(Consumer<String> log) throws IOException;

    /** The keys listed in an authorized-keys file; each key's comment names its learner. */
    record KeysFile(Path file) implements AuthMode {
        public KeysFile {
            if (file == null) {
                throw new IllegalArgumentException("an authorized-keys mode needs a file");
            }
        }

        @Override
        public Doorkeeper doorkeeper(Consumer<String> log) throws IOException {
            return KeysFileAuthenticator.load(file, log);
        }
    }

    /** Any public key; the key's fingerprint is the learner. */
    record AnyKey() implements AuthMode {
        @Override
        public Doorkeeper doorkeeper(Consumer<String> log) {
            return new AnyKeyAuthenticator();
        }
    }
}
