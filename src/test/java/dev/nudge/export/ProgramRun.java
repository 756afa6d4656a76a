package dev.nudge.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/** A program compiled with {@code gcc} as a learner compiles it, and run: what it printed, as named numbers in order. */
final class ProgramRun {
    /** {@code name = value}, where the name may be {@code dL/dw_1} or {@code step 20: MSE}. */
    private static final Pattern PRINTED = Pattern.compile("(step \\d+: MSE|[A-Za-z_/0-9]+) = +(-?\\d+\\.\\d+)");

    /** A number the program printed, with the name it printed before it. */
    record Printed(String name, double value) {
    }

    private ProgramRun() {
    }

    /** Compiles {@code source} in {@code folder} with every warning an error, runs it, and gives what it printed. */
    static String output(String source, Path folder) throws IOException, InterruptedException {
        var file = folder.resolve("program.c");
        Files.writeString(file, source, StandardCharsets.UTF_8);
        run(folder, "gcc", "-std=c99", "-Wall", "-Wextra", "-Werror", "-pedantic", "-o", "program", "program.c");
        return run(folder, folder.resolve("program").toString());
    }

    static List<Printed> numbers(String output) {
        var numbers = new ArrayList<Printed>();
        var matcher = PRINTED.matcher(output);
        while (matcher.find()) {
            numbers.add(new Printed(matcher.group(1), Double.parseDouble(matcher.group(2))));
        }
        return numbers;
    }

    private static String run(Path folder, String... command) throws IOException, InterruptedException {
        var process = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true).start();
        var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new AssertionError(String.join(" ", command) + " failed:\n" + output);
        }
        return output;
    }
}
