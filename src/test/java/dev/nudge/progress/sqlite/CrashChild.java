package dev.nudge.progress.sqlite;

import dev.nudge.progress.ProgressEvent;
import dev.nudge.progress.StepKey;
import java.nio.file.Path;

/**
 * A learner who answers as fast as they can, for {@link KillTest}: after each answer reaches the file it prints
 * {@code saved N}, until its process is killed.
 */
public final class CrashChild {
    static final String LEARNER = "crash";

    private CrashChild() {
    }

    public static void main(String[] args) {
        var store = SqliteProgressStore.open(Path.of(args[0]));
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
