package dev.nudge.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nudge.step.registry.Kinds;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The worked example in docs/lesson-format.md is a lesson that checks clean, so the document cannot go stale. */
class FormatDocExampleTest {

    @Test
    void theWorkedExampleChecksClean(@TempDir Path temp) throws IOException {
        var doc = Files.readString(Path.of("docs", "lesson-format.md"));
        var section = doc.substring(doc.indexOf("## A worked example"));
        var example = section.substring(section.indexOf("    ---\n"), section.indexOf("The course in `lessons/`"))
                .strip().lines()
                .map(line -> line.startsWith("    ") ? line.substring(4) : line)
                .collect(Collectors.joining("\n", "", "\n"));
        Files.createDirectories(temp.resolve("en"));
        Files.writeString(temp.resolve("en/09-example.md"), example);
        Files.writeString(temp.resolve("course.txt"), "format_version: 1\nlanguages: en\nlessons:\n  09-example\n");

        var result = Kinds.load(temp);
        assertThat(result.problems()).isEmpty();
        assertThat(result.course().orElseThrow().stepCount()).isEqualTo(5);
    }
}
