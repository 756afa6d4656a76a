package dev.nudge.ssh;

import java.nio.file.Path;

/**
 * Where the host key comes from, and so what an operator should do when it cannot be used: a key nudge made in its
 * data folder may be replaced by a new one (at the cost of a warning on every learner's {@code ssh}), while a key given
 * with {@code --host-key} is shared by every node of a class and must be fixed or copied again, never replaced on one
 * node alone.
 */
enum HostKeySource {
    /** {@code ssh_host_ed25519_key} in the data folder, made on first start; loose permissions are tightened. */
    DATA_FOLDER {
        @Override
        String link(Path file) {
            return "Put the key file itself there (cp --remove-destination \"$(readlink -f " + file + ")\" " + file
                    + "), or delete the link to make a new key.";
        }

        @Override
        String notRegular() {
            return "Move it away, then start nudge serve again to make a new key, or choose another folder with "
                    + "--data DIR.";
        }

        @Override
        String otherOwner() {
            return "Run nudge serve as its owner, or make it yours (chown), or choose another folder with --data DIR.";
        }

        @Override
        String unreadable() {
            return "nudge serve does not make a new key in its place: every learner's ssh would then warn that the "
                    + "server's key has changed. Restore the file from a backup; or, if the key is lost, delete the "
                    + "file and start nudge serve again to make a new one (learners then remove the old key with "
                    + "ssh-keygen -R).";
        }
    },
    /** A file given with {@code --host-key}: read as it is, never written, chmodded or made. */
    GIVEN {
        @Override
        String link(Path file) {
            return "Give the key file itself (--host-key \"$(readlink -f " + file + ")\"), or copy it there.";
        }

        @Override
        String notRegular() {
            return "Give the private key file of the class with --host-key FILE.";
        }

        @Override
        String otherOwner() {
            return "Run nudge serve as its owner, or make it yours (chown).";
        }

        @Override
        String unreadable() {
            return "nudge serve never makes a key in place of a --host-key file: every node of a class must serve "
                    + "the same key. Copy the class's key file here again, or make a new one for every node with "
                    + "ssh-keygen (see --help).";
        }
    };

    /** How to make a key for {@code --host-key}: with OpenSSH's own tool, without a passphrase. */
    static String howToMake(Path file) {
        return "ssh-keygen -t ed25519 -N '' -C 'nudge class' -f " + file;
    }

    abstract String link(Path file);

    abstract String notRegular();

    abstract String otherOwner();

    abstract String unreadable();
}
