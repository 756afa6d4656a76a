package dev.nudge.step.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nudge.i18n.Language;
import dev.nudge.layout.Glyphs;
import dev.nudge.layout.Writing;
import dev.nudge.lesson.LessonMath;
import dev.nudge.step.Verdict;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** A typed expression with a name the quiz does not have is told which name, and costs no try. */
class NameFeedbackTest {
    private static final Quiz.ExpressionQuiz DIFFERENTIATE =
            RealQuizzes.quiz("derivative", "differentiate", Quiz.ExpressionQuiz.class);
    private static final LessonMath DERIVATIVE = RealQuizzes.math("derivative");

    private static Verdict differentiate(String typed) {
        return Grader.expression(DIFFERENTIATE, DERIVATIVE, typed);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"2p_1 + 4 | p_1", "2p1 + 4 | p_1", "2P_1 + 4p_0 | p_0"})
    void aNameThatDiffersOnlyInCapitalsSuggestsTheNameMeant(String typed, String unknown) {
        var meant = unknown.toUpperCase(java.util.Locale.ROOT);
        assertThat(differentiate(typed)).isEqualTo(Verdict.Invalid.saying("quiz.unknownNameMeant", unknown, meant,
                "P_0, P_1"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"2x + 4 | x", "2P_2 + 4 | P_2", "2P_1 + 4y | y", "P | P"})
    void aNameTheLessonDoesNotHaveIsNamedWithTheNamesThereAre(String typed, String unknown) {
        assertThat(differentiate(typed)).isEqualTo(Verdict.Invalid.saying("quiz.unknownName", unknown, "P_0, P_1"));
    }

    @Test
    void anUnknownNameCostsNoTry() {
        var step = (QuizStep) RealQuizzes.lesson("derivative").steps().stream()
                .filter(s -> s.id().equals("differentiate")).findFirst().orElseThrow();
        var session = QuizSession.start(step, ChoiceOrder.inFile(0), false);
        var after = session.judged(differentiate("2p_1 + 4"));
        assertThat(after.misses()).isZero();
        assertThat(after.open()).isTrue();
    }

    @Test
    void anEqualAnswerInAnotherFormThanAskedCostsNoTryAndSaysSo() {
        var expand = (QuizStep) RealQuizzes.lesson("loss-of-parameters").steps().stream()
                .filter(s -> s.id().equals("expand")).findFirst().orElseThrow();
        var verdict = Grader.expression((Quiz.ExpressionQuiz) expand.quiz(), RealQuizzes.math("loss-of-parameters"),
                "(P_1 + 2)^2");
        assertThat(verdict.countsAsAttempt()).isFalse();
        assertThat(QuizSession.start(expand, ChoiceOrder.inFile(0), false).judged(verdict).misses()).isZero();
        var notice = ((Verdict.Invalid) verdict).message();
        assertThat(notice.text(new Writing(Language.EN, Glyphs.UNICODE))).contains("not expanded")
                .endsWith("Not counted as a try.");
        assertThat(notice.text(new Writing(Language.JA, Glyphs.NARROW))).contains("展開されていません")
                .endsWith("（不正解には数えません）");
    }

    @Test
    void theFeedbackReadsInEachLanguage() {
        var notice = ((Verdict.Invalid) differentiate("2p_1 + 4")).message();
        assertThat(notice.text(new Writing(Language.EN, Glyphs.UNICODE)))
                .isEqualTo("There is no p₁ here; did you mean P₁? Names are case-sensitive. The names in this"
                        + " question are P₀, P₁. Not counted as a try.");
        assertThat(notice.text(new Writing(Language.JA, Glyphs.NARROW)))
                .isEqualTo("この問題に p_1 という名前はありません。P_1 のことでしょうか。大文字と小文字は区別されます。"
                        + "使える名前は P_0, P_1 です。（不正解には数えません）");
    }
}
