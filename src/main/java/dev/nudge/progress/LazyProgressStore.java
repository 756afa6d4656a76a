package dev.nudge.progress;

import java.util.function.Supplier;

/**
 * A store opened on its first use rather than when made. Opening the SQLite store loads a JDBC driver and its native
 * library, which costs more than drawing the whole first screen; the local tutor draws first and opens the store
 * after. Nothing is lost meanwhile: every call waits for the store to be open and then goes to it, in order.
 */
public final class LazyProgressStore implements ProgressStore {
    private final Supplier<? extends ProgressStore> opener;
    private ProgressStore store;

    /** A store that {@code opener} opens the first time it is needed. */
    public LazyProgressStore(Supplier<? extends ProgressStore> opener) {
        this.opener = opener;
    }

    private synchronized ProgressStore store() {
        if (store == null) {
            store = opener.get();
        }
        return store;
    }

    @Override
    public Progress load(String learner) {
        return store().load(learner);
    }

    @Override
    public void record(String learner, ProgressEvent event) {
        store().record(learner, event);
    }

    @Override
    public void reset(String learner, String lessonId) {
        store().reset(learner, lessonId);
    }

    @Override
    public void keyUsed(String learner, String fingerprint) {
        store().keyUsed(learner, fingerprint);
    }

    @Override
    public StoreHealth health() {
        return store().health();
    }

    @Override
    public void onHealthChange(HealthListener listener) {
        store().onHealthChange(listener);
    }

    /** Closes the store if it was ever opened; a store never used is never opened. */
    @Override
    public synchronized void close() {
        if (store != null) {
            store.close();
        }
    }
}
