package dev.nudge.tutor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nudge.i18n.Language;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TutorTest {
    private static final TutorState START = TutorState.start(Language.EN);

    private static Update press(TutorState state, Key key) {
        return Tutor.update(state, new Event.KeyPressed(key));
    }

    @Test
    void startsOnTheStartPageWithNothingOpen() {
        assertThat(START.page()).isEqualTo(Page.START);
        assertThat(START.overlay()).isEqualTo(Overlay.NONE);
        assertThat(START.notice()).isEmpty();
    }

    @Test
    void questionMarkOpensTheHelp() {
        var update = press(START, Key.character('?'));
        assertThat(update.state().overlay()).isEqualTo(Overlay.HELP);
        assertThat(update.effects()).isEmpty();
    }

    @Test
    void escapeAndQuestionMarkCloseTheHelp() {
        var help = press(START, Key.character('?')).state();
        assertThat(press(help, Key.of(Key.Kind.ESCAPE)).state().overlay()).isEqualTo(Overlay.NONE);
        assertThat(press(help, Key.character('?')).state().overlay()).isEqualTo(Overlay.NONE);
    }

    @Test
    void otherKeysInTheHelpSayHowToCloseIt() {
        var help = press(START, Key.character('?')).state();
        var update = press(help, Key.character('x'));
        assertThat(update.state().overlay()).isEqualTo(Overlay.HELP);
        assertThat(update.state().notice()).contains(Notice.of("notice.escCloses"));
    }

    @Test
    void qQuitsFromThePageAndFromTheHelp() {
        assertThat(press(START, Key.character('q')).effects()).containsExactly(new Effect.Quit());
        var help = press(START, Key.character('?')).state();
        assertThat(press(help, Key.character('q')).effects()).containsExactly(new Effect.Quit());
    }

    @Test
    void ctrlCQuits() {
        assertThat(press(START, Key.ctrl('c')).quits()).isTrue();
    }

    @Test
    void enterSaysThatNoLessonsAreInstalled() {
        var update = press(START, Key.of(Key.Kind.ENTER));
        assertThat(update.state().notice()).contains(Notice.of("notice.noLessons"));
        assertThat(update.effects()).isEmpty();
    }

    @Test
    void escapeWithNothingOpenSaysItDoesNothing() {
        var update = press(START, Key.of(Key.Kind.ESCAPE));
        assertThat(update.state().notice()).contains(Notice.of("notice.keyDoesNothing", "Escape"));
    }

    @ParameterizedTest
    @EnumSource(value = Key.Kind.class, names = {"CHARACTER", "ENTER", "ESCAPE"}, mode = EnumSource.Mode.EXCLUDE)
    void everyOtherSpecialKeySaysItDoesNothingHere(Key.Kind kind) {
        var update = press(START, Key.of(kind));
        assertThat(update.state().page()).isEqualTo(Page.START);
        assertThat(update.state().notice()).map(Notice::messageKey).contains("notice.keyDoesNothing");
        assertThat(update.effects()).isEmpty();
    }

    @Test
    void anUnusedLetterNamesItselfInTheNotice() {
        var update = press(START, Key.character('z'));
        assertThat(update.state().notice()).contains(Notice.of("notice.keyDoesNothing", "z"));
        assertThat(press(START, Key.ctrl('x')).state().notice()).contains(Notice.of("notice.keyDoesNothing", "Ctrl-x"));
    }

    @Test
    void aNewActionClearsTheOldNotice() {
        var noticed = press(START, Key.character('z')).state();
        assertThat(press(noticed, Key.character('?')).state().notice()).isEmpty();
    }

    @Test
    void closedInputQuitsAndResizeChangesNothing() {
        assertThat(Tutor.update(START, new Event.InputClosed()).quits()).isTrue();
        var resized = Tutor.update(START, new Event.Resized(100, 40));
        assertThat(resized.state()).isEqualTo(START);
        assertThat(resized.effects()).isEmpty();
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

    @Test
    void theLanguageIsKept() {
        var ja = TutorState.start(Language.JA);
        assertThat(press(ja, Key.character('?')).state().language()).isEqualTo(Language.JA);
        assertThat(ja.notice()).isEqualTo(Optional.empty());
    }
}
