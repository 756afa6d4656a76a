package dev.nudge.tui.terminal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Values made once and shared by every session's thread, found without a lock: what every frame looks up. Beyond
 * {@code most} values, new ones are made each time but not kept, so odd input cannot grow it without end.
 */
final class Kept<K, V> {
    private final int most;
    private final Map<K, V> values = new ConcurrentHashMap<>();

    Kept(int most) {
        this.most = most;
    }

    V get(K key, Function<K, V> make) {
        var kept = values.get(key);
        if (kept != null) {
            return kept;
        }
        var made = make.apply(key);
        if (values.size() < most) {
            values.putIfAbsent(key, made);
        }
        return made;
    }
}
