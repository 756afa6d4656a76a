package dev.nudge.ssh;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The lines of a keys file, read without ever holding more than a keys file can reasonably be: {@code /dev/zero} or a
 * log given by mistake is endless or huge, and reading it whole ran the server out of memory.
 */
final class KeysFileText {
    /** Thousands of learners' keys fit in this; no class needs more. */
    static final int MOST_BYTES = 1 << 20;
    /** The longest public key line OpenSSH writes (a 16384-bit RSA key) is under 3 000 characters. */
    static final int LONGEST_LINE = 16_384;

    private KeysFileText() {
    }

    static List<String> lines(Path file) throws IOException {
        byte[] bytes;
        try (var in = Files.newInputStream(file)) {
            bytes = in.readNBytes(MOST_BYTES + 1);
        }
        if (bytes.length > MOST_BYTES) {
            throw new IOException(file + " is larger than 1 MiB, more than any class's keys file; give the "
                    + "authorized_keys file of the class (one public key a line)");
        }
        var lines = new String(bytes, StandardCharsets.UTF_8).lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).length() > LONGEST_LINE) {
                throw new IOException(file + ":" + (i + 1) + ": the line is longer than " + LONGEST_LINE
                        + " characters, longer than any public key; is this the class's authorized_keys file?");
            }
        }
        return lines;
    }
}
