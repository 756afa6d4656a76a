package dev.nudge.progress.jdbc;

import dev.nudge.progress.ProgressEvent;
import dev.nudge.progress.StepKey;

/**
 * A class under attack, for {@link FloodKillContract}: one learner flips pages as fast as a thread can while another
 * answers, and prints {@code answered N} the moment each answer is recorded (as the tutor then shows its verdict),
 * without waiting for the disk, until its process is killed.
 */
public final class FloodChild {
    static final String LEARNER = "answering";

    private FloodChild() {
    }

    public static void main(String[] args) throws InterruptedException {
        var store = ChildJvm.open(args[0]);
        var flooder = new Thread(() -> {
            for (long i = 0; ; i++) {
                store.record("flood", new ProgressEvent.Visited(new StepKey("function", i % 2 == 0 ? "a" : "b")));
            }
        }, "flooder");
        flooder.setDaemon(true);
        flooder.start();
        for (int n = 0; ; n++) {
            store.record(LEARNER, new ProgressEvent.Answered(step(n), "answer " + n, true));
            System.out.println("answered " + n);
            System.out.flush();
            Thread.sleep(2);
        }
    }

    static StepKey step(int n) {
        return new StepKey("quiz", "q" + n);
    }
}
