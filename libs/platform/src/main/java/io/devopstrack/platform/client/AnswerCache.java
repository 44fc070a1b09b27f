package io.devopstrack.platform.client;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A peer's answers, reused for a while (the time to live; zero or less keeps none). Only for answers that do not
 * depend on who asks. Safe for concurrent use; an expired answer stays until it is replaced or removed.
 */
public final class AnswerCache<K, V> {

    private final long ttlNanos;
    private final Map<K, Kept<V>> answers = new ConcurrentHashMap<>();

    public AnswerCache(Duration ttl) {
        this.ttlNanos = ttl.toNanos();
    }

    /** The answer kept for the key, or null when there is none younger than the time to live. */
    public V get(K key) {
        Kept<V> kept = answers.get(key);
        return kept != null && kept.until() - System.nanoTime() > 0 ? kept.value() : null;
    }

    public void put(K key, V value) {
        if (ttlNanos > 0) {
            answers.put(key, new Kept<>(value, System.nanoTime() + ttlNanos));
        }
    }

    public void remove(K key) {
        answers.remove(key);
    }

    private record Kept<V>(V value, long until) {}
}
