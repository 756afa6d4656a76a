package dev.nudge.ssh;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class IdlePolicyTest {
    @Test
    void theWarningComesAMinuteBeforeOrHalfWayForShortTimeOuts() {
        assertThat(IdlePolicy.closingAfter(Duration.ofMinutes(30)).warning()).isEqualTo(Duration.ofMinutes(1));
        assertThat(IdlePolicy.closingAfter(Duration.ofSeconds(4)).warning()).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void zeroNeverCloses() {
        var never = IdlePolicy.closingAfter(Duration.ZERO);
        assertThat(never.enabled()).isFalse();
        assertThat(never.describe()).isEqualTo("never");
        assertThat(IdlePolicy.closingAfter(Duration.ofMinutes(90)).describe()).isEqualTo("1h30m");
    }
}
