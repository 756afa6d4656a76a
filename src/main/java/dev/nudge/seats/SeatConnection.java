package dev.nudge.seats;

import dev.nudge.text.Untrusted;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.OptionalLong;
import javax.sql.DataSource;

/**
 * A node's one dedicated connection to the shared database, for its seats: every seat row it writes names this
 * connection's backend, so the seats live exactly as long as the connection does. Each call is one short transaction;
 * the caller serialises them.
 */
final class SeatConnection {
    /** The seats' own space of advisory locks ({@code 'seat'} in ASCII), apart from any other use of advisory locks. */
    static final int LOCK_SPACE = 0x73656174;
    /** This connection's backend, as {@code pg_stat_activity} shows it. */
    private static final String THIS_BACKEND = "SELECT pid, backend_start FROM pg_stat_activity"
            + " WHERE pid = pg_backend_pid()";
    /** A seat whose backend is no longer in {@code pg_stat_activity} belongs to a node that has gone. */
    private static final String SWEEP = "DELETE FROM learner_seat s WHERE s.learner_digest = ? AND NOT EXISTS"
            + " (SELECT 1 FROM pg_stat_activity a WHERE a.pid = s.backend_pid AND a.backend_start = s.backend_start)";
    /** A seat row of this backend for a learner's digest and name. */
    private static final String INSERT = "INSERT INTO learner_seat (learner_digest, learner, backend_pid, backend_start)"
            + " SELECT ?, ?, a.pid, a.backend_start FROM (" + THIS_BACKEND + ") a";
    private static final String CLAIM = INSERT + " WHERE (SELECT count(*) FROM learner_seat WHERE learner_digest = ?) < ?"
            + " RETURNING id";
    private static final String RELEASE = "DELETE FROM learner_seat WHERE id = ?";
    private static final String RELEASE_ALL = "DELETE FROM learner_seat s USING (" + THIS_BACKEND + ") a"
            + " WHERE s.backend_pid = a.pid AND s.backend_start = a.backend_start";

    private final Connection connection;

    private SeatConnection(Connection connection) {
        this.connection = connection;
    }

    /**
     * A connection from {@code source}, every wait on it bounded by {@code waitMillis}: an unanswered statement fails
     * and the connection with it, and a learner's lock held longer by another node fails the check.
     */
    static SeatConnection open(DataSource source, int waitMillis) throws SQLException {
        var connection = source.getConnection();
        try {
            connection.setNetworkTimeout(Runnable::run, waitMillis);
            connection.setAutoCommit(false);
            try (var statement = connection.createStatement()) {
                statement.execute("SET lock_timeout = " + waitMillis / 2);
            }
            connection.commit();
            return new SeatConnection(connection);
        } catch (SQLException | RuntimeException e) {
            abort(connection);
            throw e;
        }
    }

    /**
     * Takes one of {@code learner}'s seats if fewer than {@code limit} are held by live backends, returning the seat's
     * row. The learner's advisory lock makes two nodes' checks for one learner take turns, so a last seat goes to one.
     */
    OptionalLong take(String learner, int limit) throws SQLException {
        var digest = LearnerDigest.of(learner);
        try {
            lock(digest);
            try (var sweep = connection.prepareStatement(SWEEP)) {
                sweep.setString(1, digest);
                sweep.executeUpdate();
            }
            var row = claim(digest, learner, limit);
            connection.commit();
            return row;
        } catch (SQLException e) {
            rollback();
            throw e;
        }
    }

    /** Gives a seat's row back. */
    void release(long row) throws SQLException {
        try (var delete = connection.prepareStatement(RELEASE)) {
            delete.setLong(1, row);
            delete.executeUpdate();
            connection.commit();
        } catch (SQLException e) {
            rollback();
            throw e;
        }
    }

    /**
     * Writes {@code seats}, which this node holds, under this connection's backend, in place of any row they had under
     * a connection that was lost; they are not counted against the limit again: the sessions are open already.
     */
    void register(Collection<HeldSeat> seats) throws SQLException {
        try (var forget = connection.prepareStatement(RELEASE);
                var insert = connection.prepareStatement(INSERT + " RETURNING id")) {
            for (var seat : seats) {
                if (seat.row() != HeldSeat.NO_ROW) {
                    forget.setLong(1, seat.row());
                    forget.executeUpdate();
                }
                insert.setString(1, LearnerDigest.of(seat.learner()));
                insert.setString(2, Untrusted.forLine(seat.learner()));
                try (var result = insert.executeQuery()) {
                    result.next();
                    seat.moveTo(result.getLong(1));
                }
            }
            connection.commit();
        } catch (SQLException e) {
            rollback();
            throw e;
        }
    }

    /** Whether the database still answers on this connection, within a second. */
    boolean answers() {
        try {
            return connection.isValid(1);
        } catch (SQLException e) {
            return false;
        }
    }

    /** Gives back every seat of this connection and closes it; if the database does not answer, just drops it. */
    void close() {
        try (var statement = connection.createStatement()) {
            statement.executeUpdate(RELEASE_ALL);
            connection.commit();
            statement.execute("RESET lock_timeout");
            connection.commit();
            connection.close();
        } catch (SQLException e) {
            abort(connection);
        }
    }

    /**
     * Drops the connection without waiting for the database: its backend ends, and every seat it held stops counting
     * on every node at once.
     */
    void abort() {
        abort(connection);
    }

    private void lock(String digest) throws SQLException {
        try (var lock = connection.prepareStatement("SELECT pg_advisory_xact_lock(?, hashtext(?))")) {
            lock.setInt(1, LOCK_SPACE);
            lock.setString(2, digest);
            lock.execute();
        }
    }

    private OptionalLong claim(String digest, String learner, int limit) throws SQLException {
        try (var claim = connection.prepareStatement(CLAIM)) {
            claim.setString(1, digest);
            claim.setString(2, Untrusted.forLine(learner));
            claim.setString(3, digest);
            claim.setInt(4, limit);
            try (var result = claim.executeQuery()) {
                return result.next() ? OptionalLong.of(result.getLong(1)) : OptionalLong.empty();
            }
        }
    }

    private void rollback() {
        try {
            connection.rollback();
        } catch (SQLException alreadyBroken) {
            // the caller drops the connection
        }
    }

    private static void abort(Connection connection) {
        try {
            connection.abort(Runnable::run);
        } catch (SQLException | RuntimeException e) {
            // nothing more can be done with it
        }
    }
}
