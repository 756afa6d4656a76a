package dev.nudge.tutor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nudge.i18n.Language;
import dev.nudge.keys.KeyBinding;
import dev.nudge.keys.Key;
import dev.nudge.lab.LabInput;
import dev.nudge.lab.LabKeymap;
import dev.nudge.lab.LabModel;
import dev.nudge.math.Rational;
import dev.nudge.progress.StoreMessage;
import dev.nudge.step.Notice;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The lab as a page of the tutor: opened from its step, driven by keys and ticks through {@code update}, left again. */
class LabPageTest {
    private static final TutorState LAB_STEP = TestCourse.at(Language.EN, "descent-loop", "lab-descent");

    private static Update press(TutorState state, Key key) {
        return Tutor.update(state, new Event.KeyPressed(key));
    }

    private static TutorState opened() {
        return press(LAB_STEP, Key.character('o')).state();
    }

    private static LabModel lab(TutorState state) {
        return state.lab().orElseThrow();
    }

    @Test
    void oAtTheLabStepOpensTheLabPageOnTheStepsSetup() {
        var state = opened();
        assertThat(state.page()).isEqualTo(Page.LAB);
        assertThat(lab(state).values()).containsEntry("P_0", Rational.ONE).containsEntry("P_1", Rational.ONE);
        assertThat(lab(state).rate()).isEqualTo(Rational.parse("0.1"));
        assertThat(lab(state).running()).isFalse();
    }

    @Test
    void keysOnTheLabPageAreTheLabsAndDoNothingElse() {
        var stepped = press(opened(), Key.character('s')).state();
        assertThat(lab(stepped).history()).hasSize(2);
        // On a tutor page t opens the contents and l switches language; in the lab they mean nothing.
        var ignored = press(press(stepped, Key.character('t')).state(), Key.character('l')).state();
        assertThat(ignored).isEqualTo(stepped);
    }

    @Test
    void runningAsksForTicksAndEachTickTakesAStep() {
        var started = press(opened(), Key.character('r'));
        assertThat(lab(started.state()).running()).isTrue();
        assertThat(lab(started.state()).history()).as("the first step comes with the key").hasSize(2);
        assertThat(started.effects()).containsExactly(new Effect.Tick(Effect.Tick.DESCENT_MILLIS));
        var ticked = Tutor.update(started.state(), new Event.Ticked());
        assertThat(lab(ticked.state()).history()).hasSize(3);
        assertThat(ticked.effects()).containsExactly(new Effect.Tick(Effect.Tick.DESCENT_MILLIS));
        var paused = press(ticked.state(), Key.character('r'));
        assertThat(paused.effects()).isEmpty();
        var late = Tutor.update(paused.state(), new Event.Ticked());
        assertThat(late.state()).as("a tick after the pause changes nothing").isEqualTo(paused.state());
        assertThat(late.effects()).isEmpty();
    }

    @Test
    void leavingTheLabReturnsToTheLabStepWhereItWas() {
        var scrolled = LAB_STEP;
        for (var key : List.of(Key.character('o'), Key.character('s'), Key.of(Key.Kind.ESCAPE))) {
            scrolled = press(scrolled, key).state();
        }
        assertThat(scrolled.page()).isEqualTo(Page.LESSON);
        assertThat(scrolled.place()).isEqualTo(LAB_STEP.place());
        assertThat(scrolled.lab()).isEmpty();
        assertThat(press(press(opened(), Key.character('q')).state(), Key.character('q')).quits())
                .as("q leaves the lab, and q again quits from the step").isTrue();
        assertThat(press(opened(), Key.character('q')).quits()).isFalse();
    }

    @Test
    void theLabOnItsOwnEndsTheSessionWhenLeft() {
        var alone = TutorState.labAlone(lab(opened()), Language.JA);
        assertThat(alone.page()).isEqualTo(Page.LAB);
        assertThat(alone.language()).isEqualTo(Language.JA);
        assertThat(press(alone, Key.character('q')).quits()).isTrue();
        assertThat(press(alone, Key.of(Key.Kind.ESCAPE)).quits()).isTrue();
        assertThat(press(alone, Key.ctrl('c')).quits()).isTrue();
    }

    @Test
    void aTypedParameterValueIsSetAndTheLossFollows() {
        var set = Tutor.update(opened(), new Event.ParameterTyped("P_1", Rational.of(-2))).state();
        assertThat(lab(set).values()).containsEntry("P_1", Rational.of(-2));
        assertThat(lab(set).loss()).isEqualTo(lab(set).lossWith("P_1", Rational.of(-2)));
        var unknown = Tutor.update(opened(), new Event.ParameterTyped("P_7", Rational.ONE)).state();
        assertThat(lab(unknown).notice()).isPresent();
        assertThat(lab(unknown).values()).isEqualTo(lab(opened()).values());
    }

    @Test
    void aNoticeFromOutsideWaitsInTheLabForTheLearnersReturn() {
        var told = Tutor.update(opened(), new Event.StoreHealth(
                dev.nudge.progress.StoreHealth.notSaving(StoreMessage.said("disk full")))).state();
        var notice = told.notice().orElseThrow();
        assertThat(notice.messageKey()).isEqualTo("notice.notSaving");
        var back = press(press(told, Key.character('s')).state(), Key.character('q')).state();
        assertThat(back.page()).isEqualTo(Page.LESSON);
        assertThat(back.notice()).contains(notice);
        assertThat(press(back, Key.of(Key.Kind.DOWN)).state().notice()).as("the next key clears it")
                .isNotEqualTo(java.util.Optional.of(notice));
    }

    private static java.util.Optional<LabInput> input(Key key) {
        return LabKeymap.KEYMAP.lookup(key).map(KeyBinding::action);
    }

    @Test
    void keysMapToLabInputs() {
        assertThat(input(Key.of(Key.Kind.TAB))).contains(LabInput.NEXT_PARAMETER);
        assertThat(input(Key.of(Key.Kind.UP))).contains(LabInput.PREVIOUS_PARAMETER);
        assertThat(input(Key.of(Key.Kind.LEFT))).contains(LabInput.DECREASE);
        assertThat(input(Key.character('['))).contains(LabInput.LOWER_RATE);
        assertThat(input(Key.character('S'))).contains(LabInput.DESCEND);
        assertThat(input(Key.of(Key.Kind.ESCAPE))).contains(LabInput.LEAVE);
        assertThat(input(Key.character('z'))).isEmpty();
        assertThat(input(Key.ctrl('c'))).isEmpty();
        assertThat(LabKeys.quitsAtOnce(Key.ctrl('c'))).isTrue();
    }
}
