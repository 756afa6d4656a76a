package dev.nudge.seats;

/** One tutor session's claim on one of its learner's seats, given back when the session ends. */
public interface Seat {
    /** Gives the seat back; calling it again does nothing. */
    void release();
}
