package dev.nudge.ssh;

import dev.nudge.i18n.Language;
import dev.nudge.i18n.Messages;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.sshd.server.channel.ChannelSession;
import org.apache.sshd.server.command.Command;
import org.apache.sshd.server.shell.ShellFactory;

/**
 * The only "shell" the server has: a tutor session for a channel with a terminal, within the limits; otherwise a
 * one-line reply saying why not.
 */
final class TutorShellFactory implements ShellFactory {
    private final Hosting hosting;
    private final AppearanceRule rule;
    private final AtomicLong ids = new AtomicLong();

    TutorShellFactory(Hosting hosting, AppearanceRule rule) {
        this.hosting = hosting;
        this.rule = rule;
    }

    @Override
    public Command createShell(ChannelSession channel) {
        var environment = channel.getEnvironment();
        var appearance = rule.choose(environment.getEnv());
        var pty = PtyRequest.of(environment);
        var login = LearnerAttribute.get(channel.getSession());
        if (pty.isEmpty()) {
            hosting.log().accept("refused a session without a terminal for " + login.labelWithKey());
            return hosting.refusal(appearance, "serve.refused.noPty", hosting.portText());
        }
        var session = new TutorSession(ids.incrementAndGet(), login, appearance, pty.get(),
                Addresses.text(channel.getSession().getClientAddress()), hosting);
        var refusal = hosting.registry().admit(session);
        if (refusal.isEmpty()) {
            return session;
        }
        var notice = refusal.get();
        hosting.log().accept("refused a session for " + login.labelWithKey() + ": "
                + Messages.text(Language.EN, notice.messageKey(), notice.arguments().toArray()));
        return hosting.refusal(appearance, notice.messageKey(), notice.arguments().toArray(new String[0]));
    }
}
