package dev.nudge.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class TimeSpanTest {
    @Test
    void haproxyTimesAreMillisecondsWithoutAUnit() {
        assertThat(TimeSpan.HAPROXY.read("2h")).isEqualTo(Duration.ofHours(2));
        assertThat(TimeSpan.HAPROXY.read("90m")).isEqualTo(Duration.ofMinutes(90));
        assertThat(TimeSpan.HAPROXY.read("5000")).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void systemdTimesAreSecondsWithoutAUnit() {
        assertThat(TimeSpan.SYSTEMD.read("30s")).isEqualTo(Duration.ofSeconds(30));
        assertThat(TimeSpan.SYSTEMD.read("2min")).isEqualTo(Duration.ofMinutes(2));
        assertThat(TimeSpan.SYSTEMD.read("45")).isEqualTo(Duration.ofSeconds(45));
    }

    @Test
    void anUnknownUnitOrNoNumberIsNotATime() {
        assertThatThrownBy(() -> TimeSpan.SYSTEMD.read("2d")).hasMessageContaining("the unit of '2d'");
        assertThatThrownBy(() -> TimeSpan.HAPROXY.read("long")).hasMessageContaining("'long' is a number and a unit");
    }
}
