package dev.nudge.cli;

import dev.nudge.ssh.ServerConfig;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The deployment guide ({@code docs/deploy.md}) and its files in {@code docs/deploy/}, as the tests read them: the
 * {@code nudge serve} command lines each one gives, and what the real {@code nudge serve} makes of them. A guide whose
 * commands no longer parse would be copied by someone and fail on their machine.
 */
final class DeploymentFiles {
    static final Path GUIDE = Path.of("docs", "deploy.md");
    static final Path HAPROXY = Path.of("docs", "deploy", "haproxy.cfg");
    static final Path UNIT = Path.of("docs", "deploy", "nudge.service");
    static final Path CONTAINERFILE = Path.of("docs", "deploy", "Containerfile");
    /** The image the guide builds and runs; the words after it in a {@code podman run} go to its entrypoint. */
    static final String IMAGE = "nudge:latest";

    private static final Pattern JSON_STRING = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

    private DeploymentFiles() {
    }

    /** A {@code nudge serve} command line: the file and line it starts on, and its words after {@code serve}. */
    record ServeLine(String where, List<String> arguments) {
        /** The value the line gives {@code option}, if it gives one. */
        Optional<String> value(String option) {
            int at = arguments.indexOf(option);
            return at < 0 || at + 1 >= arguments.size() ? Optional.empty() : Optional.of(arguments.get(at + 1));
        }
    }

    /** What {@code nudge serve} made of a command line: its exit code, and the configuration it would serve. */
    record Parsed(int exitCode, ServerConfig config, String errors) {
    }

    /** Parses {@code arguments} with the real {@code nudge serve}, whose server only records its configuration. */
    static Parsed parse(List<String> arguments) {
        var err = new StringWriter();
        var config = new ServerConfig[1];
        ServerLauncher recording = (given, out, e) -> {
            config[0] = given;
            return 0;
        };
        var args = new ArrayList<String>(List.of("serve"));
        args.addAll(arguments);
        int exitCode = Commands.run(new LocaleDefaults(Map.of("LANG", "C.UTF-8")), (l, o, p, w, e) -> 0, recording,
                new LabInTerminal(), new PrintWriter(new StringWriter()), new PrintWriter(err),
                args.toArray(String[]::new));
        return new Parsed(exitCode, config[0], err.toString());
    }

    /**
     * Every {@code nudge serve} in the guide's code blocks, and every {@code podman run} or {@code docker run} of the
     * image; a block marked {@code text} (a picture) holds no commands.
     */
    static List<ServeLine> inGuide() throws IOException {
        var found = new ArrayList<ServeLine>();
        var entrypoint = entrypointArguments();
        boolean inBlock = false;
        boolean pictures = false;
        var block = new ArrayList<String>();
        int blockStart = 0;
        var lines = Files.readAllLines(GUIDE);
        for (int i = 0; i < lines.size(); i++) {
            var line = lines.get(i).strip();
            if (line.startsWith("```")) {
                if (inBlock && !pictures) {
                    for (var command : ShellWords.logicalLines(block)) {
                        var words = ShellWords.of(command.text());
                        var where = GUIDE + ":" + (blockStart + command.number());
                        afterServe(words).ifPresent(arguments -> found.add(new ServeLine(where, arguments)));
                        int image = words.indexOf(IMAGE);
                        int run = words.indexOf("run");
                        if (run >= 0 && image > run) {
                            var arguments = new ArrayList<>(entrypoint);
                            arguments.addAll(words.subList(image + 1, words.size()));
                            found.add(new ServeLine(where, arguments));
                        }
                    }
                }
                inBlock = !inBlock;
                pictures = line.equals("```text");
                block.clear();
                blockStart = i + 1;
            } else if (inBlock) {
                block.add(line);
            }
        }
        return found;
    }

    /** The unit's {@code ExecStart=}. */
    static ServeLine inUnit() throws IOException {
        for (var line : ShellWords.logicalLines(Files.readAllLines(UNIT))) {
            if (line.text().startsWith("ExecStart=")) {
                var words = ShellWords.of(line.text().substring("ExecStart=".length()));
                return new ServeLine(UNIT + ":" + line.number(), afterServe(words).orElseThrow(
                        () -> new AssertionError(UNIT + ":" + line.number() + ": ExecStart= runs no nudge serve")));
            }
        }
        throw new AssertionError(UNIT + " has no ExecStart=");
    }

    /** The image's {@code ENTRYPOINT} after {@code serve}, followed by its {@code CMD}: what a plain run serves. */
    static ServeLine inContainerfile() throws IOException {
        var arguments = new ArrayList<>(entrypointArguments());
        arguments.addAll(instruction("CMD"));
        return new ServeLine(CONTAINERFILE.toString(), arguments);
    }

    /** The words of the image's {@code ENTRYPOINT} after {@code serve}. */
    static List<String> entrypointArguments() throws IOException {
        return afterServe(instruction("ENTRYPOINT")).orElseThrow(
                () -> new AssertionError(CONTAINERFILE + ": ENTRYPOINT runs no nudge serve"));
    }

    /** The JSON array of a Containerfile instruction such as {@code CMD ["a", "b"]}. */
    static List<String> instruction(String name) throws IOException {
        for (var line : ShellWords.logicalLines(Files.readAllLines(CONTAINERFILE))) {
            if (line.text().startsWith(name + " ")) {
                var words = new ArrayList<String>();
                var matcher = JSON_STRING.matcher(line.text());
                while (matcher.find()) {
                    words.add(matcher.group(1).replaceAll("\\\\(.)", "$1"));
                }
                return words;
            }
        }
        throw new AssertionError(CONTAINERFILE + " has no " + name);
    }

    /** The words after {@code serve}, when {@code serve} follows the launcher ({@code nudge}) or the jar. */
    private static Optional<List<String>> afterServe(List<String> words) {
        for (int i = 1; i < words.size(); i++) {
            var before = words.get(i - 1);
            if (words.get(i).equals("serve") && (before.equals("nudge") || before.endsWith("/nudge")
                    || before.endsWith(".jar"))) {
                return Optional.of(List.copyOf(words.subList(i + 1, words.size())));
            }
        }
        return Optional.empty();
    }
}
