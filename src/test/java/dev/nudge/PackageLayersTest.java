package dev.nudge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The layering the architecture promises, read from the imports of the sources: no two packages depend on each other
 * in a cycle, the math engine depends on nothing else, and the pure core knows nothing of the terminal or the network.
 */
class PackageLayersTest {
    private static final Path SOURCES = Path.of("src", "main", "java");
    private static final Pattern PACKAGE = Pattern.compile("^package ([\\w.]+);", Pattern.MULTILINE);
    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?([a-z][\\w]*(?:\\.[a-z][\\w]*)*)\\.[A-Z]",
            Pattern.MULTILINE);
    private static final List<String> PURE = List.of("dev.nudge.math", "dev.nudge.lesson", "dev.nudge.keys",
            "dev.nudge.layout", "dev.nudge.step", "dev.nudge.tutor", "dev.nudge.lab", "dev.nudge.plot",
            "dev.nudge.neural", "dev.nudge.export");

    /** Each package of the product and the packages it imports. */
    private static Map<String, Set<String>> imports() {
        var graph = new TreeMap<String, Set<String>>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (var file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                var text = Files.readString(file);
                var matcher = PACKAGE.matcher(text);
                assertThat(matcher.find()).as("%s names its package", file).isTrue();
                var own = matcher.group(1);
                var imported = graph.computeIfAbsent(own, p -> new TreeSet<>());
                var imports = IMPORT.matcher(text);
                while (imports.find()) {
                    if (!imports.group(1).equals(own)) {
                        imported.add(imports.group(1));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return graph;
    }

    @Test
    void noPackagesDependOnEachOtherInACycle() {
        var graph = imports();
        var cycles = new ArrayList<List<String>>();
        var visiting = new ArrayList<String>();
        var done = new HashSet<String>();
        for (var start : graph.keySet()) {
            findCycles(start, graph, visiting, done, cycles);
        }
        assertThat(cycles).as("packages that depend on each other in a cycle").isEmpty();
    }

    private static void findCycles(String node, Map<String, Set<String>> graph, List<String> path, Set<String> done,
            List<List<String>> cycles) {
        if (done.contains(node)) {
            return;
        }
        int seen = path.indexOf(node);
        if (seen >= 0) {
            var cycle = new ArrayList<>(path.subList(seen, path.size()));
            cycle.add(node);
            cycles.add(cycle);
            return;
        }
        path.add(node);
        for (var next : graph.getOrDefault(node, Set.of())) {
            if (next.startsWith("dev.nudge")) {
                findCycles(next, graph, path, done, cycles);
            }
        }
        path.remove(path.size() - 1);
        done.add(node);
    }

    @Test
    void theMathEngineDependsOnNothingElseOfTheProduct() {
        imports().forEach((pkg, imported) -> {
            if (pkg.startsWith("dev.nudge.math")) {
                assertThat(imported).as(pkg).allMatch(p -> !p.startsWith("dev.nudge") || p.startsWith("dev.nudge.math"));
            }
        });
    }

    @Test
    void thePureCoreKnowsNothingOfTheTerminalOrTheNetwork() {
        var leaks = new HashMap<String, Set<String>>();
        imports().forEach((pkg, imported) -> {
            if (PURE.stream().anyMatch(pkg::startsWith)) {
                for (var p : imported) {
                    if (p.startsWith("com.googlecode.lanterna") || p.startsWith("org.apache.sshd")
                            || p.startsWith("dev.nudge.tui") || p.startsWith("dev.nudge.ssh")
                            || p.startsWith("dev.nudge.cli") || p.startsWith("java.sql")) {
                        leaks.computeIfAbsent(pkg, k -> new TreeSet<>()).add(p);
                    }
                }
            }
        });
        assertThat(leaks).isEmpty();
    }
}
