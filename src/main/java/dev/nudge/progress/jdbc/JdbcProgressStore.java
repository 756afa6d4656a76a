package dev.nudge.progress.jdbc;

import dev.nudge.progress.HealthListener;
import dev.nudge.progress.Progress;
import dev.nudge.progress.ProgressEvent;
import dev.nudge.progress.ProgressStore;
import dev.nudge.progress.StoreHealth;
import dev.nudge.progress.StoreMessage;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * What every database-backed progress store promises, kept in one place so SQLite and PostgreSQL keep it alike.
 * Every change waits in {@link WaitingChanges} and one background writer thread writes them, many to a transaction,
 * so a keypress never waits for the database; the writer starts on a change as soon as it arrives, and an answer is
 * committed within {@link #COMMIT_BOUND} of being recorded. Loads take turns with the writer's batches, so a learner
 * opening a session never waits for a flood of someone else's changes. What is waiting is written on {@link #close()}
 * and when the JVM shuts down (as on {@code SIGTERM}); what cannot be written in {@link #CLOSE_WAIT} is counted and
 * said. When the database cannot be used, the store keeps progress in memory (bounded) and says so through
 * {@link #health()}; a store given a retry period tries again by itself and says when saving works again.
 */
public abstract class JdbcProgressStore implements ProgressStore {
    /** An answer recorded while the store is saving is committed to the database within this time. */
    public static final Duration COMMIT_BOUND = Duration.ofMillis(250);
    /** How long closing waits for the writer before it gives up and says what was not saved. */
    public static final Duration CLOSE_WAIT = Duration.ofSeconds(10);

    private final String location;
    private final Clock clock;
    private final Optional<Duration> retryEvery;
    private final WaitingChanges waiting = new WaitingChanges();
    private final ScheduledThreadPoolExecutor writer;
    private final DiskWriter disk;
    private final AtomicBoolean writeScheduled = new AtomicBoolean();
    private final AtomicBoolean retryScheduled = new AtomicBoolean();
    private final AtomicBoolean refusedOnce = new AtomicBoolean();
    private final AtomicBoolean overBoundOnce = new AtomicBoolean();
    private final List<HealthListener> listeners = new CopyOnWriteArrayList<>();
    private final Thread shutdownHook;
    private volatile Consumer<String> warnings = line -> System.err.println("nudge: " + line);
    private volatile StoreHealth health;
    private boolean closed;

    /**
     * A store writing to {@code database}, which opened with {@code opened}; {@code location} names it in what is
     * said (a file, or a database's address without a password); {@code retryEvery}, when given, is how often the
     * writer tries again after a failure with nothing new to write.
     */
    protected JdbcProgressStore(EventDatabase database, StoreHealth opened, Clock clock, String location,
            Optional<Duration> retryEvery) {
        this.location = location;
        this.clock = clock;
        this.retryEvery = retryEvery;
        this.health = opened;
        this.disk = new DiskWriter(database, opened, waiting, this::healthChanged);
        this.writer = new ScheduledThreadPoolExecutor(1, task -> {
            var thread = new Thread(task, "nudge-progress-writer");
            thread.setDaemon(true);
            return thread;
        });
        // A retry still pending when the store closes is not waited for: closing writes what waits itself.
        writer.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        this.shutdownHook = new Thread(this::close, "nudge-progress-flush");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /** Where the store says what it could not save (on closing, or a change after it): standard error by default. */
    public void warnTo(Consumer<String> sink) {
        warnings = sink;
    }

    /**
     * Leaves closing at shutdown to the caller, who must call {@link #close()} once whatever still records has
     * ended. A class server does: its sessions say goodbye after the signal, and an answer given in those seconds
     * must still find the store open, which the store's own shutdown hook (run at once, beside the server's) would
     * not guarantee.
     */
    public void closeOnlyWhenAsked() {
        removeShutdownHook();
    }

    @Override
    public Progress load(String learner) {
        return Progress.replay(onWriter(() -> disk.events(learner)));
    }

    @Override
    public void record(String learner, ProgressEvent event) {
        change(new StoreChange.Append(learner, clock.instant(), event));
    }

    @Override
    public void reset(String learner, String lessonId) {
        change(new StoreChange.Reset(learner, lessonId));
    }

    @Override
    public void keyUsed(String learner, String fingerprint) {
        change(new StoreChange.KeyUsed(learner, clock.instant(), fingerprint));
    }

    /** Waits until every change recorded so far is written (or writing failed, and they are kept in memory). */
    public void flush() {
        onWriter(() -> {
            disk.writeUntil(System.nanoTime() + CLOSE_WAIT.toNanos());
            return null;
        });
    }

    @Override
    public StoreHealth health() {
        return health;
    }

    @Override
    public void onHealthChange(HealthListener listener) {
        listeners.add(listener);
    }

    /** Writes what is waiting, for at most {@link #CLOSE_WAIT}, and says what could not be written. */
    @Override
    public void close() {
        closeWithin(CLOSE_WAIT);
    }

    /**
     * Writes what is waiting, for at most {@code wait}, then lets go of the database; what is still not written is
     * counted, said on the warnings sink (see {@link #warnTo}) and returned, with what was refused while memory was
     * full. Closing again returns at once.
     */
    public synchronized Unsaved closeWithin(Duration wait) {
        if (closed) {
            return Unsaved.NONE;
        }
        closed = true;
        long deadline = System.nanoTime() + wait.toNanos();
        boolean finished;
        try {
            writer.execute(() -> disk.close(deadline));
            writer.shutdown();
            // The writer stops its last batch at the deadline; a batch already begun gets a moment more.
            finished = writer.awaitTermination(wait.toMillis() + 1_000, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            finished = false;
        }
        var unsaved = waiting.close().plus(waiting.refused());
        if (unsaved.any()) {
            warnings.accept(LossMessages.unsaved(location, unsaved.counted(), whyUnsaved(finished, wait)));
        }
        removeShutdownHook();
        return unsaved;
    }

    private String whyUnsaved(boolean finished, Duration wait) {
        if (!finished || disk.health().saving()) {
            var time = wait.toMillis() % 1_000 == 0 ? wait.toSeconds() + " s" : wait.toMillis() + " ms";
            return "writing did not finish within " + time;
        }
        return disk.health().problem().map(StoreMessage::english).orElse("writing failed");
    }

    private void removeShutdownHook() {
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException e) {
            // the JVM is shutting down, and this may be the hook itself
        }
    }

    private void healthChanged(StoreHealth newHealth) {
        health = newHealth;
        listeners.forEach(listener -> listener.changed(newHealth));
        if (!newHealth.saving()) {
            scheduleRetry();
        }
    }

    /** Runs on the writer: after a failure, the database is tried again every period until it answers. */
    private void scheduleRetry() {
        if (retryEvery.isEmpty() || !retryScheduled.compareAndSet(false, true)) {
            return;
        }
        try {
            writer.schedule(() -> {
                retryScheduled.set(false);
                if (!disk.health().saving() && !disk.retry()) {
                    scheduleRetry();
                }
            }, retryEvery.get().toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            retryScheduled.set(false); // closing: its last round tries once more
        }
    }

    private void change(StoreChange change) {
        try {
            waiting.awaitRoom(change.learner());
        } catch (InterruptedException e) {
            // A session being torn down still keeps what it recorded: the change goes in without waiting.
            Thread.currentThread().interrupt();
        }
        var added = waiting.add(change);
        if (added == WaitingChanges.Added.CLOSED) {
            refused(change);
            return;
        }
        if (added == WaitingChanges.Added.OVER_BOUND) {
            if (overBoundOnce.compareAndSet(false, true)) {
                warnings.accept(LossMessages.overBound(location, WaitingChanges.MEMORY_BOUND));
            }
            return;
        }
        if (writeScheduled.compareAndSet(false, true)) {
            try {
                writer.execute(this::writeOnce);
            } catch (RejectedExecutionException e) {
                // Closing: its last round writes or counts every change added before it.
            }
        }
    }

    /** One batch, then the writer goes to the back of its own queue, behind any load waiting for a turn. */
    private void writeOnce() {
        writeScheduled.set(false);
        if (disk.writeBatch() && writeScheduled.compareAndSet(false, true)) {
            try {
                writer.execute(this::writeOnce);
            } catch (RejectedExecutionException e) {
                // Closing: its last round writes what is left.
            }
        }
    }

    /** A change after closing (only a session still running while the JVM shuts down) is said, once, not kept. */
    private void refused(StoreChange change) {
        if (refusedOnce.compareAndSet(false, true)) {
            warnings.accept(LossMessages.afterClosing(location, change.learner()));
        }
    }

    private <T> T onWriter(Callable<T> task) {
        try {
            return writer.submit(task).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the progress store", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the progress store failed", e.getCause());
        } catch (RejectedExecutionException e) {
            throw new IllegalStateException("the progress store " + location + " is closed", e);
        }
    }
}
