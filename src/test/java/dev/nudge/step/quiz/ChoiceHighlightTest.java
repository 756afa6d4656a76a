package dev.nudge.step.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nudge.i18n.Language;
import dev.nudge.step.Notice;
import dev.nudge.tutor.FixtureCourse;
import org.junit.jupiter.api.Test;

/** A choice quiz highlights nothing until the learner moves, so Enter alone never answers it. */
class ChoiceHighlightTest {

    private static QuizSession after(String keys) {
        return (QuizSession) FixtureCourse.after(FixtureCourse.at(Language.EN, "line", "knobs"), keys).session();
    }

    @Test
    void nothingIsHighlightedAtFirstAndEnterAloneTakesNothing() {
        assertThat(after("").highlighted()).isEqualTo(QuizSession.NONE);
        var state = FixtureCourse.after(FixtureCourse.at(Language.EN, "line", "knobs"), ">");
        var quiz = (QuizSession) state.session();
        assertThat(quiz.last()).as("no answer was judged").isEmpty();
        assertThat(quiz.misses()).isZero();
        assertThat(state.notice()).isPresent().get().extracting(Notice::messageKey).isEqualTo("notice.chooseFirst");
    }

    @Test
    void downHighlightsTheFirstChoiceAndUpTheLast() {
        assertThat(after("v").highlighted()).isZero();
        var knobs = FixtureCourse.at(Language.EN, "line", "knobs");
        var step = (QuizStep) knobs.book().step(Language.EN, knobs.place());
        int choices = ((Quiz.ChoiceQuiz) step.quiz()).choices().size();
        assertThat(after("^").highlighted()).isEqualTo(choices - 1);
        assertThat(after("v>").last()).as("Enter takes the highlighted choice").isPresent();
    }
}
