package dev.nudge.tutor;

import static dev.nudge.keys.KeyPattern.character;
import static dev.nudge.keys.KeyPattern.named;
import static dev.nudge.tutor.KeyAction.bind;

import dev.nudge.keys.Key;
import dev.nudge.keys.KeyPattern;
import dev.nudge.keys.Keymap;
import dev.nudge.step.Notice;
import java.util.List;

/**
 * The tutor's behaviour as a pure function: the state and an event in, the next state and effects out. It performs no
 * I/O, so every interaction can be tested as a plain function call.
 */
public final class Tutor {
    private static final Keymap<KeyAction> QUIT_AT_ONCE = Keymap.of(
            bind("help.q", (state, key) -> quit(state), KeyPattern.ctrl('c')));
    /** Keys that mean the same on every page. */
    private static final Keymap<KeyAction> GLOBAL = Keymap.of(
            bind("help.contents", (state, key) -> ContentsKeys.open(state), character('t')),
            bind("help.language", (state, key) -> switchLanguage(state), character('l')),
            bind("help.question", (state, key) -> Update.to(state.withOverlay(Overlay.HELP)), character('?')),
            bind("help.q", (state, key) -> quit(state), character('q')));
    /** The help panel's keys: Esc or ? closes it, q still quits, and any other key says how to close it. */
    private static final Keymap<KeyAction> HELP = Keymap.of(
            bind("help.question", (state, key) -> Update.to(state.withOverlay(Overlay.NONE)),
                    named(Key.Kind.ESCAPE), character('?')),
            bind("help.q", (state, key) -> quit(state), character('q')),
            bind("help.escCloses", (state, key) -> Update.to(state.withNotice(Notice.of("notice.escCloses"))),
                    KeyPattern.any()));

    private Tutor() {
    }

    public static Update update(TutorState state, Event event) {
        var update = handle(state, event);
        return measured(state, update);
    }

    private static Update handle(TutorState state, Event event) {
        if (event instanceof Event.KeyPressed pressed) {
            return onKey(state, pressed.key());
        }
        if (event instanceof Event.Resized resized) {
            return Update.to(state.withWindow(resized.window()));
        }
        if (event instanceof Event.Ticked) {
            return LabPage.onTick(state);
        }
        if (event instanceof Event.ParameterTyped typed) {
            return LabPage.onParameterTyped(state, typed.name(), typed.value());
        }
        if (event instanceof Event.StoreHealth stored) {
            var health = stored.health();
            // A store that is not saving always says why, in words the learner reads in their language.
            return Update.to(state.withNotice(health.saving() ? Notice.of("notice.savingAgain")
                    : new Notice("notice.notSaving", List.of(), List.of(Notice.of(health.problem().orElseThrow())))));
        }
        if (event instanceof Event.InputClosed || event instanceof Event.HostClosing) {
            return Update.to(state, new Effect.Quit());
        }
        if (event instanceof Event.Announced announced) {
            return Update.to(state.withNotice(announced.notice()));
        }
        return Update.to(state);
    }

    /**
     * The update with its scrolling limits brought up to date, when it changed what the step's body shows (another
     * step, session, page, language or window): the body is laid out for them here, not reported back by a view.
     */
    private static Update measured(TutorState before, Update update) {
        var after = update.state();
        boolean scrolls = after.page() == Page.LESSON || after.page() == Page.COMPLETE;
        if (!scrolls || after.showsSameBodyAs(before)) {
            return update;
        }
        var extent = after.layout().extent(after, after.window());
        return new Update(after.withScroll(after.scroll().measured(extent)), update.effects());
    }

    private static Update onKey(TutorState state, Key key) {
        // The one place a notice is cleared, except inside the lab: see TutorState.
        var fresh = state.page() == Page.LAB ? state : state.withoutNotice();
        return keymap(fresh).lookup(key)
                .map(binding -> binding.action().apply(fresh, key))
                .orElseGet(() -> Update.to(fresh.withNotice(Notice.of("notice.keyDoesNothing", key.label()))));
    }

    /**
     * Every key that does something in {@code state}, in the order they are tried: Ctrl-C (before any catch-all, so
     * it always quits), then the overlay's keys, or the page's keys followed by those that hold on every page.
     */
    public static Keymap<KeyAction> keymap(TutorState state) {
        if (state.overlay() != Overlay.NONE) {
            return QUIT_AT_ONCE.then(overlayKeymap(state.overlay()));
        }
        return QUIT_AT_ONCE.then(pageKeymap(state)).then(GLOBAL);
    }

    /**
     * The keys of the page under the help panel, in the order the panel lists them: the same bindings that
     * {@link #keymap} tries on that page, with Ctrl-C last (a page the help opens from has no catch-all for it to
     * come before).
     */
    public static Keymap<KeyAction> helpKeymap(TutorState state) {
        return pageKeymap(state).then(GLOBAL).then(QUIT_AT_ONCE);
    }

    /** The help panel's own keys. */
    public static Keymap<KeyAction> helpPanelKeymap() {
        return HELP;
    }

    private static Keymap<KeyAction> pageKeymap(TutorState state) {
        switch (state.page()) {
            case START:
                return StartKeys.keymap(state);
            case CONTENTS:
                return ContentsKeys.keymap(state);
            case COMPLETE:
                return CompleteKeys.KEYMAP;
            case LAB:
                return LabPage.keymap(state);
            default:
                return LessonKeys.keymap(state);
        }
    }

    private static Keymap<KeyAction> overlayKeymap(Overlay overlay) {
        return overlay == Overlay.CONFIRM_RESET ? ContentsKeys.CONFIRM_RESET : HELP;
    }

    private static Update quit(TutorState state) {
        return Update.to(state, new Effect.Quit());
    }

    private static Update switchLanguage(TutorState state) {
        var other = state.language().other();
        return Update.to(state.withLanguage(other).withNotice(Notice.of("notice.languageSwitched")));
    }
}
