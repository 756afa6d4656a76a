package dev.nudge.tutor;

import dev.nudge.progress.ProgressEvent;

/** The hint ladder: concept, then strategy, then the answer; each {@code h} shows one more rung. */
final class Hints {
    static final int LADDER = 3;

    private Hints() {
    }

    /** The update for one more hint: {@code shown} becomes {@code shown + 1}, or a notice at the top of the ladder. */
    static Update climb(TutorState state, int shown, java.util.function.IntFunction<StepSession> withHints) {
        if (shown >= LADDER) {
            return Update.to(state.withNotice(Notice.of("notice.noMoreHints")));
        }
        var event = new ProgressEvent.HintTaken(state.book().key(state.place()), shown + 1);
        var next = state.withSession(withHints.apply(shown + 1)).withScroll(state.scroll().toEnd());
        return Moves.record(next, event);
    }
}
