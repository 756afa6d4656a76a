package dev.nudge.tutor;

/** The full-screen page the learner is on. */
public enum Page {
    START, CONTENTS, LESSON, COMPLETE
}
