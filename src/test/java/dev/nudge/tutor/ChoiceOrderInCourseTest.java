package dev.nudge.tutor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nudge.i18n.Language;
import dev.nudge.keys.Key;
import dev.nudge.progress.Progress;
import dev.nudge.progress.ProgressEvent;
import dev.nudge.progress.StepKey;
import dev.nudge.step.quiz.Quiz;
import dev.nudge.step.quiz.QuizSession;
import dev.nudge.step.quiz.QuizStep;
import dev.nudge.step.quiz.ShownChoices;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The choices of the real course's quizzes as learners see them: in an order of their own that a review, a restart and
 * the other language keep, with the right choice not always first, and progress keeping the choice, not its number.
 */
class ChoiceOrderInCourseTest {
    private static final List<String> LEARNERS = List.of("learner", "ada", "SHA256:k3x9", "grace", "花子");

    /** Every choice quiz of the real course, by its place. */
    private static List<Place> choiceQuizzes() {
        var book = TestCourse.book();
        var places = new ArrayList<Place>();
        for (int l = 0; l < book.lessonCount(); l++) {
            for (int s = 0; s < book.stepCount(l); s++) {
                var place = new Place(l, s);
                if (book.step(Language.EN, place) instanceof QuizStep quiz && quiz.quiz() instanceof Quiz.ChoiceQuiz) {
                    places.add(place);
                }
            }
        }
        return places;
    }

    private static TutorState at(String learner, Language language, Progress progress, Place place) {
        return Moves.goTo(TutorState.start(TestCourse.book(), language, progress, learner), place).state();
    }

    private static QuizSession quiz(TutorState state) {
        return (QuizSession) state.session();
    }

    @Test
    void theRightChoiceIsNotAlwaysFirstForAnyLearner() {
        assertThat(choiceQuizzes()).as("the course's choice quizzes").hasSizeGreaterThan(2);
        for (var learner : LEARNERS) {
            var rightShown = choiceQuizzes().stream()
                    .map(place -> ShownChoices.right(at(learner, Language.EN, Progress.NONE, place).session()))
                    .toList();
            assertThat(rightShown).as("where %s sees the right choices", learner).anyMatch(n -> !n.equals("1"));
        }
    }

    @Test
    void bothLanguagesShowTheSameChoicesInTheSameOrder() {
        for (var learner : LEARNERS) {
            for (var place : choiceQuizzes()) {
                var english = quiz(at(learner, Language.EN, Progress.NONE, place));
                var japanese = quiz(at(learner, Language.JA, Progress.NONE, place));
                assertThat(japanese.order()).isEqualTo(english.order());
                assertThat(ShownChoices.right(japanese)).isEqualTo(ShownChoices.right(english));
                // Switching language at the step, and coming back to it in the other language, keep it too.
                var switched = Tutor.update(at(learner, Language.EN, Progress.NONE, place),
                        new Event.KeyPressed(Key.character('l'))).state();
                assertThat(switched.language()).isEqualTo(Language.JA);
                assertThat(quiz(switched).order()).isEqualTo(english.order());
                assertThat(quiz(Moves.goTo(switched, place).state()).order()).isEqualTo(english.order());
            }
        }
    }

    @Test
    void aReviewAndARestartShowTheSameOrder() {
        var book = TestCourse.book();
        for (var place : choiceQuizzes()) {
            var key = book.key(place);
            var first = quiz(at("ada", Language.EN, Progress.NONE, place));
            var missed = Progress.NONE.after(new ProgressEvent.Answered(key, "wrong", false))
                    .after(new ProgressEvent.Visited(key));
            var review = Tutor.update(TutorState.start(book, Language.EN, missed, "ada"),
                    new Event.KeyPressed(Key.character('m'))).state();
            assertThat(review.review()).as("a review of %s", key).isPresent();
            assertThat(review.place()).isEqualTo(place);
            assertThat(quiz(review).order()).as("the review of %s", key).isEqualTo(first.order());
            assertThat(quiz(at("ada", Language.EN, missed, place)).order()).as("after a restart")
                    .isEqualTo(first.order());
        }
    }

    @Test
    void progressKeepsTheChoiceItselfNotItsNumber() {
        var place = choiceQuizzes().get(0);
        var state = at("grace", Language.EN, Progress.NONE, place);
        var quiz = quiz(state);
        var right = ((Quiz.ChoiceQuiz) quiz.step().quiz()).choices().stream().filter(c -> c.right()).findFirst()
                .orElseThrow();
        var update = Tutor.update(state, new Event.KeyPressed(Key.character(ShownChoices.right(quiz).charAt(0))));
        assertThat(update.effects()).contains(new Effect.Record(new ProgressEvent.Answered(
                new StepKey(TestCourse.book().key(place).lessonId(), quiz.step().id()), right.text().source(), true)));
    }
}
