package dev.nudge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nudge.lab.LabModel;
import dev.nudge.math.Rational;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code nudge lab}'s options: the article's defaults, any model, and bad input answered with exit code 2. */
class LabCommandTest {
    private final StringWriter err = new StringWriter();
    private LabModel opened;

    private int run(String... args) {
        LabCommand.LabSession recorder = (model, language, options, e) -> {
            opened = model;
            return 0;
        };
        return Commands.run(new LocaleDefaults(Map.of("LANG", "C.UTF-8")), (l, o, p, w, e) -> 0,
                (config, o, e) -> 0, recorder, new PrintWriter(new StringWriter()), new PrintWriter(err, true), args);
    }

    @Test
    void theDefaultsAreTheArticles() {
        assertThat(run("lab")).isZero();
        assertThat(opened.values()).isEqualTo(Map.of("P_0", Rational.ONE, "P_1", Rational.ONE));
        assertThat(opened.setup().points()).hasSize(3);
        assertThat(opened.rate()).isEqualTo(Rational.parse("0.1"));
        assertThat(opened.loss()).isEqualTo(Rational.of(11, 3));
    }

    @Test
    void anyModelTheEngineCanDifferentiate() {
        assertThat(run("lab", "--model", "f(x,P) = P_0 x^2 + P_1 x + P_2", "--data", "0:-2,1:1,2:4", "--params",
                "P_0=1,P_1=1,P_2=0", "--rate", "0.05")).isZero();
        assertThat(opened.parameters()).containsExactly("P_0", "P_1", "P_2");
        assertThat(opened.prediction(opened.setup().points().get(2))).isEqualTo(Rational.of(6));
    }

    @Test
    void badInputGivesTheCaretMessageAndExitCode2() {
        assertThat(run("lab", "--model", "f(x,P) = P_0 x +")).isEqualTo(2);
        assertThat(err.toString()).contains("--model:", "^");
        assertThat(run("lab", "--data", "0:-2,1")).isEqualTo(2);
        assertThat(err.toString()).contains("--data: '1' is not a point");
        assertThat(run("lab", "--params", "P_0=1")).isEqualTo(2);
        assertThat(err.toString()).contains("the model uses P_1");
        assertThat(run("lab", "--params", "P_0=1,P_1=(")).isEqualTo(2);
        assertThat(opened).isNull();
    }

    @Test
    void aModelWithNoValueAtADataPointOrNumbersTooLargeAreExplained() {
        assertThat(run("lab", "--model", "f(x,P)=P_0/x", "--params", "P_0=1")).isEqualTo(2);
        assertThat(err.toString()).contains("nudge lab: the model cannot be computed at the data point x = 0: "
                + "division by zero; change the model or leave that point out");
        assertThat(run("lab", "--model", "f(x,P)=P_0*x^100+P_1", "--data", "1e308:1")).isEqualTo(2);
        assertThat(err.toString()).contains("nudge lab: the loss cannot be computed at the starting values: "
                + "a number has grown beyond 32768 bits; start from smaller values or data");
        assertThat(opened).isNull();
    }

    @Test
    void extremeButValidInputOpensTheLab() {
        assertThat(run("lab", "--rate", "1e308")).isZero();
        assertThat(run("lab", "--params", "P_0=1e308,P_1=1")).isZero();
        assertThat(run("lab", "--data", "1e308:1e308")).isZero();
        assertThat(run("lab", "--model", "f(x,P)=P_0*x^100+P_1", "--data", "1000:1")).isZero();
        assertThat(opened.loss()).isGreaterThan(Rational.parse("1e599"));
    }
}
