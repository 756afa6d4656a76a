package dev.nudge.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine;

/** The version Maven stamped into {@code version.properties} at build time. */
final class VersionProvider implements CommandLine.IVersionProvider {
    static String version() {
        var properties = new Properties();
        try (var in = VersionProvider.class.getResourceAsStream("/dev/nudge/version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.getProperty("version", "unknown");
    }

    @Override
    public String[] getVersion() {
        return new String[] {"nudge " + version(), "Java " + System.getProperty("java.version")};
    }
}
