package dev.nudge.neural;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nudge.math.Algebra;
import dev.nudge.math.Definitions;
import dev.nudge.math.MathException;
import dev.nudge.math.Rational;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NetworkTest {
    @Test
    void readsTheShapeAsALessonWritesIt() {
        var network = Network.parse("1 -> 2 relu -> 1");
        assertThat(network.hidden()).isEqualTo(2);
        assertThat(network.activation()).isEqualTo(Activation.RELU);
        assertThat(network).hasToString("1 -> 2 relu -> 1");
        assertThat(Network.parse("  1->3 relu->1 ").hidden()).isEqualTo(3);
    }

    @Test
    void namesEveryParameterInTheOrderTheLessonsListThem() {
        assertThat(Network.parse("1 -> 2 relu -> 1").parameters())
                .containsExactly("w_1", "b_1", "w_2", "b_2", "v_1", "v_2", "c");
    }

    @Test
    void refusesWhatItCannotBeWithTheReason() {
        assertThatThrownBy(() -> Network.parse("1 -> 2 -> 1")).isInstanceOf(MathException.class)
                .hasMessageContaining("\"1 -> 2 relu -> 1\"");
        assertThatThrownBy(() -> Network.parse("2 -> 2 relu -> 1")).hasMessageContaining("one input and one output");
        assertThatThrownBy(() -> Network.parse("1 -> 2 tanh -> 1")).hasMessageContaining("\"tanh\" is not known");
        assertThatThrownBy(() -> Network.parse("1 -> 0 relu -> 1")).hasMessageContaining("1 to 4 hidden neurons");
        assertThatThrownBy(() -> Network.parse("1 -> 99999999999 relu -> 1")).hasMessageContaining("1 to 4");
    }

    /** The model the engine gets computes what a network does, neuron by neuron, by hand. */
    @Test
    void theModelIsTheSumOfTheWeightedPiecesPlusTheBias() {
        var network = Network.parse("1 -> 2 relu -> 1");
        var definitions = Definitions.none().define(network.modelDefinition());
        var values = new HashMap<String, Rational>(Map.of("w_1", Rational.of(1), "b_1", Rational.of(-1),
                "w_2", Rational.of(-2), "b_2", Rational.of(1, 2), "v_1", Rational.of(3), "v_2", Rational.of(-1),
                "c", Rational.of(1, 4)));
        for (int x = -3; x <= 3; x++) {
            double z1 = x - 1.0;
            double z2 = -2.0 * x + 0.5;
            double expected = 3 * Math.max(0, z1) - Math.max(0, z2) + 0.25;
            var output = Algebra.evaluate(definitions.parse("f(" + x + ", P)"), definitions, values);
            assertThat(output.toDouble()).as("f(%d)", x).isEqualTo(expected);
        }
        assertThat(Algebra.evaluate(definitions.parse(network.weightedSum(2, "-3")), definitions, values))
                .isEqualTo(Rational.of(13, 2));
        assertThat(Algebra.evaluate(definitions.parse(network.neuronOutput(1, "-3")), definitions, values))
                .isEqualTo(Rational.ZERO);
    }
}
