package dev.nudge.ssh;

import java.io.IOException;

/**
 * A PROXY protocol header that cannot be read, or one that is there when it must not be (or missing when it must be).
 * Thrown from where SSHD reads the client's identification, it closes the connection; its message is safe to log.
 */
final class BadProxyHeader extends IOException {
    private static final long serialVersionUID = 1L;

    BadProxyHeader(String message) {
        super(message);
    }
}
