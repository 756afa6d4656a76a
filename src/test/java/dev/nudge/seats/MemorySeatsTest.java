package dev.nudge.seats;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** One server's own count: a learner gets up to the limit, and each seat given back frees one, once. */
class MemorySeatsTest {
    private final MemorySeats seats = new MemorySeats();

    @Test
    void aLearnerGetsUpToTheLimitAndAGivenBackSeatFreesOneOnce() {
        var first = seats.take("ada", 2).orElseThrow();
        assertThat(seats.take("ada", 2)).isPresent();
        assertThat(seats.take("ada", 2)).isEmpty();
        assertThat(seats.take("grace", 2)).isPresent();
        first.release();
        first.release();
        assertThat(seats.taken("ada")).isEqualTo(1);
        assertThat(seats.take("ada", 2)).isPresent();
        assertThat(seats.take("ada", 2)).isEmpty();
    }
}
