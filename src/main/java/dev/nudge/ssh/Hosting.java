package dev.nudge.ssh;

import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Consumer;
import java.util.function.IntSupplier;

/**
 * What every session on one server shares: the register of open sessions, the one timer thread, the idle policy, the
 * teacher's log, the port (for messages that say how to connect), and the course with the progress store.
 */
record Hosting(SessionRegistry registry, ScheduledExecutorService timer, IdlePolicy idle, Consumer<String> log,
        IntSupplier port, Classroom classroom) {

    /** The reply that tells a learner, in their language, why they get no tutor on this channel. */
    OneLineReply refusal(Appearance appearance, String messageKey, String... arguments) {
        return new OneLineReply(appearance.text(messageKey, (Object[]) arguments));
    }

    String portText() {
        return String.valueOf(port.getAsInt());
    }
}
