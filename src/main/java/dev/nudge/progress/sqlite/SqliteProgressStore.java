package dev.nudge.progress.sqlite;

import dev.nudge.progress.HealthListener;
import dev.nudge.progress.Progress;
import dev.nudge.progress.ProgressEvent;
import dev.nudge.progress.ProgressStore;
import dev.nudge.progress.StoreHealth;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Progress kept in an SQLite file that a tutor, the class server and {@code nudge report} can share. Every change is
 * handed to one background writer thread and written there in its own transaction, so a keypress never waits for
 * the disk; the queue is written out on {@link #close()} and when the JVM shuts down (as on {@code SIGTERM}). When
 * the file cannot be used, the store keeps progress in memory and says so through {@link #health()}.
 */
public final class SqliteProgressStore implements ProgressStore {
    private static final long CLOSE_WAIT_SECONDS = 10;

    private final Clock clock;
    private final ExecutorService writer;
    private final DiskWriter disk;
    private final List<HealthListener> listeners = new CopyOnWriteArrayList<>();
    private final Thread shutdownHook;
    private volatile StoreHealth health;

    private SqliteProgressStore(Path file, Clock clock, ConnectionSetup setup) {
        this.clock = clock;
        var opened = new FileOpening(file, clock, setup).open();
        this.health = opened.health();
        this.disk = new DiskWriter(file.toAbsolutePath(), opened, this::healthChanged);
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

    /** Waits until every change recorded so far is written (or has failed and is kept in memory). */
    public void flush() {
        onWriter(() -> null);
    }

    @Override
    public StoreHealth health() {
        return health;
    }

    @Override
    public void onHealthChange(HealthListener listener) {
        listeners.add(listener);
    }

    @Override
    public synchronized void close() {
        if (writer.isShutdown()) {
            return;
        }
        writer.execute(disk::close);
        writer.shutdown();
        try {
            writer.awaitTermination(CLOSE_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        removeShutdownHook();
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
            writer.execute(() -> disk.write(change));
        } catch (RejectedExecutionException e) {
            // Closed: only a UI thread still running while the JVM shuts down gets here, and nothing can be kept.
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
        }
    }
}
