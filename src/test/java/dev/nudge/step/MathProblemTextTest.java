package dev.nudge.step;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nudge.i18n.Language;
import dev.nudge.i18n.Messages;
import dev.nudge.layout.Glyphs;
import dev.nudge.layout.Writing;
import dev.nudge.math.Algebra;
import dev.nudge.math.Definitions;
import dev.nudge.math.MathException;
import dev.nudge.math.MathProblem;
import dev.nudge.math.Parser;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every problem the math engine can give has a text in English and in Japanese, so no screen mixes languages. */
class MathProblemTextTest {
    private static final List<String> ARGUMENTS = List.of("#0#", "#1#", "#2#", "#3#");

    @ParameterizedTest
    @EnumSource(MathProblem.class)
    void theEnglishTextIsTheEnginesOwn(MathProblem problem) {
        assertThat(Messages.text(Language.EN, problem.messageKey(), ARGUMENTS.toArray()))
                .isEqualTo(problem.english(ARGUMENTS));
    }

    @ParameterizedTest
    @EnumSource(value = MathProblem.class, names = "DESCRIBED", mode = EnumSource.Mode.EXCLUDE)
    void theJapaneseTextIsJapanese(MathProblem problem) {
        var japanese = Messages.text(Language.JA, problem.messageKey(), ARGUMENTS.toArray());
        assertThat(japanese).isNotEqualTo(problem.english(ARGUMENTS)).doesNotContainPattern("\\{\\d\\}")
                .matches(MathProblemTextTest::japanese, "has Japanese characters");
        for (int i = 0; i < ARGUMENTS.size(); i++) {
            if (problem.english(ARGUMENTS).contains(ARGUMENTS.get(i))) {
                assertThat(japanese).as("says argument %d", i).contains(ARGUMENTS.get(i));
            }
        }
    }

    /** Typed answers that reach the learner as the engine's problem, one for each thing a learner can get wrong. */
    @ParameterizedTest
    @ValueSource(strings = {"2P_1 +", "(2P_1 + 4", "2P_1 % 4", "\\foo", "P_", "P_{1", "x^y", "x^2^3", "2P_1 4",
        "2P_1 + 4)", "g(2)", "\\frac 1", "1/0", "1/(1-1)", "2 - -2", "x^99999", "((P_1+1)^100)^100", "1e99999",
        "P_1 + }", "d/dP_1", "(((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((1)))"})
    void aLearnersMistypedAnswerReadsInJapanese(String typed) {
        MathException problem = problemWith(typed);
        var text = Notice.of(problem).text(new Writing(Language.JA, Glyphs.NARROW));
        for (var quoted : problem.arguments()) {
            text = text.replace(quoted, "");
        }
        assertThat(problem.reason()).isNotEqualTo(MathProblem.DESCRIBED);
        assertThat(text).as(typed + " gives " + problem.problem())
                .matches(MathProblemTextTest::japanese, "has Japanese characters")
                .doesNotContainPattern("[a-z]{4,}");
    }

    private static boolean japanese(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HIRAGANA);
    }

    private static MathException problemWith(String typed) {
        try {
            Algebra.evaluate(Parser.parse(typed, java.util.Set.of()), Definitions.none(), Map.of());
        } catch (MathException expected) {
            return expected;
        }
        throw new AssertionError(typed + " has no problem");
    }
}
