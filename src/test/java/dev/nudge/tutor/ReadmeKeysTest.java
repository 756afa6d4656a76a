package dev.nudge.tutor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nudge.i18n.Language;
import dev.nudge.keys.KeyPattern;
import dev.nudge.keys.Keymap;
import dev.nudge.lab.LabKeymap;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README's key tables against the keymaps: every key the tutor (or the lab) binds is in its table, and every
 * key a table names is bound. A failure names what is missing, so the README is fixed by adding it.
 */
class ReadmeKeysTest {
    private static final Pattern CODE = Pattern.compile("`([^`]+)`");
    private static final Pattern RANGE = Pattern.compile("`([^` ])`-`([^` ])`");

    /** The first column of the table under the heading {@code heading}. */
    private static String keyColumn(String heading) throws IOException {
        var lines = Files.readAllLines(Path.of("README.md"));
        var column = new StringBuilder();
        int at = lines.indexOf(heading);
        assertThat(at).as("README heading %s", heading).isNotNegative();
        for (int i = at + 1; i < lines.size() && !lines.get(i).startsWith("#"); i++) {
            var line = lines.get(i);
            if (line.startsWith("| ") && !line.startsWith("| key ")) {
                column.append(line.split(" \\| ")[0]).append('\n');
            }
        }
        return column.toString();
    }

    /** Checks the table under {@code heading} against {@code keymaps}; returns nothing, fails naming the gaps. */
    private static void check(String heading, List<Keymap<?>> keymaps) throws IOException {
        var column = keyColumn(heading);
        var tokens = new LinkedHashSet<String>();
        CODE.matcher(column).results().forEach(m -> tokens.add(m.group(1)));
        if (column.contains("typing")) {
            tokens.add("typing");
        }
        var ranges = RANGE.matcher(column).results().map(m -> KeyPattern.range(m.group(1).charAt(0),
                m.group(2).charAt(0))).toList();
        var bound = new LinkedHashSet<String>();
        var boundRanges = new ArrayList<KeyPattern>();
        var missing = new LinkedHashSet<String>();
        for (var keymap : keymaps) {
            for (var binding : keymap.bindings()) {
                for (var pattern : binding.keys()) {
                    if (pattern.match() == KeyPattern.Match.ANY) {
                        continue;
                    }
                    if (pattern.match() == KeyPattern.Match.RANGE) {
                        boundRanges.add(pattern);
                        if (ranges.stream().noneMatch(r -> r.first() <= pattern.first() && r.last() >= pattern.last())) {
                            missing.add(pattern.first() + "-" + pattern.last() + " (" + binding.label() + ")");
                        }
                        continue;
                    }
                    bound.add(pattern.written());
                    if (!tokens.contains(pattern.written())) {
                        missing.add(pattern.written() + " (" + binding.label() + ")");
                    }
                }
            }
        }
        assertThat(missing).as("keys bound but missing from the README's %s table", heading).isEmpty();
        Set<String> unbound = new LinkedHashSet<>(tokens);
        unbound.removeAll(bound);
        for (var range : ranges) {
            unbound.remove(String.valueOf(range.first()));
            unbound.remove(String.valueOf(range.last()));
            assertThat(boundRanges).as("README range %s-%s", range.first(), range.last())
                    .anyMatch(r -> r.first() == range.first());
        }
        assertThat(unbound).as("keys in the README's %s table that nothing binds", heading).isEmpty();
    }

    @Test
    void theKeyTableListsEveryKeyOfTheTutorAndNoOther() throws IOException {
        var keymaps = new ArrayList<Keymap<?>>();
        KeyModes.all(Language.EN).values().forEach(state -> keymaps.add(Tutor.keymap(state)));
        check("## Keys", keymaps);
    }

    @Test
    void theLabTableListsEveryKeyOfTheLabAndNoOther() throws IOException {
        check("### Keys in the lab", List.of(LabKeymap.KEYMAP, Keymap.of(dev.nudge.keys.KeyBinding.of("help.ctrlC",
                "quit", LabKeymap.QUIT_AT_ONCE))));
    }
}
