package dev.nudge.ssh;

import java.net.InetAddress;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * What an {@code authorized_keys} line's options restrict a key to, of those nudge honours: the addresses it may come
 * from ({@code from=}) and the moment it stops working ({@code expiry-time=}).
 *
 * @param from where the key may log in from; empty for anywhere
 * @param expires when the key stops working; empty for never
 */
record Restrictions(Optional<AddressPatterns> from, Optional<Instant> expires) {
    static final Restrictions NONE = new Restrictions(Optional.empty(), Optional.empty());
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    /** Why the key may not log in from {@code address} at {@code now}, or empty when it may. */
    Optional<String> refusal(InetAddress address, Instant now) {
        if (expires.isPresent() && !now.isBefore(expires.get())) {
            return Optional.of("it expired at " + SHOWN.format(expires.get()) + " (expiry-time)");
        }
        if (from.isPresent() && !from.get().allows(address)) {
            return Optional.of(address.getHostAddress() + " is not in its from=\"" + from.get().text() + "\"");
        }
        return Optional.empty();
    }
}
