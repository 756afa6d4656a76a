package dev.nudge.ssh;

import java.net.InetAddress;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntSupplier;

/**
 * Counts the connections that have not logged in yet, in total and per address, and decides at accept whether one
 * more may wait: the rule of OpenSSH's {@code MaxStartups}, with a per-address cap. A connection is counted from the
 * moment it is accepted until it logs in or closes, whichever comes first.
 */
final class Startups {
    private final StartupLimits limits;
    /** A number from 0 to 99, evenly: the dice of the early refusals between {@code start} and {@code full}. */
    private final IntSupplier percentile;
    private final Map<InetAddress, Integer> perAddress = new HashMap<>();
    private int total;

    Startups(StartupLimits limits, IntSupplier percentile) {
        this.limits = limits;
        this.percentile = percentile;
    }

    /** Counts a connection from {@code address}, or says why it may not wait with the others. */
    synchronized Optional<String> admit(InetAddress address) {
        var refusal = perAddressRefusal(address).or(this::totalRefusal);
        if (refusal.isEmpty()) {
            perAddress.merge(address, 1, Integer::sum);
            total++;
        }
        return refusal;
    }

    /**
     * Counts a connection whose address is not known yet (behind a load balancer, until its PROXY header names it)
     * against the total only, or says why it may not wait.
     */
    synchronized Optional<String> admitUnaddressed() {
        var refusal = totalRefusal();
        if (refusal.isEmpty()) {
            total++;
        }
        return refusal;
    }

    /**
     * Counts a connection admitted {@linkplain #admitUnaddressed unaddressed} against {@code address} too, or says why
     * it may not; it stays in the total until it is released (with no address, if this refused it).
     */
    synchronized Optional<String> address(InetAddress address) {
        var refusal = perAddressRefusal(address);
        if (refusal.isEmpty()) {
            perAddress.merge(address, 1, Integer::sum);
        }
        return refusal;
    }

    /** The connection from {@code address} (or {@code null}: none was known) has logged in or closed. */
    synchronized void release(InetAddress address) {
        if (address != null) {
            perAddress.computeIfPresent(address, (a, count) -> count > 1 ? count - 1 : null);
        }
        total--;
    }

    private Optional<String> perAddressRefusal(InetAddress address) {
        int fromAddress = perAddress.getOrDefault(address, 0);
        if (fromAddress >= limits.perAddress()) {
            return Optional.of(fromAddress + " connections from that address have not logged in yet (at most "
                    + limits.perAddress() + ")");
        }
        return Optional.empty();
    }

    private Optional<String> totalRefusal() {
        if (total >= limits.full() || total >= limits.start() && percentile.getAsInt() < refusedPercent()) {
            return Optional.of(total + " connections have not logged in yet (the limit is " + limits.describe() + ")");
        }
        return Optional.empty();
    }

    synchronized int waiting() {
        return total;
    }

    synchronized int addresses() {
        return perAddress.size();
    }

    /** As OpenSSH: {@code rate} percent at {@code start}, rising in a straight line to 100 at {@code full}. */
    private int refusedPercent() {
        if (limits.full() == limits.start()) {
            return 100;
        }
        return limits.rate() + (100 - limits.rate()) * (total - limits.start()) / (limits.full() - limits.start());
    }
}
