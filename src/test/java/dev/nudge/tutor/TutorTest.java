package dev.nudge.tutor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nudge.i18n.Language;
import dev.nudge.keys.Key;
import dev.nudge.math.Rational;
import dev.nudge.progress.Progress;
import dev.nudge.progress.ProgressEvent;
import dev.nudge.progress.StepKey;
import dev.nudge.progress.StoreHealth;
import dev.nudge.progress.StoreMessage;
import dev.nudge.step.Notice;
import dev.nudge.step.guess.Direction;
import dev.nudge.step.guess.GuessReveal;
import dev.nudge.step.guess.GuessSession;
import dev.nudge.step.guess.RevealStage;
import dev.nudge.step.quiz.ShownChoices;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TutorTest {
    private static final TutorState START = TestCourse.start(Language.EN);

    private static Update press(TutorState state, Key key) {
        return Tutor.update(state, new Event.KeyPressed(key));
    }

    /** The state after pressing each key in turn, with every effect asked for on the way. */
    private static final class Walk {
        TutorState state;
        final List<Effect> effects = new ArrayList<>();

        Walk(TutorState state) {
            this.state = state;
        }

        Walk press(Key... keys) {
            for (var key : keys) {
                var update = TutorTest.press(state, key);
                state = update.state();
                effects.addAll(update.effects());
            }
            return this;
        }

        Walk type(String characters) {
            characters.chars().forEach(c -> press(Key.character((char) c)));
            return this;
        }

        List<ProgressEvent> recorded() {
            return effects.stream().filter(Effect.Record.class::isInstance).map(e -> ((Effect.Record) e).event()).toList();
        }
    }

    private static Key enter() {
        return Key.of(Key.Kind.ENTER);
    }

    /** The place of a step by its ids in the real course. */
    private static Place place(String lesson, String step) {
        return TestCourse.book().place(new StepKey(lesson, step)).orElseThrow();
    }

    private static TutorState at(String lesson, String step) {
        return Moves.goTo(START, place(lesson, step)).state();
    }

    @Test
    void startsOnTheStartPageAtTheFirstStep() {
        assertThat(START.page()).isEqualTo(Page.START);
        assertThat(START.place()).isEqualTo(Place.FIRST);
        assertThat(START.hasStarted()).isFalse();
    }

    @Test
    void enterStartsTheCourseAndRecordsTheVisit() {
        var walk = new Walk(START).press(enter());
        assertThat(walk.state.page()).isEqualTo(Page.LESSON);
        assertThat(walk.state.place()).isEqualTo(Place.FIRST);
        assertThat(walk.recorded()).containsExactly(new ProgressEvent.Visited(new StepKey("function", "not-neurons")));
        assertThat(walk.state.hasStarted()).isTrue();
    }

    @Test
    void aReturningLearnerContinuesWhereTheyStopped() {
        var progress = Progress.NONE.after(new ProgressEvent.Visited(new StepKey("trap", "tempting")));
        var state = TutorState.start(TestCourse.book(), Language.EN, progress);
        assertThat(state.place()).isEqualTo(place("trap", "tempting"));
        assertThat(new Walk(state).press(enter()).state.place()).isEqualTo(place("trap", "tempting"));
    }

    @ParameterizedTest
    @EnumSource(value = Key.Kind.class, names = {"RIGHT", "ENTER"})
    void nextKeysMoveToTheNextStepAndOnToTheNextLesson(Key.Kind kind) {
        var state = new Walk(START).press(enter(), Key.of(kind)).state;
        assertThat(state.place()).isEqualTo(new Place(0, 1));
        var lastOfFirstLesson = at("function", "what-is-adjusted");
        assertThat(new Walk(lastOfFirstLesson).press(Key.character('n')).state.place()).isEqualTo(new Place(1, 0));
    }

    @Test
    void backKeysMoveBackAndSayWhenThereIsNothingBefore() {
        var second = new Walk(START).press(enter(), Key.character(' ')).state;
        assertThat(new Walk(second).press(Key.of(Key.Kind.LEFT)).state.place()).isEqualTo(Place.FIRST);
        assertThat(new Walk(second).press(Key.character('p')).state.place()).isEqualTo(Place.FIRST);
        var first = new Walk(second).press(Key.of(Key.Kind.BACKSPACE)).state;
        assertThat(new Walk(first).press(Key.of(Key.Kind.LEFT)).state.notice()).contains(Notice.of("notice.firstStep"));
        var previousLesson = new Walk(at("loss", "examples")).press(Key.of(Key.Kind.LEFT)).state;
        assertThat(previousLesson.place()).isEqualTo(place("function", "what-is-adjusted"));
    }

    @Test
    void afterTheLastStepComesTheCompletePage() {
        var book = TestCourse.book();
        int last = book.lessonCount() - 1;
        var end = Moves.goTo(START, new Place(last, book.stepCount(last) - 1)).state();
        var done = new Walk(end).press(Key.character('n')).state;
        assertThat(done.page()).isEqualTo(Page.COMPLETE);
        assertThat(new Walk(done).press(Key.of(Key.Kind.LEFT)).state.page()).isEqualTo(Page.LESSON);
    }

    @Test
    void questionMarkOpensTheHelpAndEscClosesIt() {
        var help = new Walk(START).press(Key.character('?')).state;
        assertThat(help.overlay()).isEqualTo(Overlay.HELP);
        assertThat(new Walk(help).press(Key.of(Key.Kind.ESCAPE)).state.overlay()).isEqualTo(Overlay.NONE);
        assertThat(new Walk(help).press(Key.character('x')).state.notice()).contains(Notice.of("notice.escCloses"));
    }

    @Test
    void qAndCtrlCQuitEverywhere() {
        for (var state : List.of(START, at("trap", "which-way"), new Walk(START).press(Key.character('?')).state)) {
            assertThat(press(state, Key.character('q')).quits()).isTrue();
            assertThat(press(state, Key.ctrl('c')).quits()).isTrue();
        }
    }

    @Test
    void contentsListsLessonsAndJumpsToOne() {
        var contents = new Walk(START).press(Key.character('t')).state;
        assertThat(contents.page()).isEqualTo(Page.CONTENTS);
        var jumped = new Walk(contents).press(Key.of(Key.Kind.DOWN), Key.of(Key.Kind.DOWN), enter()).state;
        assertThat(jumped.place()).isEqualTo(new Place(2, 0));
        assertThat(new Walk(contents).press(Key.character('5')).state.place()).isEqualTo(new Place(4, 0));
        assertThat(new Walk(contents).press(Key.of(Key.Kind.ESCAPE)).state.page()).isEqualTo(Page.START);
        assertThat(new Walk(contents).press(Key.of(Key.Kind.UP)).state.contentsCursor()).isEqualTo(8);
    }

    @Test
    void switchingLanguageKeepsTheStepAndItsGuess() {
        var guessing = new Walk(at("trap", "which-way")).press(Key.of(Key.Kind.RIGHT)).state;
        var switched = new Walk(guessing).press(Key.character('l')).state;
        assertThat(switched.language()).isEqualTo(Language.JA);
        assertThat(switched.place()).isEqualTo(guessing.place());
        assertThat(switched.session()).isEqualTo(guessing.session());
        assertThat(switched.notice()).contains(Notice.of("notice.languageSwitched"));
    }

    @Test
    void aKeyThatDoesNothingSaysSo() {
        assertThat(press(START, Key.character('z')).state().notice()).contains(Notice.of("notice.keyDoesNothing", "z"));
        assertThat(press(at("function", "not-neurons"), Key.of(Key.Kind.TAB)).state().notice())
                .contains(Notice.of("notice.keyDoesNothing", "Tab"));
    }

    @Test
    void scrollingStaysWithinTheBodyTheLayoutMeasuresForTheWindow() {
        // A layout whose body scrolls by 5 lines in a window 30 rows high, and fits in any other.
        BodyLayout layout = (shown, window) -> window.rows() == 30 ? new BodyExtent(5, 10) : BodyExtent.FITS;
        var state = Tutor.update(at("function", "not-neurons").laidOutBy(layout), new Event.Resized(80, 30)).state();
        assertThat(state.window()).isEqualTo(new Window(80, 30));
        var down = new Walk(state).press(Key.of(Key.Kind.PAGE_DOWN)).state;
        assertThat(down.scroll().shown()).isEqualTo(5);
        var atBottom = new Walk(down).press(Key.of(Key.Kind.DOWN)).state;
        assertThat(atBottom.notice()).contains(Notice.of("notice.atBottom"));
        assertThat(new Walk(atBottom).press(Key.of(Key.Kind.HOME)).state.scroll().shown()).isZero();
        assertThat(new Walk(state).press(Key.of(Key.Kind.UP)).state.notice()).contains(Notice.of("notice.atTop"));
        var smaller = Tutor.update(down, new Event.Resized(80, 24)).state();
        assertThat(smaller.scroll().shown()).as("the offset is kept within the new limit").isZero();
        assertThat(new Walk(smaller).press(Key.of(Key.Kind.DOWN)).state.notice())
                .contains(Notice.of("notice.nothingToScroll"));
    }

    @Test
    void theLayoutIsAskedOnlyWhenTheStateChangesWhatTheBodyShows() {
        var asked = new int[1];
        BodyLayout counting = (shown, window) -> {
            asked[0]++;
            return new BodyExtent(5, 10);
        };
        var state = Tutor.update(at("function", "not-neurons").laidOutBy(counting), new Event.Resized(90, 30))
                .state();
        assertThat(asked[0]).isEqualTo(1);
        var scrolled = new Walk(state).press(Key.of(Key.Kind.DOWN), Key.of(Key.Kind.DOWN), Key.character('z')).state;
        assertThat(asked[0]).as("scrolling and a key that does nothing show the same body").isEqualTo(1);
        assertThat(scrolled.scroll().shown()).isEqualTo(2);
        new Walk(scrolled).press(enter());
        assertThat(asked[0]).as("the next step is a new body").isEqualTo(2);
    }

    @Test
    void aGuessNeedsEveryParameterBeforeItIsChecked() {
        var walk = new Walk(at("trap", "which-way")).press(Key.of(Key.Kind.RIGHT), enter());
        var guess = (GuessSession) walk.state.session();
        assertThat(guess.stage()).isEqualTo(RevealStage.CHOOSING);
        assertThat(guess.selected()).isEqualTo(1);
        assertThat(walk.state.notice()).contains(Notice.of("notice.chooseEveryParameter", "P_1"));
    }

    @Test
    void theArticlesGuessIsRevealedStageByStageAndScored() {
        var walk = new Walk(at("trap", "which-way"))
                .type("0").press(Key.of(Key.Kind.DOWN)).type("-").press(enter());
        var guess = (GuessSession) walk.state.session();
        assertThat(guess.choices()).containsExactly(Direction.NONE, Direction.DOWN);
        assertThat(guess.allRight()).isTrue();
        assertThat(guess.stage()).isEqualTo(RevealStage.LOSS);
        assertThat(walk.recorded()).containsExactly(
                new ProgressEvent.Guessed(new StepKey("trap", "which-way"), "P_0 none, P_1 down", true));
        // Lesson 3 comes before the derivative and the update: its reveal shows the loss, then the verdict.
        walk.press(enter());
        assertThat(((GuessSession) walk.state.session()).stage()).isEqualTo(RevealStage.VERDICT);
        walk.press(enter());
        assertThat(walk.state.place()).isEqualTo(place("trap", "tempting"));
    }

    @Test
    void aGuessAfterTheDerivativeLessonRevealsEveryStage() {
        var walk = new Walk(at("derivative", "from-minus-three")).type("+").press(enter());
        assertThat(((GuessSession) walk.state.session()).stage()).isEqualTo(RevealStage.LOSS);
        for (var stage : List.of(RevealStage.EXPANSION, RevealStage.DERIVATIVES, RevealStage.NUDGE, RevealStage.UPDATE,
                RevealStage.CHANGE, RevealStage.VERDICT)) {
            walk.press(enter());
            assertThat(((GuessSession) walk.state.session()).stage()).isEqualTo(stage);
        }
        walk.press(enter());
        assertThat(walk.state.place()).isEqualTo(place("derivative", "step-from-minus-three"));
    }

    @Test
    void aRevealWithoutTheUpdateHasNoRateKeys() {
        var walk = new Walk(at("trap", "which-way")).type("0").press(Key.of(Key.Kind.DOWN)).type("-").press(enter());
        walk.type("]");
        assertThat(((GuessSession) walk.state.session()).rate()).isEqualTo(Rational.parse("0.1"));
    }

    @Test
    void aWrongGuessIsRecordedAsWrong() {
        var walk = new Walk(at("trap", "which-way")).type("+").press(Key.of(Key.Kind.DOWN)).type("+").press(enter());
        assertThat(walk.recorded()).containsExactly(
                new ProgressEvent.Guessed(new StepKey("trap", "which-way"), "P_0 up, P_1 up", false));
    }

    @Test
    void aTypedValueSetsTheDirectionAndIsComparedWithTheUpdate() {
        var walk = new Walk(at("trap", "which-way")).type("0").press(Key.of(Key.Kind.DOWN)).type("=0.5")
                .press(enter());
        var guess = (GuessSession) walk.state.session();
        assertThat(guess.proposed()).containsExactly(java.util.Optional.empty(),
                java.util.Optional.of(Rational.parse("0.5")));
        assertThat(guess.choices()).containsExactly(Direction.NONE, Direction.DOWN);
        assertThat(guess.valueField()).isEmpty();
        walk.press(enter());
        var reveal = GuessReveal.of((GuessSession) walk.state.session(), LessonMathFor.trap());
        assertThat(reveal.proposedLoss()).contains(Rational.parse("6.25"));
        assertThat(reveal.lossAfter()).isEqualTo(Rational.parse("5.76"));
        assertThat(walk.recorded()).containsExactly(
                new ProgressEvent.Guessed(new StepKey("trap", "which-way"), "P_0 none, P_1 down = 0.5", true));
    }

    @Test
    void aValueThatIsNotANumberIsRefusedAndEscCancels() {
        var walk = new Walk(at("trap", "which-way")).type("=abc").press(enter());
        assertThat(walk.state.notice()).contains(Notice.of("notice.valueNotNumber"));
        assertThat(((GuessSession) walk.state.session()).valueField()).isPresent();
        walk.press(Key.of(Key.Kind.ESCAPE));
        assertThat(((GuessSession) walk.state.session()).valueField()).isEmpty();
        assertThat(((GuessSession) walk.state.session()).proposed()).allMatch(java.util.Optional::isEmpty);
    }

    /** The math of the trap lesson, where the article's guess is. */
    private static final class LessonMathFor {
        static dev.nudge.lesson.LessonMath trap() {
            return TestCourse.book().math(Language.EN, place("trap", "which-way").lesson());
        }
    }

    @Test
    void theLearningRateHalvesAndDoubles() {
        var walk = new Walk(at("derivative", "from-minus-three")).type("+").press(enter());
        walk.type("]");
        assertThat(((GuessSession) walk.state.session()).rate()).isEqualTo(Rational.parse("0.2"));
        walk.type("[[");
        assertThat(((GuessSession) walk.state.session()).rate()).isEqualTo(Rational.parse("0.05"));
        assertThat(walk.state.notice()).contains(Notice.of("notice.rateNow", "0.05"));
    }

    @Test
    void revealStagesGoBackWithLeft() {
        var walk = new Walk(at("trap", "which-way")).type("0").press(Key.of(Key.Kind.DOWN)).type("-")
                .press(enter(), enter(), Key.of(Key.Kind.LEFT));
        assertThat(((GuessSession) walk.state.session()).stage()).isEqualTo(RevealStage.LOSS);
    }

    @Test
    void hintsClimbTheLadderAndAreRecorded() {
        var walk = new Walk(at("trap", "which-way")).type("hhh");
        assertThat(((GuessSession) walk.state.session()).hints()).isEqualTo(3);
        assertThat(walk.recorded()).extracting(e -> ((ProgressEvent.HintTaken) e).level()).containsExactly(1, 2, 3);
        assertThat(walk.type("h").state.notice()).contains(Notice.of("notice.noMoreHints"));
        assertThat(press(at("function", "not-neurons"), Key.character('h')).state().notice())
                .contains(Notice.of("notice.noHintsHere"));
    }

    /** Presses Enter through every stage the submitted guess shows, and once more past its verdict. */
    private static void throughTheReveal(Walk walk) {
        int shown = ((GuessSession) walk.state.session()).step().plan().stages().size() - 1;
        for (int stage = 0; stage < shown; stage++) {
            walk.press(enter());
        }
    }

    /** A returning learner who missed the first quiz of lesson 1 and the guess of lesson 3. */
    private static TutorState withTwoMistakes() {
        var progress = Progress.NONE
                .after(new ProgressEvent.Answered(new StepKey("function", "what-is-adjusted"), "2", false))
                .after(new ProgressEvent.Guessed(new StepKey("trap", "which-way"), "P_0 up, P_1 up", false))
                .after(new ProgressEvent.Answered(new StepKey("nudge", "nudge-up"), "9", false))
                .after(new ProgressEvent.Answered(new StepKey("nudge", "nudge-up"), "9.006001", true))
                .after(new ProgressEvent.Visited(new StepKey("derivative", "tiny-change")));
        return TutorState.start(TestCourse.book(), Language.EN, progress);
    }

    @Test
    void aReviewLeavesTheLearnersPlaceAlone() {
        var walk = new Walk(withTwoMistakes()).press(Key.character('m'));
        walk.type(ShownChoices.right(walk.state.session())).press(enter());
        walk.type("0").press(Key.of(Key.Kind.DOWN)).type("-").press(enter());
        throughTheReveal(walk);
        assertThat(walk.state.review()).isEmpty();
        assertThat(walk.recorded()).as("no visit is recorded on the way through the review")
                .noneMatch(ProgressEvent.Visited.class::isInstance);
        assertThat(walk.state.progress().position()).contains(new StepKey("derivative", "tiny-change"));
        assertThat(walk.state.place()).as("Continue goes back where the learner was")
                .isEqualTo(place("derivative", "tiny-change"));
        assertThat(new Walk(walk.state).press(enter()).state.place()).isEqualTo(place("derivative", "tiny-change"));
    }

    @Test
    void aReviewReplaysOnlyTheMistakesUntilEachIsRight() {
        var walk = new Walk(withTwoMistakes()).press(Key.character('m'));
        assertThat(walk.state.review()).map(r -> r.remaining().size()).contains(2);
        assertThat(walk.state.place()).isEqualTo(place("function", "what-is-adjusted"));
        walk.type(ShownChoices.right(walk.state.session())).press(enter());
        assertThat(walk.state.place()).isEqualTo(place("trap", "which-way"));
        assertThat(walk.state.review()).map(r -> r.remaining().size()).contains(1);
        walk.press(Key.character('n'));
        assertThat(walk.state.place()).as("an unanswered mistake comes round again").isEqualTo(place("trap", "which-way"));
        walk.type("0").press(Key.of(Key.Kind.DOWN)).type("-").press(enter());
        throughTheReveal(walk);
        assertThat(walk.state.review()).isEmpty();
        assertThat(walk.state.page()).isEqualTo(Page.START);
        assertThat(walk.state.notice()).contains(Notice.of("notice.reviewDone"));
        assertThat(new Walk(walk.state).press(Key.character('m')).state.notice()).contains(Notice.of("notice.noMistakes"));
    }

    @Test
    void startingAgainGoesToTheFirstStepAndKeepsTheAnswers() {
        var state = new Walk(withTwoMistakes()).press(Key.character('s')).state;
        assertThat(state.place()).isEqualTo(Place.FIRST);
        assertThat(state.progress().of(new StepKey("nudge", "nudge-up")).solved()).isTrue();
    }

    @Test
    void resettingALessonAsksFirst() {
        var contents = new Walk(withTwoMistakes()).press(Key.character('t'), Key.character('5')).state;
        var asked = new Walk(contents).press(Key.character('t'), Key.of(Key.Kind.HOME));
        for (int i = 0; i < 4; i++) {
            asked.press(Key.of(Key.Kind.DOWN));
        }
        asked.press(Key.character('x'));
        assertThat(asked.state.overlay()).isEqualTo(Overlay.CONFIRM_RESET);
        var kept = new Walk(asked.state).press(Key.character('n')).state;
        assertThat(kept.progress().of(new StepKey("nudge", "nudge-up")).attempts()).isEqualTo(2);
        var forgotten = new Walk(asked.state).press(Key.character('y'));
        assertThat(forgotten.state.progress().of(new StepKey("nudge", "nudge-up")).attempts()).isZero();
        assertThat(forgotten.effects).contains(new Effect.ResetLesson("nudge"));
        assertThat(forgotten.state.notice()).contains(Notice.of("notice.lessonReset", "5"));
    }

    private static final Event DISK_FULL = new Event.StoreHealth(
            StoreHealth.notSaving(StoreMessage.said("the disk is full")));

    @Test
    void theLearnerIsToldWhenProgressStopsAndStartsBeingSaved() {
        var stopped = Tutor.update(START, DISK_FULL).state();
        assertThat(stopped.notice()).contains(new Notice("notice.notSaving", List.of(),
                List.of(Notice.of("store.said", "the disk is full"))));
        assertThat(Tutor.update(stopped, new Event.StoreHealth(StoreHealth.SAVING)).state().notice())
                .contains(Notice.of("notice.savingAgain"));
    }

    @Test
    void closedInputQuitsAndResizeChangesOnlyTheWindow() {
        assertThat(Tutor.update(START, new Event.InputClosed()).quits()).isTrue();
        var resized = Tutor.update(START, new Event.Resized(100, 40));
        assertThat(resized.state().window()).isEqualTo(new Window(100, 40));
        assertThat(resized.state().withWindow(START.window())).isEqualTo(START);
        assertThat(resized.effects()).isEmpty();
    }

    @Test
    void aNoticeLastsUntilTheNextKeyWhateverElseHappens() {
        var told = Tutor.update(at("function", "not-neurons"), DISK_FULL).state();
        var notice = told.notice().orElseThrow();
        var resized = Tutor.update(told, new Event.Resized(120, 40)).state();
        var ticked = Tutor.update(resized, new Event.Ticked()).state();
        assertThat(ticked.notice()).contains(notice);
        assertThat(press(ticked, Key.of(Key.Kind.DOWN)).state().notice()).isNotEqualTo(java.util.Optional.of(notice));
        assertThat(press(ticked, enter()).state().notice()).isEmpty();
    }

    @Test
    void theHostClosingQuits() {
        assertThat(Tutor.update(START, new Event.HostClosing()).quits()).isTrue();
    }

    @Test
    void anAnnouncementIsShownAsTheNoticeOnTheSamePage() {
        var warning = Notice.of("notice.idleWarning", "60");
        var update = Tutor.update(START, new Event.Announced(warning));
        assertThat(update.state().notice()).contains(warning);
        assertThat(update.state().page()).isEqualTo(START.page());
        assertThat(update.effects()).isEmpty();
    }
}
