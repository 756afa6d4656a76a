package dev.nudge.ssh;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashSet;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Each connection's random generator is its own, fills exactly what it is asked to, and stays within bounds. */
class SessionRandomsTest {
    @Test
    void everyConnectionGetsAGeneratorOfItsOwn() {
        var first = SessionRandoms.INSTANCE.create();
        var second = SessionRandoms.INSTANCE.create();
        assertThat(first).isNotSameAs(second);
        var a = new byte[32];
        var b = new byte[32];
        first.fill(a);
        second.fill(b);
        assertThat(a).isNotEqualTo(b).isNotEqualTo(new byte[32]);
    }

    @Test
    void fillsOnlyTheRangeItIsGiven() {
        var random = SessionRandoms.INSTANCE.create();
        var bytes = new byte[64];
        Arrays.fill(bytes, (byte) 7);
        random.fill(bytes, 10, 20);
        assertThat(Arrays.copyOfRange(bytes, 0, 10)).containsOnly(7);
        assertThat(Arrays.copyOfRange(bytes, 30, 64)).containsOnly(7);
        assertThat(Arrays.copyOfRange(bytes, 10, 30)).isNotEqualTo(filled(20, (byte) 7));
    }

    @Test
    void numbersStayBelowTheBoundAndVary() {
        var random = SessionRandoms.INSTANCE.create();
        var seen = new HashSet<Integer>();
        IntStream.range(0, 1_000).forEach(i -> seen.add(random.random(10)));
        assertThat(seen).containsExactlyInAnyOrder(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
    }

    private static byte[] filled(int length, byte value) {
        var bytes = new byte[length];
        Arrays.fill(bytes, value);
        return bytes;
    }
}
