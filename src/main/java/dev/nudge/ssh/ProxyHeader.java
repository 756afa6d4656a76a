package dev.nudge.ssh;

import dev.nudge.text.Untrusted;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A PROXY protocol header (version 1, text, or 2, binary, as HAProxy sends them) that a TCP load balancer puts before
 * the client's first byte, so that the server learns the learner's address rather than the balancer's. Only what
 * nudge needs is kept: the source address, or none for a balancer's own health check ({@code LOCAL},
 * {@code UNKNOWN}), and how many bytes the header took.
 *
 * @param source the learner's address, or {@code null} when the header names none (the TCP peer stands)
 * @param length the header's length in bytes, to be skipped before the SSH identification
 */
record ProxyHeader(InetSocketAddress source, int length) {
    /** Version 1's limit, from the specification: {@code PROXY TCP6} with the longest addresses and ports, and CRLF. */
    static final int V1_MAX = 107;
    static final byte[] V1_PREFIX = "PROXY ".getBytes(StandardCharsets.US_ASCII);
    /** The most any header may take: version 2's fixed part and addresses, with room for a few TLVs. */
    static final int MAX = ProxyHeaderV2.FIXED + ProxyHeaderV2.MAX_PAYLOAD;

    private static final Pattern IPV4 = Pattern.compile("(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");
    private static final Pattern IPV6 = Pattern.compile("(?=.*:)[0-9A-Fa-f:.]{2,45}");
    private static final Pattern PORT = Pattern.compile("0|[1-9]\\d{0,4}");

    /**
     * Reads the header at the start of {@code data} (the bytes received so far): empty while more bytes are needed,
     * else the header.
     *
     * @throws BadProxyHeader if the bytes are no PROXY header, or a malformed or oversized one
     */
    static Optional<ProxyHeader> read(byte[] data) throws BadProxyHeader {
        if (startsWith(data, ProxyHeaderV2.SIGNATURE)) {
            return ProxyHeaderV2.read(data);
        }
        if (startsWith(data, V1_PREFIX)) {
            return readV1(data);
        }
        if (isPrefixOfOne(data)) {
            return Optional.empty();
        }
        throw new BadProxyHeader("it sent no PROXY header (a load balancer with the PROXY protocol always sends one)");
    }

    /** Whether {@code data} begins like a PROXY header of either version (however much of it has come). */
    static boolean begins(byte[] data) {
        return data.length > 0 && (isPrefix(data, V1_PREFIX) || isPrefix(data, ProxyHeaderV2.SIGNATURE));
    }

    /** Whether {@code data} is too short to tell yet, being the start of one of the two signatures. */
    static boolean isPrefixOfOne(byte[] data) {
        return begins(data) && data.length < V1_PREFIX.length
                || isPrefix(data, ProxyHeaderV2.SIGNATURE) && data.length < ProxyHeaderV2.SIGNATURE.length;
    }

    private static Optional<ProxyHeader> readV1(byte[] data) throws BadProxyHeader {
        int end = -1;
        for (int i = 0; i + 1 < Math.min(data.length, V1_MAX); i++) {
            if (data[i] == '\r' && data[i + 1] == '\n') {
                end = i;
                break;
            }
        }
        if (end < 0) {
            if (data.length >= V1_MAX) {
                throw new BadProxyHeader("its PROXY header (version 1) has no end within " + V1_MAX + " bytes");
            }
            return Optional.empty();
        }
        var line = new String(data, 0, end, StandardCharsets.US_ASCII);
        return Optional.of(new ProxyHeader(v1Source(line), end + 2));
    }

    private static InetSocketAddress v1Source(String line) throws BadProxyHeader {
        var fields = line.split(" ", -1);
        if (fields.length >= 2 && fields[1].equals("UNKNOWN")) {
            return null;
        }
        if (fields.length != 6 || !fields[1].equals("TCP4") && !fields[1].equals("TCP6")) {
            throw malformed(line, "not PROXY TCP4|TCP6 SOURCE DESTINATION SOURCE-PORT DESTINATION-PORT");
        }
        var form = fields[1].equals("TCP4") ? IPV4 : IPV6;
        if (!form.matcher(fields[2]).matches() || !form.matcher(fields[3]).matches()) {
            throw malformed(line, "an address is not a numeric " + (form == IPV4 ? "IPv4" : "IPv6") + " address");
        }
        if (!PORT.matcher(fields[4]).matches() || !PORT.matcher(fields[5]).matches()
                || Integer.parseInt(fields[4]) > 65_535 || Integer.parseInt(fields[5]) > 65_535) {
            throw malformed(line, "a port is not a number from 0 to 65535");
        }
        try {
            // Only a literal reaches here (checked above), so no name is ever looked up.
            return new InetSocketAddress(InetAddress.getByName(fields[2]), Integer.parseInt(fields[4]));
        } catch (UnknownHostException e) {
            throw malformed(line, "the source is not an address");
        }
    }

    private static BadProxyHeader malformed(String line, String why) {
        return new BadProxyHeader("its PROXY header '" + Untrusted.forLine(line) + "' is malformed: " + why);
    }

    static boolean startsWith(byte[] data, byte[] prefix) {
        return data.length >= prefix.length && Arrays.equals(data, 0, prefix.length, prefix, 0, prefix.length);
    }

    private static boolean isPrefix(byte[] data, byte[] signature) {
        int n = Math.min(data.length, signature.length);
        return Arrays.equals(data, 0, n, signature, 0, n);
    }
}
