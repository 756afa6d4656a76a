package dev.nudge.ssh;

import dev.nudge.text.Untrusted;
import java.net.InetSocketAddress;
import java.net.SocketAddress;

/** A client's address as the teacher reads it in the log: {@code 192.0.2.7:51234}. */
final class Addresses {
    private Addresses() {
    }

    static String text(SocketAddress address) {
        if (address instanceof InetSocketAddress inet && inet.getAddress() != null) {
            return inet.getAddress().getHostAddress() + ":" + inet.getPort();
        }
        // Not an internet address (a proxy's or a test's): its text is whatever its maker chose.
        return Untrusted.forLine(String.valueOf(address));
    }
}
