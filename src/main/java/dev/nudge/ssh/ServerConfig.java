package dev.nudge.ssh;

import dev.nudge.progress.postgresql.PostgresAddress;
import dev.nudge.seats.MemorySeats;
import dev.nudge.seats.Seats;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

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
 * @param hostKeyFile the key file every node of a class shares ({@code --host-key}); when empty, the key in the data
 *     directory, made there on first start
 * @param proxyProtocol whether every connection starts with a PROXY protocol header from a load balancer
 * @param store the PostgreSQL database the nodes of a class share ({@code --store}); when empty, progress is kept in
 *     the data directory's SQLite file
 * @param seats where each learner's sessions are counted for the limit per learner: in this server's memory, or
 *     where every node of a class sees them
 */
public record ServerConfig(String bind, int port, AuthMode auth, Path dataDirectory, ServerLimits limits,
        IdlePolicy idle, Duration authTimeout, AppearanceRule appearance, Optional<Path> hostKeyFile,
        boolean proxyProtocol, Optional<PostgresAddress> store, Seats seats) {
    public ServerConfig {
        if (bind == null || auth == null || dataDirectory == null || limits == null || idle == null
                || authTimeout == null || appearance == null || hostKeyFile == null || store == null
                || seats == null) {
            throw new IllegalArgumentException("every part of the server configuration must be given");
        }
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("the port must be between 0 and 65535, not " + port);
        }
    }

    /** The same server, counting each learner's seats in {@code seats} (once the shared store is open, say). */
    public ServerConfig withSeats(Seats seats) {
        return new ServerConfig(bind, port, auth, dataDirectory, limits, idle, authTimeout, appearance, hostKeyFile,
                proxyProtocol, store, seats);
    }

    /**
     * A server that keeps progress in the data directory's SQLite file and counts each learner's sessions in its own
     * memory, as one machine serving a class alone does.
     */
    public ServerConfig(String bind, int port, AuthMode auth, Path dataDirectory, ServerLimits limits, IdlePolicy idle,
            Duration authTimeout, AppearanceRule appearance, Optional<Path> hostKeyFile, boolean proxyProtocol) {
        this(bind, port, auth, dataDirectory, limits, idle, authTimeout, appearance, hostKeyFile, proxyProtocol,
                Optional.empty(), new MemorySeats());
    }

    /**
     * A server with its own key in the data directory that learners connect to directly, with no PROXY protocol, as
     * one machine serving a class alone has.
     */
    public ServerConfig(String bind, int port, AuthMode auth, Path dataDirectory, ServerLimits limits, IdlePolicy idle,
            Duration authTimeout, AppearanceRule appearance) {
        this(bind, port, auth, dataDirectory, limits, idle, authTimeout, appearance, Optional.empty(), false);
    }
}
