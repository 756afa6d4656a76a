package dev.nudge.tutor;

import dev.nudge.keys.Key;
import dev.nudge.keys.Keys;
import dev.nudge.step.Notice;
import java.util.Optional;

/** The course-complete page: back to the last step, or to the contents. */
final class CompleteKeys {
    private CompleteKeys() {
    }

    static Optional<Update> onKey(TutorState state, Key key) {
        if (Keys.isBack(key)) {
            return Optional.of(Moves.goTo(state, state.place()));
        }
        if (Keys.isNext(key)) {
            return Optional.of(Update.to(state.withNotice(Notice.of("notice.courseDone"))));
        }
        return Optional.empty();
    }
}
