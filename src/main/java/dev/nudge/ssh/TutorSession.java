package dev.nudge.ssh;

import dev.nudge.progress.Learner;
import dev.nudge.progress.ProgressSink;
import dev.nudge.step.Notice;
import dev.nudge.text.Untrusted;
import dev.nudge.tui.runtime.Inbox;
import dev.nudge.tui.runtime.KeyDecoder;
import dev.nudge.tui.runtime.TutorLoop;
import dev.nudge.tui.terminal.CursorReply;
import dev.nudge.tui.terminal.StreamTerminal;
import dev.nudge.tui.terminal.SubscriptProbe;
import dev.nudge.tutor.Event;
import dev.nudge.tutor.TutorState;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.sshd.server.Environment;
import org.apache.sshd.server.ExitCallback;
import org.apache.sshd.server.Signal;
import org.apache.sshd.server.channel.ChannelSession;
import org.apache.sshd.server.channel.ChannelSessionAware;
import org.apache.sshd.server.command.Command;

/**
 * One learner's tutor over one SSH channel: the same {@link TutorLoop} and pure tutor as a local run, on a thread of
 * its own, drawing on a {@link StreamTerminal} over the channel. Keys are pushed in as the channel receives them; the
 * server, the idle watch and a dropped connection end it through its inbox. Whatever happens inside it stays inside:
 * it ends by itself and frees its seat, and no other session notices.
 */
final class TutorSession implements Command, ChannelSessionAware {
    private final long id;
    private final Login login;
    private final Learner learner;
    private final Appearance appearance;
    private final PtyRequest pty;
    private final String from;
    private final Hosting hosting;
    private final Inbox inbox = new Inbox();
    private final KeyDecoder decoder = new KeyDecoder();
    /** The answer to the subscript probe, taken out of the keys whenever it comes, even after the probe gave up. */
    private final CursorReply probeReply = new CursorReply();
    private final AtomicReference<Ending> ending = new AtomicReference<>();
    private final IdleWatch idle;
    private OutputStream out;
    private ExitCallback exit;
    private volatile Thread thread;
    private volatile boolean running;

    TutorSession(long id, Login login, Appearance appearance, PtyRequest pty, String from, Hosting hosting) {
        this.id = id;
        this.login = login;
        this.learner = login.learner();
        this.appearance = appearance;
        this.pty = pty;
        this.from = from;
        this.hosting = hosting;
        this.idle = new IdleWatch(hosting.timer(), hosting.idle(), this::warnIdle, () -> stop(Ending.IDLE));
    }

    Learner learner() {
        return learner;
    }

    /** Installed before the channel's streams, so typed-ahead keys reach the inbox rather than a pipe. */
    @Override
    public void setChannelSession(ChannelSession channel) {
        channel.setDataReceiver(new KeyReceiver(this));
    }

    @Override
    public void setInputStream(InputStream in) {
        // Keys arrive through the KeyReceiver instead.
    }

    @Override
    public void setOutputStream(OutputStream out) {
        this.out = out;
    }

    @Override
    public void setErrorStream(OutputStream err) {
        // The tutor draws everything on its screen.
    }

    @Override
    public void setExitCallback(ExitCallback callback) {
        this.exit = callback;
    }

    /**
     * The seat is given back when the channel has closed, not when the tutor ends: only then have the learner's last
     * line and exit status surely left, which a stopping server waits for before it cuts the connections.
     */
    @Override
    public void start(ChannelSession channel, Environment environment) {
        channel.addCloseFutureListener(closed -> hosting.registry().remove(this));
        var terminal = new StreamTerminal(InputStream.nullInputStream(), out, pty.size());
        environment.addSignalListener((ch, signal) -> terminal.resize(PtyRequest.size(environment.getEnv())), Signal.WINCH);
        running = true;
        thread = new Thread(() -> run(terminal), "nudge-session-" + id);
        thread.start();
        idle.start();
        hosting.classroom().store().keyUsed(learner.id(), login.fingerprint());
        hosting.log().accept("session " + id + " started: " + login.labelWithKey() + " from " + from + " ("
                + Untrusted.forLine(pty.describe()) + ")");
    }

    /** Bytes the learner typed, on an I/O thread. */
    void typed(byte[] buffer, int start, int length) {
        idle.keyPressed();
        decoder.feed(buffer, start, length, stroke -> {
            if (!probeReply.offer(stroke)) {
                inbox.press(stroke);
            }
        });
    }

    /** The client closed its end (sent EOF, or closed the channel): nobody is left to read a farewell. */
    void inputEnded() {
        ending.compareAndSet(null, Ending.LEFT);
        inbox.post(new Event.InputClosed());
    }

    /** Asks the session to end for {@code reason}, with a last line to the learner; the first reason given wins. */
    void stop(Ending reason) {
        if (ending.compareAndSet(null, reason)) {
            inbox.post(new Event.HostClosing());
        }
    }

    /**
     * Called when the channel closes, also when the connection dropped: the session thread may be waiting for a key
     * that will never come, or for the client to read, so it is told and woken.
     */
    @Override
    public void destroy(ChannelSession channel) {
        if (thread == null) {
            hosting.registry().remove(this);
            return;
        }
        if (running) {
            ending.compareAndSet(null, Ending.DROPPED);
            inbox.post(new Event.InputClosed());
            thread.interrupt();
        }
    }

    private void run(StreamTerminal terminal) {
        long started = System.nanoTime();
        try {
            var classroom = hosting.classroom();
            // On the session's thread, not in start: the answer takes a network round trip.
            var options = appearance.options()
                    .measuredBy(() -> terminal.measureSubscripts(probeReply, SubscriptProbe.TIME_OUT));
            var loop = new TutorLoop(terminal, inbox, options, ProgressSink.of(classroom.store(), learner.id()));
            loop.run(TutorState.start(classroom.book(), appearance.language(), classroom.store().load(learner.id()),
                    learner.id()));
            ending.compareAndSet(null, Ending.QUIT);
            sayFarewell();
        } catch (IOException | InterruptedException e) {
            ending.compareAndSet(null, Ending.DROPPED);
        } catch (RuntimeException e) {
            ending.compareAndSet(null, Ending.FAILED);
            hosting.log().accept("session " + id + " failed: " + Untrusted.forLine(e.toString()));
        } finally {
            running = false;
            idle.stop();
            hosting.log().accept("session " + id + " ended: " + login.label() + " (" + ending.get().logText()
                    + " after " + elapsed(started) + ")");
            exit.onExit(ending.get() == Ending.FAILED ? 1 : 0);
        }
    }

    /** The last line, written on the main screen after the tutor gave the terminal back. */
    private void sayFarewell() throws IOException {
        var last = ending.get();
        if (last.hasFarewell()) {
            out.write((appearance.text(last.farewellKey()) + "\r\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
        }
    }

    private void warnIdle() {
        long seconds = hosting.idle().warning().toSeconds();
        inbox.post(new Event.Announced(Notice.of("notice.idleWarning", String.valueOf(seconds))));
    }

    private static String elapsed(long startedNanos) {
        return Durations.brief(Duration.ofNanos(System.nanoTime() - startedNanos));
    }
}
