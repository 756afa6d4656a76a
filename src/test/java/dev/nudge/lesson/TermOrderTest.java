package dev.nudge.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The checker's rule that no step uses a term before the step that introduces it, on broken copies of a fixture. */
class TermOrderTest {
    private static final String ALL = "{#guess introduces=loss, expansion, derivative, nudge, update, learning-rate}";

    @TempDir
    Path temp;

    private CourseFixture fixture() {
        return CourseFixture.english(temp);
    }

    @Test
    void aGuessThatRevealsEveryStageNeedsEveryTermIntroducedByThen() {
        assertThat(fixture().english(ALL, "{#guess introduces=loss, expansion, nudge}").problems()).containsExactly(
                "en/01-loss.md:21:1: step \"guess\" uses the term \"derivative\" (the reveal stage \"derivatives\"), but"
                        + " no step introduces it; mark the step that teaches it with {#id introduces=derivative}",
                "en/01-loss.md:21:1: step \"guess\" uses the term \"update\" (the reveal stage \"update\"), but no step"
                        + " introduces it; mark the step that teaches it with {#id introduces=update}",
                "en/01-loss.md:21:1: step \"guess\" uses the term \"learning-rate\" (the reveal stage \"update\"), but"
                        + " no step introduces it; mark the step that teaches it with {#id introduces=learning-rate}");
    }

    @Test
    void aTermIntroducedOnlyLaterNamesWhereItIs() {
        var later = fixture().english(ALL, "{#guess introduces=loss, expansion, nudge, update, learning-rate}")
                .english("{#mse}", "{#mse introduces=derivative}");
        // CourseFixture.english rewrites the lesson from the original each time: break both in one text.
        later.write("en/01-loss.md", CourseFixture.LESSON_EN
                .replace(ALL, "{#guess introduces=loss, expansion, nudge, update, learning-rate}")
                .replace("{#mse}", "{#mse introduces=derivative}"));
        assertThat(later.problems()).containsExactly(
                "en/01-loss.md:21:1: step \"guess\" uses the term \"derivative\" (the reveal stage \"derivatives\")"
                        + " before it is introduced: step \"mse\" introduces it at en/01-loss.md:28");
    }

    @Test
    void aGuessThatShowsOnlyTheLossUsesOnlyTheLoss() {
        CourseFixture.english(temp).write("en/01-loss.md", CourseFixture.LESSON_EN
                .replace(ALL, "{#guess introduces=loss}").replace("rate: 0.1", "reveal: loss\nrate: 0.1"));
        assertThat(CourseFixture.english(temp).problems()).isEmpty();
    }

    @Test
    void derivativeNotationInTheTextIsAUse() {
        var text = CourseFixture.LESSON_EN.replace(ALL, "{#guess introduces=loss}").replace("rate: 0.1", "reveal: loss\nrate: 0.1")
                .replace("Which way should each parameter move?",
                        "Is $\\frac{dLoss}{dP_1}$ or {{ d/dP_1: (f(0, P) + 2)^2 }} positive?");
        assertThat(fixture().write("en/01-loss.md", text).problems()).containsExactly(
                "en/01-loss.md:19:5: step \"guess\" uses the term \"derivative\" (\"\\frac{dLoss}{dP_1}\"), but no step"
                        + " introduces it; mark the step that teaches it with {#id introduces=derivative}");
    }

    @Test
    void anUnknownTermOrAttributeIsReportedWithASuggestion() {
        assertThat(fixture().english("{#model}", "{#model introduces=derivatives}").problems()).contains(
                "en/01-loss.md:9:22: unknown term \"derivatives\" (did you mean \"derivative\"?); the terms are loss,"
                        + " expansion, nudge, derivative, learning-rate, update");
        assertThat(fixture().english("{#model}", "{#model introduce=loss}").problems()).contains(
                "en/01-loss.md:9:22: unknown heading attribute \"introduce\" (did you mean \"introduces\"?); a step"
                        + " heading may say {#id introduces=TERM, ...} with the terms loss, expansion, nudge,"
                        + " derivative, learning-rate, update");
    }

    @Test
    void aTermIsIntroducedOnce() {
        assertThat(fixture().english("{#model}", "{#model introduces=loss}").problems()).containsExactly(
                "en/01-loss.md:17:23: \"loss\" is introduced twice: step \"model\" introduces it at en/01-loss.md:9");
    }

    @Test
    void anUnknownRevealStageOrOneWithoutWhatItNeedsIsReported() {
        assertThat(fixture().english("rate: 0.1", "reveal: loss, nudges\nrate: 0.1").problems()).containsExactly(
                "en/01-loss.md:22:15: unknown reveal stage \"nudges\" (did you mean \"nudge\"?); the stages are loss,"
                        + " expansion, derivatives, nudge, update, change");
        assertThat(fixture().english("rate: 0.1", "reveal: loss, change\nrate: 0.1").problems()).contains(
                "en/01-loss.md:22:9: the reveal stage \"change\" needs \"update\" too");
    }
}
