package dev.nudge.math;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The engine's bound on work: counted, nested, and stopped by an interrupt. */
class WorkTest {
    /** Seconds of expansion without a bound: 10001 terms of thousands of digits before the term limit. */
    private static final Expr EXPLODING = Parser.parse("((P_1+1)^100)^100");

    private static Polynomial expand(Expr expr) {
        return Algebra.expand(expr, Definitions.none());
    }

    @Test
    void aComputationPastItsBudgetStopsWithALimit() {
        var budget = Work.limitedTo(100_000);
        long start = System.nanoTime();
        assertThatThrownBy(() -> budget.run(() -> expand(EXPLODING))).isInstanceOfSatisfying(MathException.class,
                e -> {
                    assertThat(e.isLimit()).isTrue();
                    assertThat(e.problem()).isEqualTo("it needs more than 100000 steps of work");
                });
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
    }

    @Test
    void stepsCountAgainstEveryBudgetAround() {
        var outer = Work.counting();
        var inner = Work.counting();
        var result = outer.run(() -> inner.run(() -> expand(Parser.parse("(P_1+2)^2"))));
        assertThat(result.toString()).isEqualTo("P_1^2 + 4P_1 + 4");
        assertThat(inner.used()).isPositive();
        assertThat(outer.used()).isEqualTo(inner.used());
        var again = Work.counting();
        again.run(() -> expand(Parser.parse("(P_1+2)^2")));
        assertThat(again.used()).as("counted, not timed: the same work costs the same steps").isEqualTo(inner.used());
    }

    @Test
    void aTimeCeilingStopsWorkTheStepsUnderrate() {
        var budget = Work.counting().within(Duration.ofMillis(20));
        assertThatThrownBy(() -> budget.run(() -> expand(EXPLODING)))
                .isInstanceOfSatisfying(MathException.class, e -> assertThat(e.problem())
                        .isEqualTo("it needs more than 20 ms of work"));
    }

    @Test
    void aComputationOnAnInterruptedThreadStopsPromptly() throws Exception {
        var failure = new AtomicReference<Throwable>();
        var started = new CompletableFuture<Void>();
        var thread = new Thread(() -> {
            try {
                Work.counting().run(() -> {
                    started.complete(null);
                    return expand(EXPLODING);
                });
            } catch (Throwable e) {
                failure.set(e);
            }
        });
        thread.start();
        started.get(5, TimeUnit.SECONDS);
        Thread.sleep(50);
        long interrupted = System.nanoTime();
        thread.interrupt();
        thread.join(5_000);
        assertThat(thread.isAlive()).isFalse();
        assertThat(Duration.ofNanos(System.nanoTime() - interrupted)).isLessThan(Duration.ofMillis(200));
        assertThat(failure.get()).isInstanceOfSatisfying(MathException.class,
                e -> assertThat(e.problem()).isEqualTo("the computation was cancelled"));
    }

    @Test
    void aNegativeBudgetIsRefused() {
        assertThatThrownBy(() -> Work.limitedTo(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
