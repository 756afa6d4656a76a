package dev.nudge.tutor;

/** Where the learner is: a lesson and a step in it, both counted from 0. */
public record Place(int lesson, int step) {
    public static final Place FIRST = new Place(0, 0);

    public Place {
        if (lesson < 0 || step < 0) {
            throw new IllegalArgumentException("a place is counted from 0: " + lesson + ", " + step);
        }
    }
}
