package dev.nudge.tui;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The last few results of a pure function, by argument: the least recently used one goes when it is full. Safe to
 * share between sessions on different threads.
 */
final class Memo<K, V> {
    private final Map<K, V> kept;

    Memo(int entries) {
        this.kept = new LinkedHashMap<>(entries, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > entries;
            }
        };
    }

    /** The result for {@code key}, computed by {@code compute} (outside the lock) when not kept. */
    V get(K key, Supplier<V> compute) {
        synchronized (kept) {
            var known = kept.get(key);
            if (known != null) {
                return known;
            }
        }
        var computed = compute.get();
        synchronized (kept) {
            kept.put(key, computed);
        }
        return computed;
    }
}
