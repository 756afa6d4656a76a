package dev.nudge.progress.sqlite;

import dev.nudge.progress.HealthListener;
import dev.nudge.progress.Progress;
import dev.nudge.progress.ProgressEvent;
import dev.nudge.progress.ProgressStore;
import dev.nudge.progress.StoreHealth;
import dev.nudge.progress.StoreMessage;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Progress kept in an SQLite file that a tutor, the class server and {@code nudge report} can share. Every change
 * waits in {@link WaitingChanges} and one background writer thread writes them, many to a transaction, so a keypress
 * never waits for the disk; the writer starts on a change as soon as it arrives, and an answer is in the file within
 * {@link #COMMIT_BOUND} of being recorded. Loads take turns with the writer's batches, so a learner opening a session
 * never waits for a flood of someone else's changes. What is waiting is written on {@link #close()} and when the JVM
 * shuts down (as on {@code SIGTERM}); what cannot be written in {@link #CLOSE_WAIT} is counted and said. When the file
 * cannot be used, the store keeps progress in memory and says so through {@link #health()}.
 */
public final class SqliteProgressStore implements ProgressStore {
    /** An answer recorded while the store is saving is committed to the file within this time. */
    public static final Duration COMMIT_BOUND = Duration.ofMillis(250);
    /** How long closing waits for the writer before it gives up and says what was not saved. */
    public static final Duration CLOSE_WAIT = Duration.ofSeconds(10);

    private final Path file;
    private final Clock clock;
    private final WaitingChanges waiting = new WaitingChanges();
    private final ExecutorService writer;
    private final DiskWriter disk;
    private final AtomicBoolean writeScheduled = new AtomicBoolean();
    private final AtomicBoolean refusedOnce = new AtomicBoolean();
    private final List<HealthListener> listeners = new CopyOnWriteArrayList<>();
    private final Thread shutdownHook;
    private volatile Consumer<String> warnings = line -> System.err.println("nudge: " + line);
    private volatile StoreHealth health;
    private boolean closed;

    private SqliteProgressStore(Path file, Clock clock, ConnectionSetup setup) {
        this.file = file.toAbsolutePath();
        this.clock = clock;
        var opened = new FileOpening(file, clock, setup).open();
        this.health = opened.health();
        this.disk = new DiskWriter(this.file, opened, waiting, this::healthChanged);
        this.writer = Executors.newSingleThreadExecutor(task -> {
            var thread = new Thread(task, "nudge-progress-writer");
            thread.setDaemon(true);
            return thread;
        });
        this.shutdownHook = new Thread(this::close, "nudge-progress-flush");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /**
     * Keeps SQLite's native library in {@code folder} from now on, copied there once, instead of unpacking it into
     * the temporary folder at every start (see {@link NativeLibrary}); call before the first store is opened.
     */
    public static void keepNativeLibraryIn(Path folder) {
        NativeLibrary.keepIn(folder);
    }

    /** Opens (creating, migrating or setting aside as needed) the progress file {@code file}. */
    public static SqliteProgressStore open(Path file) {
        return new SqliteProgressStore(file, Clock.systemDefaultZone(), ConnectionSetup.NONE);
    }

    static SqliteProgressStore open(Path file, Clock clock, ConnectionSetup setup) {
        return new SqliteProgressStore(file, clock, setup);
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
     * Writes what is waiting, for at most {@code wait}, then lets go of the file; what is still not written is
     * counted, said on the warnings sink (see {@link #warnTo}) and returned. Closing again returns at once.
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
        var unsaved = waiting.close();
        if (unsaved.any()) {
            warnings.accept(StoreMessages.unsaved(file, unsaved.counted(), whyUnsaved(finished, wait)));
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
    }

    private void change(StoreChange change) {
        try {
            waiting.awaitRoom(change.learner());
        } catch (InterruptedException e) {
            // A session being torn down still keeps what it recorded: the change goes in without waiting.
            Thread.currentThread().interrupt();
        }
        if (!waiting.add(change)) {
            refused(change);
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
            warnings.accept(StoreMessages.afterClosing(file, change.learner()));
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
            throw new IllegalStateException("the progress store " + file + " is closed", e);
        }
    }
}
