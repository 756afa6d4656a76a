package dev.nudge.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nudge.i18n.Language;
import dev.nudge.step.guess.GuessStep;
import dev.nudge.step.registry.Kinds;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One broken fixture per kind of problem, each with its exact message and position. */
class LessonParserTest {
    @TempDir
    Path temp;

    private CourseFixture fixture() {
        return CourseFixture.english(temp);
    }

    private CourseFixture bilingual() {
        return CourseFixture.bilingual(temp);
    }

    @Test
    void theFixtureIsClean() {
        assertThat(bilingual().problems()).isEmpty();
        var result = Kinds.load(temp);
        var lesson = result.course().orElseThrow().lessons(Language.EN).get(0);
        assertThat(lesson.id()).isEqualTo("loss");
        assertThat(lesson.steps()).extracting(Step::id).containsExactly("model", "guess", "mse");
        assertThat(lesson.steps()).extracting(Step::kind).containsExactly("prose", "guess", "quiz");
        assertThat(result.course().orElseThrow().lessons(Language.JA).get(0).title()).isEqualTo("損失");
    }

    @Test
    void proseIsReadIntoParagraphsEquationsAndInlineRuns() {
        fixture();
        var step = Kinds.load(temp).course().orElseThrow().lessons(Language.EN).get(0).steps().get(0);
        assertThat(step.prose()).hasSize(2);
        var paragraph = (ProseBlock.Paragraph) step.prose().get(0);
        assertThat(paragraph.content()).containsExactly(
                new Inline.Text("The network answers "),
                new Inline.Computed(Inline.Operation.VALUE, "", new SourceText("f(0, P)", 11, 24), java.util.List.of()),
                new Inline.Text(" at "),
                new Inline.Math(new SourceText("x = 0", 11, 39)),
                new Inline.Text(", but the "),
                new Inline.Emphasis("data"),
                new Inline.Text(" says "),
                new Inline.Strong("-2"),
                new Inline.Text("."));
        assertThat(step.prose().get(1)).isEqualTo(new ProseBlock.Equation(new SourceText("f(x, P) = P_0 \\times x + P_1", 14, 1)));
    }

    @Test
    void aListItemWrittenOverTwoLinesIsOneItem() {
        fixture().english("The network answers {{ f(0, P) }} at $x = 0$, but the *data* says **-2**.",
                "- one item\n  that goes on\nand on\n- another");
        var prose = Kinds.load(temp).course().orElseThrow().lessons(Language.EN).get(0).steps().get(0).prose();
        assertThat(prose).startsWith(
                new ProseBlock.Bullet(java.util.List.of(new Inline.Text("one item"), new Inline.Text(" "),
                        new Inline.Text("that goes on"), new Inline.Text(" "), new Inline.Text("and on"))),
                new ProseBlock.Bullet(java.util.List.of(new Inline.Text("another"))));
        assertThat(prose.get(2)).isInstanceOf(ProseBlock.Equation.class);
    }

    @Test
    void aJapaneseListItemContinuesWithoutASpace() {
        fixture().english("The network answers {{ f(0, P) }} at $x = 0$, but the *data* says **-2**.",
                "- 一行目の\n  続きです");
        var prose = Kinds.load(temp).course().orElseThrow().lessons(Language.EN).get(0).steps().get(0).prose();
        assertThat(prose.get(0)).isEqualTo(new ProseBlock.Bullet(java.util.List.of(new Inline.Text("一行目の"),
                new Inline.Text("続きです"))));
    }

    @Test
    void aGuessTakesTheHeadersParametersAndPoints() {
        fixture();
        var guess = (GuessStep) Kinds.load(temp).course().orElseThrow().lessons(Language.EN).get(0).steps().get(1);
        assertThat(guess.parameters()).extracting(b -> b.name().text()).containsExactly("P_0", "P_1");
        assertThat(guess.points()).extracting(p -> p.x().text() + "," + p.y().text()).containsExactly("0,-2");
        assertThat(guess.rate().text()).isEqualTo("0.1");
        assertThat(guess.hints().answer().source()).isEqualTo("P_0 has no effect; lower P_1.");
    }

