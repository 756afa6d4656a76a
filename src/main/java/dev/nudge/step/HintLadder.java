package dev.nudge.step;

import dev.nudge.progress.ProgressEvent;
import java.util.function.IntFunction;

/** The hint ladder: concept, then strategy, then the answer; each {@code h} shows one more rung. */
public final class HintLadder {
    public static final int LADDER = 3;

    private HintLadder() {
    }

    /** The update for one more hint: {@code shown} becomes {@code shown + 1}, or a notice at the top of the ladder. */
    public static StepUpdate climb(StepUpdate state, int shown, IntFunction<StepSession> withHints) {
        if (shown >= LADDER) {
            return state.withNotice(Notice.of("notice.noMoreHints"));
        }
        return state.withSession(withHints.apply(shown + 1)).toEnd()
                .record(new ProgressEvent.HintTaken(state.key(), shown + 1));
    }
}
