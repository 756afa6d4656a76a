package dev.nudge.lab;

/**
 * What the learner (or the clock) asks of the lab. Keys are mapped to these by the front end, so the lab stays free
 * of any terminal library and of the tutor's key type.
 */
public enum LabInput {
    NEXT_PARAMETER, PREVIOUS_PARAMETER, INCREASE, DECREASE, COARSER_STEP, FINER_STEP,
    DESCEND, RUN_OR_PAUSE, HIGHER_RATE, LOWER_RATE, RESET, SWITCH_LOSS, LOG_SCALE,
    /** Fit the loss plot's axes to the point again; they otherwise stay put while the point is in view. */
    RESCALE, HELP, LEAVE,
    /** About a tenth of a second passed; a running descent takes its next step. */
    TICK
}
