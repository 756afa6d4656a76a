package dev.nudge.progress;

/** Hears that a store started or stopped keeping progress, so the learner can be told while the tutor runs. */
@FunctionalInterface
public interface HealthListener {
    void changed(StoreHealth health);
}
