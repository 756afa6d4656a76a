package dev.nudge.lesson;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads a course file as text, refusing with a clear problem what is not a lesson: a file too large, bytes that are
 * not UTF-8, control characters.
 */
final class LessonText {
    static final long MAX_BYTES = 1024 * 1024;

    private LessonText() {
    }

    static Optional<String> read(Path file, Problems problems) {
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                problems.add(file, 0, 0, "the file is too large for a lesson (" + size + " bytes; at most " + MAX_BYTES
                        + ")");
                return Optional.empty();
            }
            return decode(file, Files.readAllBytes(file), problems);
        } catch (IOException e) {
            problems.add(file, 0, 0, "cannot be read: " + e.getMessage());
            return Optional.empty();
        }
    }

    private static Optional<String> decode(Path file, byte[] bytes, Problems problems) {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        var input = ByteBuffer.wrap(bytes);
        try {
            var text = decoder.decode(input).toString();
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            return controlCharacter(file, text, problems) ? Optional.empty() : Optional.of(text);
        } catch (CharacterCodingException e) {
            int offset = input.position();
            int line = 1;
            int lineStart = 0;
            for (int i = 0; i < offset; i++) {
                if (bytes[i] == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            problems.add(file, line, offset - lineStart + 1, String.format(
                    "not UTF-8 text (byte 0x%02X); a lesson is a UTF-8 text file", bytes[offset] & 0xFF));
            return Optional.empty();
        }
    }

    /** Reports the first control character (other than tab and line ends), which no lesson needs. */
    private static boolean controlCharacter(Path file, String text, Problems problems) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
                column = 1;
                continue;
            }
            if (Character.isISOControl(c) && c != '\t' && c != '\r') {
                problems.add(file, line, column, String.format(
                        "control character U+%04X in the text; a lesson holds only printable text", (int) c));
                return true;
            }
            column++;
        }
        return false;
    }
}
