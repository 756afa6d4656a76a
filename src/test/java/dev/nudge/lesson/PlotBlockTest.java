package dev.nudge.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nudge.step.registry.Kinds;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The checker on plot blocks: each mistake an author can make in one is reported at its place in the file. */
class PlotBlockTest {
    @TempDir
    Path root;

    /** The checker's problems with a one-step lesson whose prose holds a plot block of {@code block}. */
    private List<String> problems(String name, String block) throws IOException {
        return problems(name, "define: Loss = (f(0, P) + 2)^2\nparams: P_0 = 1, P_1 = 1\n", block);
    }

    /** The problems with a one-step lesson on the line {@code f} whose header ends in {@code header}. */
    private List<String> problems(String name, String header, String block) throws IOException {
        return OneLessonCourse.problems(OneLessonCourse.write(root, name, "01-plot", "---\nid: plot\ntitle: A plot\n"
                + "define: f(x, P) = P_0 \\times x + P_1\n" + header + "---\n\n## The curve {#curve}\n\nLook.\n\n"
                + "```plot\n" + block + "```\n"), "01-plot");
    }

    @Test
    void aWellFormedPlotPasses() throws IOException {
        assertThat(problems("ok", "curve: Loss\nover: P_1 from -6 to 2\nat: P_1 = 1\ntangent: yes\ny: 0 to 20\n"))
                .isEmpty();
        assertThat(problems("bare", "curve: Loss\nover: P_1 from -6 to 2\n")).isEmpty();
    }

    @Test
    void eachBrokenBlockIsReportedAtItsLine() throws IOException {
        assertThat(problems("key", "curve: Loss\nover: P_1 from -6 to 2\ncolour: red\n")).containsExactly(
                "01-plot.md:16:1: unknown key \"colour\" in a plot block; known keys: at, curve, over, points, tangent, y");
        assertThat(problems("missing", "over: P_1 from -6 to 2\n")).containsExactly(
                "01-plot.md:13:1: a plot block needs a \"curve:\" line");
        assertThat(problems("over", "curve: Loss\nover: P_1 -6..2\n")).containsExactly(
                "01-plot.md:15:7: \"over:\" gives the parameter and its range, such as \"P_1 from -6 to 2\", but found"
                        + " \"P_1 -6..2\"");
        assertThat(problems("reversed", "curve: Loss\nover: P_1 from 2 to -6\n")).containsExactly(
                "01-plot.md:15:16: \"2\": the range runs from a smaller value to a larger one, but 2 is not below -6");
        assertThat(problems("parameter", "curve: Loss\nover: P_7 from -6 to 2\n")).containsExactly(
                "01-plot.md:15:7: \"P_7\": \"P_7\" is neither a parameter of the lesson nor a variable of the curve"
                        + " Loss; its parameters are P_0, P_1");
        assertThat(problems("outside", "curve: Loss\nover: P_1 from -6 to 2\nat: P_1 = 3\n")).containsExactly(
                "01-plot.md:16:11: \"3\": the point P_1 = 3 is outside the range -6 to 2");
        assertThat(problems("other", "curve: Loss\nover: P_1 from -6 to 2\nat: P_0 = 1\n")).containsExactly(
                "01-plot.md:16:11: \"1\": the curve is drawn over P_1, so the point gives P_1, not P_0");
        assertThat(problems("tangent", "curve: Loss\nover: P_1 from -6 to 2\ntangent: yes\n")).containsExactly(
                "01-plot.md:16:10: a tangent is drawn at a point: add \"at:\", such as \"at: P_1 = 1\"");
        assertThat(problems("yes", "curve: Loss\nover: P_1 from -6 to 2\nat: P_1 = 1\ntangent: sure\n"))
                .containsExactly("01-plot.md:17:10: \"tangent:\" is \"yes\" or \"no\", but found \"sure\"");
        assertThat(problems("gap", "curve: 1/P_1\nover: P_1 from -1 to 1\n")).singleElement().asString()
                .startsWith("01-plot.md:14:8: \"1/P_1\": the curve has no value at P_1 = 0");
        assertThat(problems("y", "curve: Loss\nover: P_1 from -6 to 2\ny: 20 to 0\n")).containsExactly(
                "01-plot.md:16:4: \"20\": the vertical range runs from a smaller value to a larger one, but 20 is not"
                        + " below 0");
    }

    /** Like {@link #problems}, for a lesson on the |x| data whose plot draws the model over its input. */
    private List<String> overInput(String name, String block) throws IOException {
        return problems(name, "params: P_0 = 0, P_1 = 6/5\npoints: (-2, 2), (-1, 1), (0, 0), (1, 1), (2, 2)\n", block);
    }

    @Test
    void aPlotOverTheInputMarksTheDataAndIsCheckedLikeTheRest() throws IOException {
        assertThat(overInput("input", "curve: f(x, P)\nover: x from -2 to 2\npoints: yes\nat: x = 1\ntangent: yes\n"))
                .isEmpty();
        assertThat(overInput("relu", "curve: relu(x) + relu(-x)\nover: x from -2 to 2\npoints: yes\n")).isEmpty();
        assertThat(overInput("narrow", "curve: f(x, P)\nover: x from -1 to 2\npoints: yes\n")).containsExactly(
                "01-plot.md:13:1: \"```plot\": the data point (-2, 2) is outside the range -1 to 2");
        assertThat(overInput("parameter", "curve: f(1, P)\nover: P_1 from -2 to 2\npoints: yes\n")).containsExactly(
                "01-plot.md:13:1: \"```plot\": the data points are (x, y) pairs, so they are marked on a plot over"
                        + " the model's input, such as \"over: x from -2 to 2\", not over the parameter P_1");
        assertThat(overInput("unknown", "curve: f(x, P)\nover: z from -2 to 2\n")).containsExactly(
                "01-plot.md:15:7: \"z\": \"z\" is neither a parameter of the lesson nor a variable of the curve"
                        + " f(x, P); its parameters are P_0, P_1");
        assertThat(overInput("points", "curve: f(x, P)\nover: x from -2 to 2\npoints: all\n")).containsExactly(
                "01-plot.md:16:9: \"points:\" is \"yes\" or \"no\", but found \"all\"");
    }

    @Test
    void aPlotAfterTheStepsBlockIsTextAfterTheBlock() throws IOException {
        var folder = Files.createDirectories(root.resolve("after"));
        Files.createDirectories(folder.resolve("en"));
        Files.writeString(folder.resolve("course.txt"), "format_version: 1\nlanguages: en\nlessons:\n  01-plot\n");
        Files.writeString(folder.resolve("en/01-plot.md"), "---\nid: plot\ntitle: A plot\n"
                + "define: f(x, P) = P_0 \\times x + P_1\nparams: P_0 = 1, P_1 = 1\npoints: (0, -2)\n---\n\n"
                + "## Try {#try introduces=derivative, update, learning-rate}\n\n"
                + "```lab\nrate: 0.1\nhint-concept: c\nhint-strategy: s\nhint-answer: a\n```\n\n"
                + "```plot\ncurve: P_1\nover: P_1 from 0 to 1\n```\n");
        assertThat(Kinds.load(folder).problems()).singleElement().asString()
                .endsWith("01-plot.md:18:1: text after the lab block; put it in a step of its own");
    }
}
