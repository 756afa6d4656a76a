package dev.nudge.ssh;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The addresses a key may log in from, as an {@code authorized_keys} {@code from="..."} option gives them in OpenSSH's
 * pattern-list syntax: addresses with {@code *} and {@code ?} wildcards, networks in CIDR form, each negated by a
 * leading {@code !}. As in OpenSSH, a negated match refuses whatever else matches, and no match refuses too. Host names
 * are not supported: the server looks up no names, so a pattern that is one could never match and is refused when the
 * file is read.
 */
final class AddressPatterns {
    private static final Pattern ADDRESS_LIKE = Pattern.compile("[0-9A-Fa-f.:*?]+");
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

    private final String text;
    private final List<Entry> entries;

    private AddressPatterns(String text, List<Entry> entries) {
        this.text = text;
        this.entries = entries;
    }

    /** One pattern of the list, perhaps negated. */
    private record Entry(boolean negated, String wildcard, byte[] network, int bits) {
        boolean matches(InetAddress address) {
            if (network != null) {
                return inNetwork(address.getAddress());
            }
            if (!wildcard.contains("*") && !wildcard.contains("?") && wildcard.contains(":")) {
                return literal(wildcard).map(address::equals).orElse(false);
            }
            return globMatches(wildcard, address.getHostAddress().toLowerCase(Locale.ROOT), 0, 0);
        }

        private boolean inNetwork(byte[] candidate) {
            if (candidate.length != network.length) {
                return false;
            }
            for (int bit = 0; bit < bits; bit++) {
                int mask = 0x80 >>> (bit % 8);
                if ((candidate[bit / 8] & mask) != (network[bit / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }

    /** Reads a pattern list; the message of a failure says which pattern is wrong and what to write instead. */
    static AddressPatterns parse(String list) {
        var entries = new ArrayList<Entry>();
        for (var item : list.split(",", -1)) {
            boolean negated = item.startsWith("!");
            var pattern = (negated ? item.substring(1) : item).strip().toLowerCase(Locale.ROOT);
            if (pattern.isEmpty()) {
                throw new IllegalArgumentException("from=\"" + list + "\" has an empty pattern; separate the "
                        + "addresses with single commas");
            }
            entries.add(pattern.contains("/") ? network(negated, pattern, list) : wildcard(negated, pattern, list));
        }
        return new AddressPatterns(list, List.copyOf(entries));
    }

    private static Entry wildcard(boolean negated, String pattern, String list) {
        if (!ADDRESS_LIKE.matcher(pattern).matches()) {
            throw new IllegalArgumentException("from=\"" + list + "\": \"" + pattern + "\" is a host name, but nudge "
                    + "serve matches from= against the client's address only (it looks up no names); write "
                    + "addresses, wildcards such as 192.0.2.* or networks such as 192.0.2.0/24");
        }
        return new Entry(negated, pattern, null, 0);
    }

    private static Entry network(boolean negated, String pattern, String list) {
        var parts = pattern.split("/", -1);
        var address = parts.length == 2 ? literal(parts[0]) : Optional.<InetAddress>empty();
        int bits = address.isPresent() && parts[1].matches("\\d{1,3}") ? Integer.parseInt(parts[1]) : -1;
        if (bits < 0 || bits > address.map(a -> a.getAddress().length * 8).orElse(-1)) {
            throw new IllegalArgumentException("from=\"" + list + "\": \"" + pattern + "\" is not a network; write "
                    + "it as ADDRESS/BITS, such as 192.0.2.0/24 or 2001:db8::/32");
        }
        return new Entry(negated, null, address.get().getAddress(), bits);
    }

    /** An address written as digits, never looked up as a name. */
    private static Optional<InetAddress> literal(String text) {
        if (!IPV4.matcher(text).matches() && !(text.contains(":") && ADDRESS_LIKE.matcher(text).matches())) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(text));
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    boolean allows(InetAddress address) {
        boolean matched = false;
        for (var entry : entries) {
            if (entry.matches(address)) {
                if (entry.negated()) {
                    return false;
                }
                matched = true;
            }
        }
        return matched;
    }

    /** As written in the file. */
    String text() {
        return text;
    }

    /** OpenSSH's wildcard match: {@code *} any run of characters, {@code ?} any one. */
    private static boolean globMatches(String pattern, String text, int p, int t) {
        while (p < pattern.length()) {
            char c = pattern.charAt(p);
            if (c == '*') {
                for (int rest = t; rest <= text.length(); rest++) {
                    if (globMatches(pattern, text, p + 1, rest)) {
                        return true;
                    }
                }
                return false;
            }
            if (t >= text.length() || (c != '?' && c != text.charAt(t))) {
                return false;
            }
            p++;
            t++;
        }
        return t == text.length();
    }
}