    @Test
    void anUnknownStepKindSuggestsTheNearestOne() {
        assertThat(fixture().english("```quiz", "```quizz").problems())
                .containsExactly("en/01-loss.md:30:4: unknown step kind \"quizz\" (did you mean \"quiz\"?); a fenced"
                        + " block is guess, quiz, lab, predict, derive, nudges, plot, descent, table, network, program or text");
    }

    @Test
    void anUnknownKeySuggestsTheNearestOne() {
        assertThat(fixture().english("rate: 0.1", "rat: 0.1").problems()).containsExactly(
                "en/01-loss.md:21:1: a guess block needs a \"rate:\" line",
                "en/01-loss.md:22:1: unknown key \"rat\" in a guess block (did you mean \"rate\"?); known keys:"
                        + " hint-answer, hint-concept, hint-strategy, loss, nudge, params, points, rate, reveal");
    }

    @Test
    void aFenceNeverClosedIsReportedWhereItOpens() {
        assertThat(fixture().english("hint-answer: The mean of the squared differences.\n```",
                "hint-answer: The mean of the squared differences.").problems())
                .containsExactly("en/01-loss.md:30:1: the ``` block opened here is never closed with a ``` line");
    }

    @Test
    void aStepHeadingWithoutAnIdSaysHowToWriteOne() {
        assertThat(fixture().english("## The model {#model}", "## The model").problems()).contains(
                "en/01-loss.md:9:1: a step heading ends with its id, like \"## The model {#step-id}\"");
    }

    @Test
    void aDuplicateStepIdNamesTheFirst() {
        assertThat(fixture().english("{#mse}", "{#model}").problems())
                .contains("en/01-loss.md:28:1: step id \"model\" is used twice (first on line 9)");
    }

    @Test
    void aChoiceQuizNeedsItsRightAnswerAndReasonsForWrongOnes() {
        assertThat(fixture().english("right: The mean of the squared differences\n", "").problems())
                .containsExactly("en/01-loss.md:30:1: a choice quiz needs exactly one \"right:\" answer");
        assertThat(fixture().english(" | Positive and negative differences would cancel.", "").problems())
                .containsExactly("en/01-loss.md:33:8: a wrong choice needs \"| explanation\" after it");
        assertThat(fixture().english("right: The mean of the squared differences",
                "right: The mean of the squared differences\nright: The mean").problems())
                .containsExactly("en/01-loss.md:33:1: \"right\" is given twice in a quiz block (first on line 32)");
    }

    @Test
    void anUnknownQuizType() {
        assertThat(fixture().english("type: choice", "type: choise").problems()).containsExactly(
                "en/01-loss.md:31:7: unknown quiz type \"choise\" (did you mean \"choice\"?); a quiz is choice, number"
                        + " or expression");
    }

    @Test
    void textBeforeTheFirstStepAndAfterABlock() {
        assertThat(fixture().english("## The model {#model}", "Hello.\n\n## The model {#model}").problems())
                .containsExactly("en/01-loss.md:9:1: text before the first step; start a step with \"## Title"
                        + " {#step-id}\"");
        assertThat(fixture().english("hint-answer: P_0 has no effect; lower P_1.\n```",
                "hint-answer: P_0 has no effect; lower P_1.\n```\nMore text.").problems())
                .containsExactly("en/01-loss.md:27:1: text after the guess block; put it in a step of its own");
    }

    @Test
    void aMissingHeaderOrAnUnclosedOne() {
        assertThat(fixture().write("en/01-loss.md", "## A step {#a}\n\nText.\n").problems())
                .contains("en/01-loss.md:1:1: a lesson starts with a header between two \"---\" lines, giving at least"
                        + " its id and title");
        assertThat(fixture().write("en/01-loss.md", "---\nid: loss\ntitle: T\n").problems())
                .contains("en/01-loss.md:1:1: the header opened here is never closed with a \"---\" line");
    }

    @Test
    void unclosedInlineMarkup() {
        assertThat(fixture().english("answers {{ f(0, P) }} at", "answers {{ f(0, P) at").problems())
                .containsExactly("en/01-loss.md:11:21: \"{{\" is never closed with \"}}\" on this line");
        assertThat(fixture().english("at $x = 0$, but", "at $x = 0, but").problems())
                .containsExactly("en/01-loss.md:11:38: inline math \"$\" is never closed with \"$\" on this line");
    }

