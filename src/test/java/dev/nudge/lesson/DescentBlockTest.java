package dev.nudge.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nudge.i18n.Language;
import dev.nudge.step.registry.Kinds;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The descent block: the checker reports each mistake an author can make in one at its place, and the rows it
 * computes are those of a plain floating-point loop written here, the loss falling at a small rate and running away
 * at a large one.
 */
class DescentBlockTest {
    private static final double[][] POINTS = {{0, -2}, {1, 1}, {2, 4}};

    @TempDir
    Path root;

    /** A one-step course on the three points whose prose holds a descent block of {@code block}. */
    private Path course(String name, String block) throws IOException {
        return OneLessonCourse.write(root, name, "01-loop", "---\nid: loop\ntitle: A loop\n"
                + "define: f(x, P) = P_0 \\times x + P_1\nparams: P_0 = 1, P_1 = 1\npoints: (0, -2), (1, 1), (2, 4)\n"
                + "---\n\n## The table {#table introduces=derivative, update, learning-rate}\n\nLook.\n\n```descent\n"
                + block + "```\n");
    }

    private List<String> problems(String name, String block) throws IOException {
        return OneLessonCourse.problems(course(name, block), "01-loop");
    }

    private DescentRun run(String block) throws IOException {
        var lesson = Kinds.load(course("run", block)).course().orElseThrow().lessons(Language.EN).get(0);
        var descent = (ProseBlock.Descent) lesson.steps().get(0).prose().get(1);
        return DescentRun.of(LessonMath.of(lesson), descent);
    }

    @Test
    void aWellFormedTablePasses() throws IOException {
        assertThat(problems("ok", "rate: 0.1\nshow: 0, 1, 2, 10\n")).isEmpty();
        assertThat(problems("all", "loss: (f(0, P) + 2)^2\npoints: (0, -2)\nparams: P_0 = 2, P_1 = -3\nrate: 1/10\n"
                + "show: 0, 1000\ncolumns: loss, move\n")).isEmpty();
    }

    @Test
    void eachBrokenBlockIsReportedAtItsPlace() throws IOException {
        assertThat(problems("key", "rate: 0.1\nshow: 0\nsteps: 5\n")).containsExactly("01-loop.md:16:1: unknown key"
                + " \"steps\" in a descent block; known keys: columns, loss, params, points, rate, show");
        assertThat(problems("missing", "show: 0, 1\n")).containsExactly(
                "01-loop.md:13:1: a descent block needs a \"rate:\" line");
        assertThat(problems("number", "rate: 0.1\nshow: 0, one\n")).containsExactly("01-loop.md:15:10: \"show:\""
                + " lists step numbers, whole numbers such as \"0, 1, 2, 5, 10\", but found \"one\"");
        assertThat(problems("order", "rate: 0.1\nshow: 0, 5, 3\n")).containsExactly(
                "01-loop.md:15:13: \"show:\" lists the steps in increasing order, but 3 comes after 5");
        assertThat(problems("long", "rate: 0.1\nshow: 0, 1001\n")).containsExactly("01-loop.md:15:10: a descent"
                + " table runs at most 1000 steps, but \"show:\" asks for step 1001");
        assertThat(problems("column", "rate: 0.1\nshow: 0\ncolumns: loss, slope\n")).containsExactly(
                "01-loop.md:16:16: unknown column \"slope\" (did you mean \"slopes\"?); the columns are params,"
                        + " slopes, loss, move");
        assertThat(problems("twice", "rate: 0.1\nshow: 0\ncolumns: loss, loss\n")).containsExactly(
                "01-loop.md:16:16: the column \"loss\" is given twice");
        assertThat(problems("rate", "rate: 0\nshow: 0\n")).containsExactly(
                "01-loop.md:14:7: \"0\": the learning rate must be above 0, but it is 0");
        assertThat(problems("start", "params: P_7 = 1\nrate: 0.1\nshow: 0\n")).containsExactly(
                "01-loop.md:14:9: \"P_7\": \"P_7\" is not a parameter of the lesson; its parameters are P_0, P_1");
        assertThat(problems("loss", "loss: 1/(P_1 - 1)\nrate: 0.1\nshow: 0\n")).singleElement().asString()
                .startsWith("01-loop.md:14:7: \"1/(P_1 - 1)\":");
    }

    @Test
    void aDescentTableBeforeTheLearningRateIsIntroducedIsReported() throws IOException {
        var folder = course("terms", "rate: 0.1\nshow: 0\n");
        var file = folder.resolve("en/01-loop.md");
        Files.writeString(file, Files.readString(file).replace(" introduces=derivative, update, learning-rate", ""));
        assertThat(Kinds.load(folder).problems()).extracting(Object::toString)
                .anyMatch(problem -> problem.endsWith("01-loop.md:13:1: step \"table\" uses the term \"learning-rate\""
                        + " (\"```descent\"), but no step introduces it; mark the step that teaches it with"
                        + " {#id introduces=learning-rate}"));
    }

