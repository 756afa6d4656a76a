package dev.nudge.ssh;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class AttemptLimiterTest {
    private final AtomicLong now = new AtomicLong();
    private final AttemptLimiter limiter = new AttemptLimiter(2, now::get);

    private static InetAddress address(int last) throws Exception {
        return InetAddress.getByAddress(new byte[] {127, 0, 0, (byte) last});
    }

    private void advanceSeconds(long seconds) {
        now.addAndGet(TimeUnit.SECONDS.toNanos(seconds));
    }

    @Test
    void eachAddressHasItsOwnAllowanceThatComesBackAfterAMinute() throws Exception {
        assertThat(limiter.allow(address(1))).isTrue();
        advanceSeconds(30);
        assertThat(limiter.allow(address(1))).isTrue();
        assertThat(limiter.allow(address(1))).isFalse();
        assertThat(limiter.allow(address(2))).isTrue();
        advanceSeconds(30);
        assertThat(limiter.allow(address(1))).as("the first attempt is a minute old").isTrue();
        assertThat(limiter.allow(address(1))).isFalse();
    }

    @Test
    void sweepingForgetsAddressesQuietForAMinute() throws Exception {
        limiter.allow(address(1));
        advanceSeconds(45);
        limiter.allow(address(2));
        advanceSeconds(15);
        limiter.sweep();
        assertThat(limiter.addressesRemembered()).isEqualTo(1);
    }
}