    @Test
    void emphasisMustCloseOnItsLine() {
        assertThat(fixture().english("says **-2**.", "says **-2.").problems())
                .containsExactly("en/01-loss.md:11:67: \"**\" is not closed on this line; emphasis, strong text and"
                        + " code open and close on the same line");
    }

    @Test
    void badListsInTheHeader() {
        assertThat(fixture().english("params: P_0 = 1, P_1 = 1", "params: P_0 = 1, P_1").problems())
                .containsExactly("en/01-loss.md:5:18: expected NAME = VALUE, such as P_1 = 1, but found \"P_1\"",
                        "en/01-loss.md:11:24: \"f(0, P)\": needs a value for P_1",
                        "en/01-loss.md:17:1: the loss over the step's points: needs a value for P_1");
        assertThat(fixture().english("points: (0, -2)", "points: (0 -2)").problems())
                .containsExactly("en/01-loss.md:6:9: a point has two numbers, x and y, such as (0, -2), but found"
                        + " \"(0 -2)\"",
                        "en/01-loss.md:21:1: a guess block needs \"points:\" or \"loss:\" (or points in the header)"
                                + " to measure the loss on");
    }

    @Test
    void languagesMustTellTheSameCourse() {
        assertThat(bilingual().write("ja/01-loss.md", CourseFixture.LESSON_JA.replace("{#guess ", "{#guessing "))
                .problems()).containsExactly("ja/01-loss.md:17:1: step id \"guessing\" where " + temp.resolve("en/01-loss.md")
                        + ":17 has \"guess\"; steps have the same ids in the same order in every language");
    }

    @Test
    void aStepOfAnotherKindInOneLanguage() {
        var ja = CourseFixture.LESSON_JA.replace("```guess", "```text");
        var problems = bilingual().write("ja/01-loss.md", ja).problems();
        assertThat(problems).containsExactly("ja/01-loss.md:17:1: step \"guess\" is a prose step here but a guess step"
                + " in " + temp.resolve("en/01-loss.md") + ":17");
    }

    @Test
    void missingAndUnlistedLessonFiles() {
        var fixture = bilingual().write("ja/02-extra.md", CourseFixture.LESSON_JA);
        assertThat(fixture.problems()).containsExactly("ja/02-extra.md: not listed in course.txt; list it under"
                + " \"lessons:\" or remove it");
        fixture.write("course.txt", CourseFixture.COURSE + "  02-missing\n");
        assertThat(fixture.problems()).contains(
                "course.txt:5:3: lesson \"02-missing\" has no file en/02-missing.md",
                "course.txt:5:3: lesson \"02-missing\" has no file ja/02-missing.md");
    }

    @Test
    void theCourseFileIsChecked() {
        assertThat(bilingual().write("course.txt", "format_version: 2\nlanguages: en, fr\nlesons:\n  01-loss\n")
                .problems()).contains(
                        "course.txt:1:17: format_version 2 is not supported; this nudge reads format_version 1",
                        "course.txt:2:16: unknown language \"fr\"; nudge speaks en and ja",
                        "course.txt:3:1: unknown key \"lesons\" in course.txt (did you mean \"lessons\"?); known keys:"
                                + " format_version, languages, lessons",
                        "course.txt:1:1: course.txt lists no lessons; add \"lessons:\" and one lesson file name per"
                                + " indented line");
    }

    @Test
    void notATextFile() {
        var fixture = fixture();
        fixture.write("en/01-loss.md", "---\nid: loss\n");
        try {
            java.nio.file.Files.write(temp.resolve("en/01-loss.md"), new byte[] {'-', '-', '-', '\n', 'a', (byte) 0xFF});
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertThat(fixture.problems()).containsExactly(
                "en/01-loss.md:2:2: not UTF-8 text (byte 0xFF); a lesson is a UTF-8 text file");
        fixture.write("en/01-loss.md", "---\nid: lo\u0000ss\n");
        assertThat(fixture.problems()).containsExactly(
                "en/01-loss.md:2:7: control character U+0000 in the text; a lesson holds only printable text");
    }

    @Test
    void aHugeFileIsRefusedWithItsSize() {
        var fixture = fixture().write("en/01-loss.md", "x".repeat((int) LessonText.MAX_BYTES + 1));
        assertThat(fixture.problems()).containsExactly("en/01-loss.md: the file is too large for a lesson (1048577"
                + " bytes; at most 1048576)");
    }
}
