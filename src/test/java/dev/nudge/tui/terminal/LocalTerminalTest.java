package dev.nudge.tui.terminal;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.TerminalSize;
import org.junit.jupiter.api.Test;

/** Reading the window's size from what {@code stty size} prints; the terminal itself is tested in tmux. */
class LocalTerminalTest {

    @Test
    void rowsThenColumnsMakeASize() {
        assertThat(LocalTerminal.parseSize("24 80\n")).isEqualTo(new TerminalSize(80, 24));
        assertThat(LocalTerminal.parseSize("50 200")).isEqualTo(new TerminalSize(200, 50));
    }

    @Test
    void anythingElseIsNoSize() {
        assertThat(LocalTerminal.parseSize("")).isNull();
        assertThat(LocalTerminal.parseSize("0 0")).as("a pseudo-terminal nobody sized").isNull();
        assertThat(LocalTerminal.parseSize("stty: invalid argument 'size'")).isNull();
        assertThat(LocalTerminal.parseSize("24")).isNull();
        assertThat(LocalTerminal.parseSize("-1 80")).isNull();
    }
}
