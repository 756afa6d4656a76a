package dev.nudge.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nudge.i18n.Language;
import dev.nudge.step.registry.Kinds;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The course in lessons/ loads clean and computes every figure of the article, in both languages. */
class RealCourseTest {
    private static final Path LESSONS = Path.of("lessons");

    @Test
    void theCourseChecksClean() {
        var result = Kinds.load(LESSONS);
        assertThat(result.problems()).isEmpty();
        var course = result.course().orElseThrow();
        assertThat(course.languages()).containsExactly(Language.EN, Language.JA);
        assertThat(course.lessons(Language.EN)).extracting(Lesson::id).containsExactly("function", "loss", "trap",
                "loss-of-parameters", "nudge", "derivative", "takeaways", "all-points", "descent-loop", "bent-data", "neuron", "chain-rule", "backprop", "train", "code");
    }

    /** Every value the course computes in {@code language}: prose values, answers, guesses' losses and slopes. */
    private static List<String> computedFigures(Language language) {
        var problems = new Problems();
        var figures = new ArrayList<String>();
        for (var lesson : Kinds.load(LESSONS).course().orElseThrow().lessons(language)) {
            var math = MathCheck.compile(lesson, problems).orElseThrow();
            MathCheck.figures(lesson, math, problems).values().forEach(figures::addAll);
        }
        assertThat(problems.all()).isEmpty();
        return figures;
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyFigureOfTheArticleIsComputed(Language language) {
        assertThat(computedFigures(language)).contains(
                "1",                    // f(0, P) at P_0 = 1, P_1 = 1, and after setting P_0 to 0 or -1
                "3",                    // the difference to y = -2
                "9",                    // the squared error at x = 0
                "P_1^2 + 4*P_1 + 4",    // the expanded loss at x = 0
                "9.006001",             // the loss at P_1 = 1.001
                "0.006001",             // its change
                "2*P_1 + 4",            // dLoss/dP_1
                "6",                    // its value at P_1 = 1
                "11/3",                 // the MSE over all three points (the answer of a number quiz)
                "-2/3 ~ -0.667",        // dMSE/dP_0
                "2");                   // dMSE/dP_1
    }
}
