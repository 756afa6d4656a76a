package dev.nudge.tutor;

import static dev.nudge.tutor.KeyAction.bind;

import dev.nudge.keys.Keymap;
import dev.nudge.keys.Keys;
import dev.nudge.step.Notice;

/** The course-complete page: back to the last step, or to the contents; the recap scrolls as a step does. */
final class CompleteKeys {
    static final Keymap<KeyAction> KEYMAP = Keymap.of(
            bind("help.backToLastStep", (state, key) -> Moves.goTo(state, state.place()), Keys.BACK),
            bind("help.courseDone", (state, key) -> Update.to(state.withNotice(Notice.of("notice.courseDone"))),
                    Keys.NEXT))
            .then(LessonKeys.SCROLLING);

    private CompleteKeys() {
    }
}
