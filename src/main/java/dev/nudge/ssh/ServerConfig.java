package dev.nudge.ssh;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Everything a class server is started with.
 *
 * @param bind the address to listen on
 * @param port the port to listen on; 0 takes any free one
 * @param auth who may log in
 * @param dataDirectory where the host key (and later the progress) is kept
 * @param limits sessions in total and per learner, connection attempts per address
 * @param idle when an idle session is warned and closed
 * @param authTimeout how long a connection may take to log in
 * @param appearance how each session's language and drawing are chosen
 * @param proxyProtocol whether every connection starts with a PROXY protocol header from a load balancer
 */
public record ServerConfig(String bind, int port, AuthMode auth, Path dataDirectory, ServerLimits limits,
        IdlePolicy idle, Duration authTimeout, AppearanceRule appearance, boolean proxyProtocol) {
    public ServerConfig {
        if (bind == null || auth == null || dataDirectory == null || limits == null || idle == null
                || authTimeout == null || appearance == null) {
            throw new IllegalArgumentException("every part of the server configuration must be given");
        }
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("the port must be between 0 and 65535, not " + port);
        }
    }

    /** A server learners connect to directly, with no PROXY protocol. */
    public ServerConfig(String bind, int port, AuthMode auth, Path dataDirectory, ServerLimits limits,
            IdlePolicy idle, Duration authTimeout, AppearanceRule appearance) {
        this(bind, port, auth, dataDirectory, limits, idle, authTimeout, appearance, false);
    }
}
