package dev.nudge.ssh;

import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Warns, then closes, a session in which no key was pressed for the idle time-out. A key press only notes the time;
 * the one timer of the session looks at it when it fires and sets itself again, so typing costs no rescheduling.
 */
final class IdleWatch {
    private final ScheduledExecutorService timer;
    private final IdlePolicy policy;
    private final Runnable warn;
    private final Runnable expire;
    private volatile long lastKeyNanos = System.nanoTime();
    private volatile boolean warned;
    private ScheduledFuture<?> pending;
    private boolean stopped;

    IdleWatch(ScheduledExecutorService timer, IdlePolicy policy, Runnable warn, Runnable expire) {
        this.timer = timer;
        this.policy = policy;
        this.warn = warn;
        this.expire = expire;
    }

    synchronized void start() {
        if (policy.enabled()) {
            schedule(policy.timeout().minus(policy.warning()).toNanos());
        }
    }

    void keyPressed() {
        lastKeyNanos = System.nanoTime();
        warned = false;
    }

    synchronized void stop() {
        stopped = true;
        if (pending != null) {
            pending.cancel(false);
        }
    }

    private synchronized void check() {
        if (stopped) {
            return;
        }
        long idle = System.nanoTime() - lastKeyNanos;
        long warnAt = policy.timeout().minus(policy.warning()).toNanos();
        long closeAt = policy.timeout().toNanos();
        if (idle >= closeAt) {
            expire.run();
        } else if (idle >= warnAt && !warned) {
            warned = true;
            warn.run();
            schedule(closeAt - idle);
        } else {
            schedule((idle >= warnAt ? closeAt : warnAt) - idle);
        }
    }

    private void schedule(long delayNanos) {
        pending = timer.schedule(this::check, delayNanos, TimeUnit.NANOSECONDS);
    }
}
