package dev.nudge.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nudge.step.registry.Kinds;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The checker on a copy of the fixture course with one author's mistake of each kind in it: each is reported at its
 * place with the message an author can act on, and the real course has none of them.
 */
class AuthorMistakesTest {
    private static final Path BROKEN = Path.of("src/test/resources/broken-course");

    private static List<String> problems(Path folder) {
        return Kinds.load(folder).problems().stream()
                .map(p -> new Problem(folder.relativize(p.file()), p.line(), p.column(), p.message()).toString())
                .toList();
    }

    @Test
    void eachMistakeIsReportedWithItsFileAndLine() {
        String names = ", which this lesson does not have; it has P_0, P_1, f, Loss";
        String equal = ": this mistake equals the right answer, %s, so a learner who types it is told it is right and"
                + " never reads its explanation";
        assertThat(problems(BROKEN)).containsExactly(
                "en/02-slope.md:29:9: \"Loss + dLoss/dP_2\": names P_2" + names,
                "en/02-slope.md:32:10: \"(1 + 2)^2\"" + equal.formatted("9"),
                "en/02-slope.md:46:10: \"4 + 2P_1\"" + equal.formatted("2P_1 + 4"),
                "en/02-slope.md:49:25: \"d/dP_2: Loss\": names P_2" + names,
                "en/03-downhill.md:11:38: Japanese in a file under en/: \"勾配降下法.\"",
                "ja/01-line.md:14:1: this passage has no Japanese; a file under ja/ is written in Japanese: \"How far it"
                        + " is from the data, on avera...\"",
                "ja/02-slope.md:28:9: \"Loss + dLoss/dP_2\": names P_2" + names,
                "ja/02-slope.md:31:10: \"(1 + 2)^2\"" + equal.formatted("9"),
                "ja/02-slope.md:45:10: \"4 + 2P_1\"" + equal.formatted("2P_1 + 4"),
                "ja/02-slope.md:48:25: \"d/dP_2: Loss\": names P_2" + names);
    }

    @Test
    void theRealCourseAndTheFixtureCourseHaveNone() {
        assertThat(problems(Path.of("lessons"))).isEmpty();
        assertThat(problems(Path.of("src/test/resources/fixture-course"))).isEmpty();
    }
}
