package dev.nudge.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nudge.step.registry.Kinds;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The checker on program blocks: each mistake an author can make in one is reported at its place in the file. */
class ProgramBlockTest {
    private static final String NETWORK = "network: 1 -> 2 relu -> 1\n"
            + "params: w_1 = 1, b_1 = 1/2, w_2 = -1, b_2 = 1/4, v_1 = 1, v_2 = 1/2, c = 1/2\n"
            + "points: (-2, 2), (-1, 1), (0, 0), (1, 1), (2, 2)\n";
    private static final String LINE = "define: f(x, P) = P_0 \\times x + P_1\nparams: P_0 = 1, P_1 = 1\n";

    @TempDir
    Path root;

    /** The checker's problems with a lesson of {@code header} whose steps' prose hold {@code blocks}, in turn. */
    private List<String> problems(String name, String header, String... blocks) throws IOException {
        var folder = Files.createDirectories(root.resolve(name));
        Files.createDirectories(folder.resolve("en"));
        Files.writeString(folder.resolve("course.txt"), "format_version: 1\nlanguages: en\nlessons:\n  01-code\n");
        var text = new StringBuilder("---\nid: code\ntitle: Code\n" + header + "---\n");
        for (int i = 0; i < blocks.length; i++) {
            text.append("\n## Part {#part-").append(i).append("}\n\nLook.\n\n```program\n").append(blocks[i])
                    .append("```\n");
        }
        Files.writeString(folder.resolve("en/01-code.md"), text.toString());
        return Kinds.load(folder).problems().stream().map(Object::toString)
                .map(problem -> problem.substring(problem.indexOf("01-code.md:"))).toList();
    }

    @Test
    void wellFormedBlocksPass() throws IOException {
        assertThat(problems("ok", NETWORK, "part: forward\nrate: 0.1\nsteps: 50\n", "rate: 0.1\nsteps: 50\n"))
                .isEmpty();
        assertThat(problems("bare", NETWORK, "rate: 1/10\n")).isEmpty();
    }

    @Test
    void eachBrokenBlockIsReportedAtItsLine() throws IOException {
        assertThat(problems("key", NETWORK, "rate: 0.1\nlanguage: c\n")).containsExactly(
                "01-code.md:15:1: unknown key \"language\" in a program block; known keys: part, rate, steps");
        assertThat(problems("rate", NETWORK, "part: forward\n")).containsExactly(
                "01-code.md:13:1: a program block needs a \"rate:\" line");
        assertThat(problems("part", NETWORK, "part: loss\nrate: 0.1\n")).containsExactly(
                "01-code.md:14:7: the program has no part \"loss\"; write one of data, activation, forward,"
                        + " backward, update, main, or leave \"part:\" out to show the whole program");
        assertThat(problems("steps", NETWORK, "rate: 0.1\nsteps: many\n")).containsExactly(
                "01-code.md:15:8: \"steps:\" is how many updates the program makes in all, a whole number from 0 to"
                        + " 100000, such as \"steps: 200\", but found \"many\"");
        assertThat(problems("huge", NETWORK, "rate: 0.1\nsteps: 100001\n")).hasSize(1);
        assertThat(problems("negative", NETWORK, "rate: -0.1\n")).containsExactly(
                "01-code.md:14:7: the learning rate of the program's updates is above 0, such as \"rate: 0.1\", not"
                        + " -0.1");
        assertThat(problems("unknown", NETWORK, "rate: eta\n")).singleElement().asString()
                .startsWith("01-code.md:14:7: \"eta\": ");
    }

    @Test
    void aLessonWithoutANetworkHasNoProgram() throws IOException {
        assertThat(problems("line", LINE, "rate: 0.1\n")).containsExactly(
                "01-code.md:12:1: a program block shows the lesson's network as a C program, but this lesson has"
                        + " none; declare it in the header, such as \"network: 1 -> 2 relu -> 1\"");
    }

    @Test
    void theBlocksOfALessonDescribeOneProgram() throws IOException {
        assertThat(problems("differ", NETWORK, "rate: 0.1\nsteps: 50\n", "rate: 0.2\n")).containsExactly(
                "01-code.md:22:1: no \"steps:\", but the lesson's first program block (line 13) has \"steps: 50\";"
                        + " a lesson has one program, so every program block gives the same steps:",
                "01-code.md:23:7: \"rate: 0.2\", but the lesson's first program block (line 13) has \"rate: 0.1\";"
                        + " a lesson has one program, so every program block gives the same rate:");
    }
}
