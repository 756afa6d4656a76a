package dev.nudge.ssh;

import org.apache.sshd.server.auth.pubkey.PublickeyAuthenticator;

/** A public-key authenticator that can also tell the teacher, in one line, who it lets in. */
interface Doorkeeper extends PublickeyAuthenticator {
    String describe();
}
