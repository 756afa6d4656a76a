package dev.nudge.tutor;

/** The full-screen page the learner is on. */
public enum Page {
    START, CONTENTS, LESSON, COMPLETE,
    /** The lab, opened from a lab step (or on its own, as {@code nudge lab}). */
    LAB
}
