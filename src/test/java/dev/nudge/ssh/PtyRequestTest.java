package dev.nudge.ssh;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.TerminalSize;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PtyRequestTest {
    private static TerminalSize size(String columns, String lines) {
        return PtyRequest.size(Map.of("COLUMNS", columns, "LINES", lines));
    }

    @Test
    void theClientsSizeIsTakenAsItIs() {
        assertThat(size("132", "43")).isEqualTo(new TerminalSize(132, 43));
    }

    @Test
    void anUnknownOrBrokenSizeIsTheClassic80x24() {
        assertThat(size("0", "0")).isEqualTo(new TerminalSize(80, 24));
        assertThat(size("wide", "24")).isEqualTo(new TerminalSize(80, 24));
    }

    @Test
    void aHugeClaimCannotMakeTheServerAllocateHugeScreens() {
        assertThat(size("100000", "100000")).isEqualTo(PtyRequest.LARGEST);
    }
}
