package dev.nudge.tui.terminal;

import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.ScreenInfoCharacterPattern;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The one cursor-position report a {@link SubscriptProbe} asked for, picked out of the keys a terminal sends. The
 * report is taken whenever it comes, also after the probe stopped waiting, so a late one never reaches the tutor as
 * keys; every other key is left to the caller. It reads reports as Lanterna's decoder recognises them ({@code ESC [
 * row ; column R}, which on the first row Lanterna cannot tell from F3 with modifiers). Safe to use from two threads:
 * one that offers the keys as they arrive, another that waits.
 */
public final class CursorReply {
    private final AtomicBoolean taken = new AtomicBoolean();
    private final CountDownLatch arrived = new CountDownLatch(1);
    private volatile TerminalPosition position;

    /** Takes {@code stroke} when it is the report awaited, and says so; anything else is the caller's to keep. */
    public boolean offer(KeyStroke stroke) {
        var report = ScreenInfoCharacterPattern.tryToAdopt(stroke);
        if (report == null || !taken.compareAndSet(false, true)) {
            return false;
        }
        position = report.getPosition();
        arrived.countDown();
        return true;
    }

    /** Whether the report has come. */
    boolean arrived() {
        return arrived.getCount() == 0;
    }

    /** Where the report put the cursor (the first column and row are 1), once it has come. */
    Optional<TerminalPosition> position() {
        return Optional.ofNullable(position);
    }

    /** The report, waiting at most {@code timeOut} for it to come from another thread. */
    public Optional<TerminalPosition> await(Duration timeOut) throws InterruptedException {
        arrived.await(timeOut.toNanos(), TimeUnit.NANOSECONDS);
        return position();
    }
}
