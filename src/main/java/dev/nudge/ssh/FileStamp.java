package dev.nudge.ssh;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * What a file looks like from outside (its size, modification time and identity), so that a change can be noticed
 * with one {@code stat} instead of reading it: also a file replaced by another (an editor's save) or gone.
 */
record FileStamp(String seen) {
    static FileStamp of(Path file) {
        try {
            var attributes = Files.readAttributes(file, BasicFileAttributes.class);
            return new FileStamp(attributes.size() + " " + attributes.lastModifiedTime().toInstant() + " "
                    + attributes.fileKey());
        } catch (IOException e) {
            return new FileStamp("unreadable: " + e);
        }
    }
}
