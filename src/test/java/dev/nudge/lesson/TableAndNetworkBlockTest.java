package dev.nudge.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nudge.math.Rational;
import dev.nudge.step.registry.Kinds;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The checker on table and network blocks: each mistake an author can make in one is reported at its place in the
 * file, and a good table's cells are computed by the engine.
 */
class TableAndNetworkBlockTest {
    private static final String NETWORK_HEADER = "---\nid: net\ntitle: A network\nnetwork: 1 -> 2 relu -> 1\n"
            + "params: w_1 = 1, b_1 = 1/2, w_2 = -1, b_2 = 1/4, v_1 = 1, v_2 = 1/2, c = 1/2\n"
            + "points: (-1, 1), (0, 0), (1, 1)\n---\n\n## The step {#step}\n\nLook.\n\n";
    private static final String LINE_HEADER = "---\nid: net\ntitle: A line\ndefine: f(x, P) = P_0 \\times x + P_1\n"
            + "params: P_0 = 1, P_1 = 1\npoints: (0, -2)\n---\n\n## The step {#step}\n\nLook.\n\n";

    @TempDir
    Path root;

    private Path lesson(String name, String text) throws IOException {
        var folder = Files.createDirectories(root.resolve(name));
        Files.createDirectories(folder.resolve("en"));
        Files.writeString(folder.resolve("course.txt"), "format_version: 1\nlanguages: en\nlessons:\n  01-net\n");
        Files.writeString(folder.resolve("en/01-net.md"), text);
        return folder;
    }

    /** The checker's problems with a one-step lesson, with a network, whose prose holds {@code block}. */
    private List<String> problems(String name, String header, String block) throws IOException {
        return Kinds.load(lesson(name, header + block)).problems().stream().map(Object::toString)
                .map(problem -> problem.substring(problem.indexOf("01-net.md:"))).toList();
    }

    private List<String> table(String name, String fields) throws IOException {
        return problems(name, NETWORK_HEADER, "```table\n" + fields + "```\n");
    }

    @Test
    void wellFormedBlocksPass() throws IOException {
        assertThat(table("points", "rows: points\ncolumns: x | w_1 x + b_1 | f(x, P) - y\nheaders: x | z_1 | error\n"
                + "sum: yes\n")).isEmpty();
        assertThat(table("values", "rows: x = -2, -1, 1/2\ncolumns: x | relu(w_2 x + b_2)\n")).isEmpty();
        assertThat(problems("network", NETWORK_HEADER, "```network\n```\n")).isEmpty();
        assertThat(problems("names", NETWORK_HEADER, "```network\nvalues: no\n```\n")).isEmpty();
    }

    @Test
    void everyCellIsComputedByTheEngine() throws IOException {
        var folder = lesson("cells", NETWORK_HEADER + "```table\nrows: points\ncolumns: x | f(x, P) | "
                + "2(f(x, P) - y)/n\nsum: yes\n```\n");
        var lesson = Kinds.load(folder).course().orElseThrow().lessons(dev.nudge.i18n.Language.EN).get(0);
        var table = (ProseBlock.Table) lesson.steps().get(0).prose().get(1);
        var cells = TableCells.of(LessonMath.of(lesson), table);
        assertThat(cells.rows()).containsExactly(
                List.of(Rational.of(-1), Rational.of(9, 8), Rational.of(1, 12)),
                List.of(Rational.ZERO, Rational.of(9, 8), Rational.of(3, 4)),
                List.of(Rational.ONE, Rational.of(2), Rational.of(2, 3)));
        assertThat(cells.sums()).containsExactly(Rational.of(17, 4), Rational.of(3, 2));
    }

