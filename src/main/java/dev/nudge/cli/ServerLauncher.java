package dev.nudge.cli;

import dev.nudge.ssh.ServerConfig;
import java.io.PrintWriter;

/** Runs the class server until it is told to stop; tests put one in that only records the configuration. */
@FunctionalInterface
interface ServerLauncher {
    /** Serves until stopped, and returns the process exit code. */
    int serve(ServerConfig config, PrintWriter out, PrintWriter err);
}
