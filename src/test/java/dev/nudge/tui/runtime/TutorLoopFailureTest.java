package dev.nudge.tui.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import dev.nudge.i18n.Language;
import dev.nudge.progress.ProgressSink;
import dev.nudge.tui.view.ViewOptions;
import dev.nudge.tutor.FixtureCourse;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** An exception inside the loop still gives the terminal back. */
class TutorLoopFailureTest {

    /** A virtual terminal whose second flush fails once, as a bug in a view or a broken pipe would. */
    private static final class FailingTerminal extends DefaultVirtualTerminal {
        private final AtomicInteger flushes = new AtomicInteger();
        private boolean inPrivateMode;

        FailingTerminal() {
            super(new TerminalSize(80, 24));
        }

        @Override
        public synchronized void enterPrivateMode() {
            super.enterPrivateMode();
            inPrivateMode = true;
        }

        @Override
        public synchronized void exitPrivateMode() {
            super.exitPrivateMode();
            inPrivateMode = false;
        }

        @Override
        public synchronized void flush() {
            if (flushes.incrementAndGet() == 2) {
                throw new IllegalStateException("simulated failure while drawing");
            }
            super.flush();
        }
    }

    @Test
    void anExceptionWhileDrawingLeavesTheAlternateScreenAndShowsTheCursor() {
        var terminal = new FailingTerminal();
        var keys = new LinkedBlockingQueue<KeyStroke>();
        keys.add(new KeyStroke('?', false, false));
        var loop = new TutorLoop(terminal, keys::take, new ViewOptions(false, true), ProgressSink.NONE);

        assertThatThrownBy(() -> loop.run(FixtureCourse.start(Language.EN)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("simulated failure while drawing");
        assertThat(terminal.inPrivateMode).as("still on the alternate screen").isFalse();
        assertThat(terminal.isCursorVisible()).isTrue();
        keys.add(new KeyStroke(KeyType.EOF));
    }
}
