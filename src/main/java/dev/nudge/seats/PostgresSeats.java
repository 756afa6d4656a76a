package dev.nudge.seats;

import dev.nudge.text.Untrusted;
import java.sql.SQLException;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javax.sql.DataSource;

/**
 * The seats of a class served by several nodes on one PostgreSQL database, so that the per-learner session limit holds
 * across the nodes: a row of {@code learner_seat} per open session.
 *
 * <p><b>A seat lives as long as its node's database session.</b> Each node holds one dedicated connection; every seat
 * row it writes records that connection's backend ({@code pg_backend_pid()} and {@code backend_start}), and a row
 * counts only while {@code pg_stat_activity} still shows that backend (rows of a gone backend are swept as the
 * learner's next seat is checked). A node killed with {@code SIGKILL} has its TCP connection closed by the kernel, so
 * PostgreSQL ends its backend at once, and its learners, reconnecting through the load balancer, find their seats
 * free: no time-out to wait for, no clock shared between machines. {@code backend_start} guards against a new backend
 * that was given a dead one's process id. This was chosen over session-level advisory locks on the dedicated
 * connection, which end with it just as promptly, because rows keep the learner and can be counted exactly: locks
 * would be N numbered slots per learner under a 32-bit hash of the name, so two learners whose names collide would
 * share one learner's seats, and operators could not see whose seats are held ({@code SELECT * FROM learner_seat}
 * joined to {@code pg_stat_activity} on the pid shows each seat's node).
 *
 * <p><b>Atomic across nodes.</b> A seat is checked and taken in one short transaction that first takes the
 * learner's transaction-level advisory lock ({@code pg_advisory_xact_lock}, in a key space of the seats' own): two
 * nodes admitting a learner's last seat at the same instant take turns, and only the first wins.
 *
 * <p><b>Bounded.</b> A check is that one transaction on the dedicated connection; no wait on it lasts longer than
 * {@link #WAIT}. If the database cannot be reached (or stops answering), the node <em>admits</em> within its own count
 * of the learner's seats, so the limit still holds on each node alone, and the log says so once: the limit keeps one
 * learner from crowding out the others, it does not keep strangers out (logging in does that, and
 * {@code --max-sessions} still bounds each node), and refusing would lock every learner out of a class, those whose
 * node has just died first, whenever the database blinks. A watch thread tries the database again every
 * {@link #WATCH_EVERY}; once it answers, the seats this node holds are written again under its new connection.
 *
 * <p>Every node must reach PostgreSQL directly (not through a pooler that shares server connections between clients)
 * and as the same database role, since {@code pg_stat_activity} hides other roles' {@code backend_start}.
 */
public final class PostgresSeats implements Seats, AutoCloseable {
    /** The longest one wait for the database may last in a seat check. */
    public static final Duration WAIT = Duration.ofSeconds(2);
    /** How often the seat connection is checked and, while the database cannot be reached, tried again. */
    public static final Duration WATCH_EVERY = Duration.ofSeconds(2);

    private final DataSource source;
    private final Consumer<String> log;
    private final ScheduledExecutorService watch = Executors.newSingleThreadScheduledExecutor(PostgresSeats::thread);
    private final Set<HeldSeat> held = new LinkedHashSet<>();
    /** The dedicated connection; {@code null} while the database cannot be reached. */
    private SeatConnection connection;
    private boolean unreachable;
    private boolean closed;

    private PostgresSeats(DataSource source, Consumer<String> log) {
        this.source = source;
        this.log = log;
    }

    /**
     * Seats counted in the database behind {@code source}, whose schema has the {@code learner_seat} table; takes one
     * connection from it for as long as it is open. A database that cannot be reached now is tried again later.
     */
    public static PostgresSeats open(DataSource source, Consumer<String> log) {
        var seats = new PostgresSeats(source, log);
        seats.connect();
        long every = WATCH_EVERY.toMillis();
        seats.watch.scheduleWithFixedDelay(seats::keepConnected, every, every, TimeUnit.MILLISECONDS);
        return seats;
    }

    /** After {@link #close()}, as while the database cannot be reached, seats are counted on this node alone. */
    @Override
    public synchronized Optional<Seat> take(String learner, int limit) {
        if (connection != null) {
            try {
                var row = connection.take(learner, limit);
                return row.isPresent() ? Optional.of(hold(learner, row.getAsLong())) : Optional.empty();
            } catch (SQLException | RuntimeException e) {
                lose(e);
            }
        }
        long mine = held.stream().filter(seat -> seat.learner().equals(learner)).count();
        return mine < limit ? Optional.of(hold(learner, HeldSeat.NO_ROW)) : Optional.empty();
    }

    /** Whether seats are being counted in the database now, rather than on this node alone. */
    public synchronized boolean counting() {
        return connection != null;
    }

    synchronized void release(HeldSeat seat) {
        if (!held.remove(seat) || connection == null || seat.row() == HeldSeat.NO_ROW) {
            return;
        }
        try {
            connection.release(seat.row());
        } catch (SQLException | RuntimeException e) {
            lose(e);
        }
    }

    /** Gives back this node's seats and its connection. */
    @Override
    public synchronized void close() {
        closed = true;
        watch.shutdownNow();
        held.clear();
        if (connection != null) {
            connection.close();
            connection = null;
        }
    }

    private HeldSeat hold(String learner, long row) {
        var seat = new HeldSeat(learner, row, this);
        held.add(seat);
        return seat;
    }

    /** Every {@link #WATCH_EVERY}, on the watch thread, which must outlive anything that goes wrong. */
    private void keepConnected() {
        try {
            synchronized (this) {
                if (closed || connection != null && connection.answers()) {
                    return;
                }
                if (connection != null) {
                    lose(new SQLException("the seat connection stopped answering"));
                }
            }
            connect();
        } catch (RuntimeException e) {
            synchronized (this) {
                lose(e);
            }
        }
    }

    /** Opens a connection outside the lock (it may wait), then writes this node's seats under it. */
    private void connect() {
        SeatConnection fresh;
        try {
            fresh = SeatConnection.open(source, (int) WAIT.toMillis());
        } catch (SQLException | RuntimeException e) {
            synchronized (this) {
                lose(e);
            }
            return;
        }
        synchronized (this) {
            if (closed) {
                fresh.abort();
                return;
            }
            try {
                fresh.register(held);
            } catch (SQLException | RuntimeException e) {
                fresh.abort();
                lose(e);
                return;
            }
            connection = fresh;
            if (unreachable) {
                unreachable = false;
                log.accept("seats: the database answers again; this node's " + held.size()
                        + " seats are counted there again");
            }
        }
    }

    /**
     * Drops the connection, whose backend then ends, so this node's seats stop counting in the database until they
     * are written again; says so once per outage.
     */
    private void lose(Exception why) {
        if (connection != null) {
            connection.abort();
            connection = null;
        }
        if (!unreachable) {
            unreachable = true;
            log.accept("seats: cannot count learners' sessions in the database (" + Untrusted.forLine(why.getMessage())
                    + "); until it answers, the limit per learner holds on this node alone");
        }
    }

    private static Thread thread(Runnable task) {
        var thread = new Thread(task, "nudge-seats-watch");
        thread.setDaemon(true);
        return thread;
    }
}
