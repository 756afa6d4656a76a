package dev.nudge.ssh;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Optional;

/** Version 2 of the PROXY protocol, binary: what HAProxy's {@code send-proxy-v2} writes. */
final class ProxyHeaderV2 {
    static final byte[] SIGNATURE = {0x0D, 0x0A, 0x0D, 0x0A, 0x00, 0x0D, 0x0A, 0x51, 0x55, 0x49, 0x54, 0x0A};
    /** Signature, version and command, family and protocol, and the payload's length. */
    static final int FIXED = 16;
    /** The largest addresses (two Unix socket paths, 216 bytes) and 256 bytes of TLVs, which nudge skips. */
    static final int MAX_PAYLOAD = 216 + 256;

    private static final int LOCAL = 0x20;
    private static final int PROXY = 0x21;
    private static final int TCP4 = 0x11;
    private static final int TCP6 = 0x21;

    private ProxyHeaderV2() {
    }

    /** As {@link ProxyHeader#read}, for bytes that begin with the version 2 signature. */
    static Optional<ProxyHeader> read(byte[] data) throws BadProxyHeader {
        if (data.length < FIXED) {
            return Optional.empty();
        }
        int command = data[12] & 0xFF;
        int family = data[13] & 0xFF;
        int payload = (data[14] & 0xFF) << 8 | data[15] & 0xFF;
        if (command != LOCAL && command != PROXY) {
            throw new BadProxyHeader("its PROXY header (version 2) has an unknown version or command 0x"
                    + Integer.toHexString(command));
        }
        if (payload > MAX_PAYLOAD) {
            throw new BadProxyHeader("its PROXY header (version 2) is " + (FIXED + payload) + " bytes long, more than "
                    + (FIXED + MAX_PAYLOAD));
        }
        if (data.length < FIXED + payload) {
            return Optional.empty();
        }
        if (command == LOCAL) {
            return Optional.of(new ProxyHeader(null, FIXED + payload));
        }
        return Optional.of(new ProxyHeader(source(data, family, payload), FIXED + payload));
    }

    /** The source of a TCP connection; other families (UDP, Unix sockets, unspecified) name none nudge can use. */
    private static InetSocketAddress source(byte[] data, int family, int payload) throws BadProxyHeader {
        int size = family == TCP4 ? 4 : family == TCP6 ? 16 : 0;
        if (size == 0) {
            return null;
        }
        if (payload < 2 * size + 4) {
            throw new BadProxyHeader("its PROXY header (version 2) is too short for its addresses (" + payload
                    + " bytes)");
        }
        int port = (data[FIXED + 2 * size] & 0xFF) << 8 | data[FIXED + 2 * size + 1] & 0xFF;
        try {
            return new InetSocketAddress(InetAddress.getByAddress(Arrays.copyOfRange(data, FIXED, FIXED + size)), port);
        } catch (UnknownHostException e) {
            throw new BadProxyHeader("its PROXY header (version 2) has no usable source address");
        }
    }
}