    @Test
    void eachBrokenTableIsReportedAtItsPlace() throws IOException {
        assertThat(table("key", "rows: points\ncolumns: x\ncolour: red\n")).containsExactly(
                "01-net.md:16:1: unknown key \"colour\" in a table block; known keys: columns, headers, rows, sum");
        assertThat(table("missing", "rows: points\n")).containsExactly(
                "01-net.md:13:1: a table block needs a \"columns:\" line");
        assertThat(table("rows", "rows: every point\ncolumns: x\n")).containsExactly(
                "01-net.md:14:7: \"rows:\" is \"points\" (a row per data point, with its x and y) or a variable and"
                        + " its values, such as \"x = -2, -1, 0\", but found \"every point\"");
        assertThat(table("empty", "rows: points\ncolumns: x || f(x, P)\n")).containsExactly(
                "01-net.md:15:10: a column is empty: write one expression between each two \"|\", such as"
                        + " \"x | w_1 x + b_1 | f(x, P)\"");
        assertThat(table("headers", "rows: points\ncolumns: x | f(x, P)\nheaders: x\n")).containsExactly(
                "01-net.md:16:10: \"headers:\" gives 1 headings for 2 columns; give one per column, separated by"
                        + " \"|\"");
        assertThat(table("sum", "rows: points\ncolumns: x | f(x, P)\nsum: total\n")).containsExactly(
                "01-net.md:16:6: \"sum:\" is \"yes\" or \"no\", but found \"total\"");
        assertThat(table("unknown", "rows: points\ncolumns: x | f(x, P) - q\n")).containsExactly(
                "01-net.md:15:14: \"f(x, P) - q\": names q, which this table does not have; each row gives x, y, n,"
                        + " and the lesson's parameters are w_1, b_1, w_2, b_2, v_1, v_2, c");
        assertThat(table("novalue", "rows: x = 0, 1\ncolumns: x | 1/x\n")).singleElement().asString()
                .startsWith("01-net.md:13:1: \"```table\": the column \"1/x\" has no value in the row x = 0: ");
        assertThat(table("parse", "rows: points\ncolumns: x | f(x, P) +\n")).singleElement().asString()
                .startsWith("01-net.md:15:23: \"f(x, P) +\": expected a number");
        assertThat(table("value", "rows: x = 1, 1/0\ncolumns: x\n")).singleElement().asString()
                .startsWith("01-net.md:14:14: \"1/0\": ");
        assertThat(table("wide", "rows: x = 1/3, 2/3\ncolumns: x | x | x | x | x | x | x | x | x | x\n"))
                .containsExactly("01-net.md:13:1: this table is 130 columns wide, but a screen of 80 columns must"
                        + " show it: take out a column, or split it into two tables");
        assertThat(table("long", "rows: x = 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13\ncolumns: x\n"))
                .containsExactly("01-net.md:13:1: \"```table\": a table has at most 12 rows, not 13, so that it fits a"
                        + " screen of 24 rows");
    }

    @Test
    void aNetworkBlockNeedsTheLessonsNetwork() throws IOException {
        assertThat(problems("none", LINE_HEADER, "```network\n```\n")).containsExactly(
                "01-net.md:13:1: a network block draws the lesson's network, but this lesson declares none: add a"
                        + " header line such as \"network: 1 -> 2 relu -> 1\"");
        assertThat(problems("yes", NETWORK_HEADER, "```network\nvalues: some\n```\n")).containsExactly(
                "01-net.md:14:9: \"values:\" is \"yes\" (draw each weight's value, the default) or \"no\", but found"
                        + " \"some\"");
        assertThat(problems("key", NETWORK_HEADER, "```network\nlayout: wide\n```\n")).singleElement().asString()
                .startsWith("01-net.md:14:1: unknown key \"layout\" in a network block");
    }

    @Test
    void aTableOnALessonWithoutPointsSaysSo() throws IOException {
        var header = LINE_HEADER.replace("points: (0, -2)\n", "");
        assertThat(problems("nopoints", header, "```table\nrows: points\ncolumns: x\n```\n")).containsExactly(
                "01-net.md:12:1: \"```table\": \"rows: points\" gives a row per data point, but the lesson has no"
                        + " points");
    }
}
