package dev.nudge.progress.jdbc;

import dev.nudge.progress.ProgressEvent;
import dev.nudge.progress.StepKey;

/**
 * A learner who answers as fast as they can, for {@link KillContract}: after each answer reaches the database it prints
 * {@code saved N}, until its process is killed.
 */
public final class CrashChild {
    static final String LEARNER = "crash";

    private CrashChild() {
    }

    public static void main(String[] args) {
        var store = ChildJvm.open(args[0]);
        int n = store.load(LEARNER).steps().size();
        while (true) {
            store.record(LEARNER, new ProgressEvent.Answered(step(n), "answer " + n, n % 2 == 0));
            store.flush();
            System.out.println("saved " + n);
            System.out.flush();
            n++;
        }
    }

    static StepKey step(int n) {
        return new StepKey("crash", "s" + n);
    }
}
