package dev.nudge.seats;

/**
 * A seat this node holds in the shared database: its learner and its row, which moves to a new row when the node's
 * seat connection is replaced. Guarded by the {@link PostgresSeats} that made it.
 */
final class HeldSeat implements Seat {
    /** The row of a seat taken while the database could not be reached: it has none yet. */
    static final long NO_ROW = -1;

    private final String learner;
    private final PostgresSeats owner;
    private long row;

    HeldSeat(String learner, long row, PostgresSeats owner) {
        this.learner = learner;
        this.row = row;
        this.owner = owner;
    }

    String learner() {
        return learner;
    }

    long row() {
        return row;
    }

    void moveTo(long newRow) {
        row = newRow;
    }

    @Override
    public void release() {
        owner.release(this);
    }
}