    @Test
    void theRowsAreThoseOfAPlainLoop() throws IOException {
        var run = run("rate: 0.1\nshow: 0, 1, 2, 3, 5, 10, 20, 50, 100\n");
        assertThat(run.parameters()).containsExactly("P_0", "P_1");
        assertThat(run.blownUpAt()).isEmpty();
        assertThat(run.rows()).extracting(DescentRun.Row::step).containsExactly(0, 1, 2, 3, 5, 10, 20, 50, 100);
        var expected = plainLoop(0.1, 100);
        for (var row : run.rows()) {
            var want = expected[row.step()];
            assertThat(row.values().get(0).toDouble()).as("P_0 at %d", row.step()).isCloseTo(want[0], within());
            assertThat(row.values().get(1).toDouble()).as("P_1 at %d", row.step()).isCloseTo(want[1], within());
            assertThat(row.slopes().get(0).toDouble()).isCloseTo(want[2], within());
            assertThat(row.slopes().get(1).toDouble()).isCloseTo(want[3], within());
            assertThat(row.loss().toDouble()).isCloseTo(want[4], within());
            assertThat(row.move().toDouble()).isCloseTo(0.1 * Math.max(Math.abs(want[2]), Math.abs(want[3])),
                    within());
        }
        // The loss falls at every listed step, the moves shrink, and the line closes in on y = 3x - 2.
        for (int i = 1; i < run.rows().size(); i++) {
            assertThat(run.rows().get(i).loss()).isLessThan(run.rows().get(i - 1).loss());
            assertThat(run.rows().get(i).move()).isLessThan(run.rows().get(i - 1).move());
        }
        var last = run.rows().get(run.rows().size() - 1);
        assertThat(last.values().get(0).toDouble()).isCloseTo(3, org.assertj.core.data.Offset.offset(0.01));
        assertThat(last.values().get(1).toDouble()).isCloseTo(-2, org.assertj.core.data.Offset.offset(0.01));
    }

    @Test
    void theStartIsExactAndEveryNewValueIsRoundedAsTheLabRoundsIt() throws IOException {
        var first = run("rate: 0.1\nshow: 0, 1, 2\n").rows();
        assertThat(first.get(0).loss()).isEqualTo(dev.nudge.math.Rational.of(11, 3));
        // 1 - 0.1 * (-2/3) = 16/15 has no end as a decimal: the table keeps it to the lab's 12 places.
        assertThat(first.get(1).values().get(0)).isEqualTo(dev.nudge.math.Rational.parse("1.066666666667"));
    }

    @Test
    void aRateTooLargeSwingsAndStopsWhereTheLossPassesTheLimit() throws IOException {
        var run = run("rate: 0.5\nshow: 0, 1, 2, 3, 4, 5, 10, 20, 30, 40, 50\n");
        var expected = plainLoop(0.5, 60);
        int blownUp = 0;
        while (expected[blownUp][4] <= 1e12) {
            blownUp++;
        }
        assertThat(run.blownUpAt()).hasValue(blownUp);
        var last = run.rows().get(run.rows().size() - 1);
        assertThat(last.step()).isEqualTo(blownUp);
        assertThat(last.loss().toDouble() / expected[blownUp][4]).isCloseTo(1, within());
        // It falls for the first steps, then each step lands higher than the one before.
        assertThat(run.rows().get(3).loss()).isLessThan(run.rows().get(0).loss());
        assertThat(run.rows().get(6).loss()).isGreaterThan(run.rows().get(0).loss());
    }

    @Test
    void aTableIsComputedOnceForItsLessonAndIsTheSameTable() throws IOException {
        var lesson = Kinds.load(course("once", "rate: 0.1\nshow: 0, 50\n")).course().orElseThrow()
                .lessons(Language.EN).get(0);
        var math = LessonMath.of(lesson);
        var descent = (ProseBlock.Descent) lesson.steps().get(0).prose().get(1);
        var first = DescentRun.remembered(math, descent);
        assertThat(DescentRun.remembered(math, descent)).isSameAs(first).isEqualTo(DescentRun.of(math, descent));
        assertThat(DescentRun.remembered(LessonMath.of(lesson), descent)).isNotSameAs(first).isEqualTo(first);
    }

    /** Each step's P_0, P_1, both slopes and the MSE, by the textbook formulas in doubles. */
    private static double[][] plainLoop(double rate, int steps) {
        var rows = new double[steps + 1][];
        double p0 = 1;
        double p1 = 1;
        for (int step = 0; step <= steps; step++) {
            double slope0 = 0;
            double slope1 = 0;
            double loss = 0;
            for (var point : POINTS) {
                double gap = p0 * point[0] + p1 - point[1];
                slope0 += 2 * gap * point[0] / POINTS.length;
                slope1 += 2 * gap / POINTS.length;
                loss += gap * gap / POINTS.length;
            }
            rows[step] = new double[] {p0, p1, slope0, slope1, loss};
            p0 -= rate * slope0;
            p1 -= rate * slope1;
        }
        return rows;
    }

    private static org.assertj.core.data.Offset<Double> within() {
        return org.assertj.core.data.Offset.offset(1e-9);
    }
}
