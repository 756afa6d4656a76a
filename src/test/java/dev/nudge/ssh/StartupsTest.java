package dev.nudge.ssh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The MaxStartups rule: per address, then in total with early refusals rising from start to full. */
class StartupsTest {
    private static final InetAddress ONE = address("192.0.2.1");
    private static final InetAddress TWO = address("192.0.2.2");

    private final AtomicInteger dice = new AtomicInteger(99);

    @Test
    void oneAddressGetsNoMoreThanItsShareAndGetsItBackWhenOneLogsIn() {
        var startups = new Startups(new StartupLimits(100, 30, 200, 2), dice::get);
        assertThat(startups.admit(ONE)).isEmpty();
        assertThat(startups.admit(ONE)).isEmpty();
        assertThat(startups.admit(ONE)).hasValue("2 connections from that address have not logged in yet (at most 2)");
        assertThat(startups.admit(TWO)).as("another address still gets in").isEmpty();
        startups.release(ONE);
        assertThat(startups.admit(ONE)).isEmpty();
        startups.release(ONE);
        startups.release(ONE);
        startups.release(TWO);
        assertThat(startups.waiting()).isZero();
        assertThat(startups.addresses()).as("nothing is kept for addresses with none waiting").isZero();
    }

    @Test
    void behindALoadBalancerAConnectionCountsInTheTotalAtOnceAndAgainstItsAddressOnceKnown() {
        var startups = new Startups(new StartupLimits(3, 100, 3, 1), dice::get);
        assertThat(startups.admitUnaddressed()).isEmpty();
        assertThat(startups.admitUnaddressed()).isEmpty();
        assertThat(startups.address(ONE)).isEmpty();
        assertThat(startups.address(ONE)).hasValue("1 connections from that address have not logged in yet (at most 1)");
        assertThat(startups.admitUnaddressed()).isEmpty();
        assertThat(startups.admitUnaddressed()).hasValue("3 connections have not logged in yet (the limit is 3:100:3)");
        startups.release(ONE);
        startups.release(null);
        startups.release(null);
        assertThat(startups.waiting()).isZero();
        assertThat(startups.addresses()).isZero();
    }

    @Test
    void belowStartAllAreTakenFromFullNone() {
        var startups = new Startups(new StartupLimits(2, 30, 4, 100), dice::get);
        dice.set(0);
        assertThat(startups.admit(ONE)).isEmpty();
        assertThat(startups.admit(TWO)).isEmpty();
        assertThat(startups.admit(ONE)).as("the dice refuse at start").isPresent();
        dice.set(99);
        assertThat(startups.admit(ONE)).isEmpty();
        assertThat(startups.admit(ONE)).isEmpty();
        assertThat(startups.admit(TWO)).hasValue("4 connections have not logged in yet (the limit is 2:30:4)");
    }

    @Test
    void theRefusedShareRisesEvenlyFromRateToAll() {
        var limits = new StartupLimits(10, 30, 20, 1_000);
        assertThat(refusedOutOf100(limits, 10)).isEqualTo(30);
        assertThat(refusedOutOf100(limits, 15)).isEqualTo(65);
        assertThat(refusedOutOf100(limits, 19)).isEqualTo(93);
    }

    /** How many of 100 throws of the dice refuse a connection when {@code waiting} already wait. */
    private static int refusedOutOf100(StartupLimits limits, int waiting) {
        int refused = 0;
        for (int roll = 0; roll < 100; roll++) {
            var fixed = new AtomicInteger(99);
            var startups = new Startups(limits, fixed::get);
            for (int i = 0; i < waiting; i++) {
                startups.admit(ONE);
            }
            fixed.set(roll);
            refused += startups.admit(ONE).isPresent() ? 1 : 0;
        }
        return refused;
    }

    @Test
    void theOptionReadsAsOpenSshWritesIt() {
        assertThat(StartupLimits.parse("10:30:100", 5)).isEqualTo(new StartupLimits(10, 30, 100, 5));
        assertThat(StartupLimits.parse("50", 5)).isEqualTo(new StartupLimits(50, 100, 50, 5));
        assertThatThrownBy(() -> StartupLimits.parse("10:30", 5))
                .hasMessage("'10:30' is not START:RATE:FULL (such as 200:30:400) or a number");
        assertThatThrownBy(() -> StartupLimits.parse("10:130:100", 5)).hasMessageContaining("0 to 100, not 130");
        assertThatThrownBy(() -> StartupLimits.parse("100:30:10", 5))
                .hasMessage("the full mark (10) must not be below the start (100)");
    }

    private static InetAddress address(String text) {
        try {
            return InetAddress.getByName(text);
        } catch (java.net.UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }
}
