package dev.nudge.ssh;

import dev.nudge.text.Untrusted;
import java.io.IOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.sshd.common.config.keys.AuthorizedKeyEntry;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntryResolver;

/**
 * The keys of a class's {@code authorized_keys} file, read whole or not at all: a line that cannot be honoured exactly
 * (an unknown option, a broken key, a learner's name given to two keys) stops the reading with a message naming the
 * file and line, since a key let in on a misread line could be anyone's.
 */
final class ClassKeys {
    private final Path file;
    private final List<ListedKey> keys;

    private ClassKeys(Path file, List<ListedKey> keys) {
        this.file = file;
        this.keys = keys;
    }

    static ClassKeys read(Path file) throws IOException {
        var lines = KeysFileText.lines(file);
        var keys = new ArrayList<ListedKey>();
        var lineOfName = new HashMap<String, String>();
        for (int i = 0; i < lines.size(); i++) {
            var line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            var key = parse(line, file + ":" + (i + 1));
            refuseTwice(keys, lineOfName, key);
            keys.add(key);
        }
        return new ClassKeys(file, List.copyOf(keys));
    }

    /** A line is {@code [OPTIONS] TYPE BASE64 [COMMENT]}; the options are there when it does not start with a type. */
    private static ListedKey parse(String line, String where) throws IOException {
        var restrictions = Restrictions.NONE;
        var keyText = line;
        if (KeyUtils.getPublicKeyEntryDecoder(firstWord(line)) == null) {
            int end = optionsEnd(line);
            refuseControlCharacters(line.substring(0, end), where);
            try {
                restrictions = KeyOptions.parse(line.substring(0, end), where);
            } catch (IllegalArgumentException e) {
                throw new IOException(e.getMessage(), e);
            }
            keyText = line.substring(end).strip();
            if (KeyUtils.getPublicKeyEntryDecoder(firstWord(keyText)) == null) {
                throw new IOException(where + ": no public key here; a line is [OPTIONS] TYPE KEY [NAME], with a "
                        + "type such as ssh-ed25519, ecdsa-sha2-nistp256 or ssh-rsa");
            }
        }
        try {
            var entry = AuthorizedKeyEntry.parseAuthorizedKeyEntry(keyText);
            var key = entry.resolvePublicKey(null, Map.of(), PublicKeyEntryResolver.FAILING);
            var comment = entry.getComment() == null ? "" : entry.getComment().strip();
            return new ListedKey(key, comment, where, restrictions);
        } catch (IllegalArgumentException | GeneralSecurityException | IOException e) {
            throw new IOException(where + ": cannot read the public key: " + e.getMessage()
                    + "; copy the line again from the learner's .pub file", e);
        }
    }

    /** No option holds them; refusing them here keeps every message that quotes an option safe to print. */
    private static void refuseControlCharacters(String options, String where) throws IOException {
        var shown = Untrusted.forLine(options);
        if (!shown.equals(options)) {
            throw new IOException(where + ": the options hold control or invisible characters (" + shown
                    + "); write them again in plain text");
        }
    }

    private static String firstWord(String text) {
        var words = text.split("\\s+", 2);
        return words[0];
    }

    /** Where the options end: at the first blank outside double quotes. */
    private static int optionsEnd(String line) {
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\' && quoted && i + 1 < line.length()) {
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == ' ' || c == '\t')) {
                return i;
            }
        }
        return line.length();
    }

    /**
     * A learner's name is their identity, so two keys naming one learner would let either holder see and change the
     * other's progress; one key on two lines would have two sets of rules.
     */
    private static void refuseTwice(List<ListedKey> earlier, Map<String, String> lineOfName, ListedKey key)
            throws IOException {
        for (var other : earlier) {
            if (KeyUtils.compareKeys(other.key(), key.key())) {
                throw new IOException(other.where() + " and " + key.where() + " list the same key; keep one of "
                        + "the lines");
            }
        }
        if (key.name().isEmpty()) {
            return;
        }
        var first = lineOfName.putIfAbsent(key.name(), key.where());
        if (first != null) {
            throw new IOException(first + " and " + key.where() + " both name the learner \""
                    + Untrusted.forLine(key.name()) + "\": a name belongs to one key, or whoever holds "
                    + "either key sees and changes the other's progress; give each key its own name");
        }
    }

    /** The listed key that is {@code key}, if any. */
    Optional<ListedKey> find(PublicKey key) {
        return keys.stream().filter(listed -> KeyUtils.compareKeys(key, listed.key())).findFirst();
    }

    int size() {
        return keys.size();
    }

    Path file() {
        return file;
    }
}
