package dev.nudge.ssh;

import org.apache.sshd.server.channel.ChannelSession;
import org.apache.sshd.server.command.Command;
import org.apache.sshd.server.command.CommandFactory;

/** Answers every command request ({@code ssh host cmd}, legacy {@code scp}) with one line: only the tutor runs here. */
final class CommandRefusal implements CommandFactory {
    private final Hosting hosting;
    private final AppearanceRule rule;

    CommandRefusal(Hosting hosting, AppearanceRule rule) {
        this.hosting = hosting;
        this.rule = rule;
    }

    @Override
    public Command createCommand(ChannelSession channel, String command) {
        hosting.log().accept("refused a command from " + LearnerAttribute.get(channel.getSession()).labelWithKey());
        var appearance = rule.choose(channel.getEnvironment().getEnv());
        return hosting.refusal(appearance, "serve.refused.command", hosting.portText());
    }
}
