package dev.nudge.lab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nudge.lesson.LessonMath.DataPoint;
import dev.nudge.math.Definitions;
import dev.nudge.math.MathException;
import dev.nudge.math.Rational;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The lab's pure behaviour on the article's model and data. */
class LabTest {
    static LabModel article(String rate) {
        var definitions = Definitions.none().define("f(x, P) = P_0 \\times x + P_1");
        var points = List.of(new DataPoint(Rational.ZERO, Rational.of(-2)), new DataPoint(Rational.ONE, Rational.ONE),
                new DataPoint(Rational.of(2), Rational.of(4)));
        var start = new LinkedHashMap<String, Rational>();
        start.put("P_0", Rational.ONE);
        start.put("P_1", Rational.ONE);
        return LabModel.start(LabSetup.of(definitions, points, start, Rational.parse(rate)));
    }

    static LabModel press(LabModel model, LabInput... inputs) {
        for (var input : inputs) {
            model = Lab.update(model, input).model();
        }
        return model;
    }

    private static double value(LabModel model, String name) {
        var value = model.values().get(name);
        return value.numerator().doubleValue() / value.denominator().doubleValue();
    }

    @Test
    void descentAtRateOneTenthFindsTheLineThroughAllThreePoints() {
        var model = article("0.1");
        assertThat(model.loss()).isEqualTo(Rational.parse("11").divide(Rational.of(3)));
        int steps = 0;
        while (Math.abs(value(model, "P_0") - 3) > 1e-6 || Math.abs(value(model, "P_1") + 2) > 1e-6) {
            model = press(model, LabInput.DESCEND);
            steps++;
            assertThat(steps).as("steps to converge").isLessThan(400);
        }
        assertThat(model.history()).hasSize(steps + 1);
        assertThat(model.history().get(steps)).isLessThan(model.history().get(0));
        assertThat(model.diverging()).isFalse();
    }

    @Test
    void aLargeRateMakesTheLossGrowAndTheLabSaysItDiverges() {
        var model = article("0.5");
        for (int step = 0; step < 20; step++) {
            model = press(model, LabInput.DESCEND);
        }
        assertThat(model.history().get(20)).isGreaterThan(model.history().get(10))
                .isGreaterThan(model.history().get(0));
        assertThat(model.diverging()).isTrue();
    }

    @Test
    void aRunawayDescentStopsInsteadOfGrowingForever() {
        var model = press(article("0.5"), LabInput.RUN_OR_PAUSE);
        for (int tick = 0; tick < 200 && model.running(); tick++) {
            model = press(model, LabInput.TICK);
        }
        assertThat(model.running()).isFalse();
        assertThat(model.blownUp()).isTrue();
        assertThat(model.notice()).contains(LabNotice.of("lab.notice.blownUp", String.valueOf(model.steps())));
    }

    @Test
    void theSinglePointLossIgnoresTheSlopeParameter() {
        var model = press(article("0.1"), LabInput.SWITCH_LOSS);
        assertThat(model.kind()).isEqualTo(LossKind.SINGLE_POINT);
        assertThat(model.slope("P_0")).isEqualTo(Rational.ZERO);
        assertThat(model.slope("P_1")).isEqualTo(Rational.of(6));
        assertThat(model.loss()).isEqualTo(Rational.of(9));
        assertThat(press(model, LabInput.SWITCH_LOSS).slope("P_0")).isEqualTo(Rational.of(-2, 3));
    }

    @Test
    void arrowsMoveTheSelectedParameterByTheStepExactly() {
        var model = press(article("0.1"), LabInput.NEXT_PARAMETER, LabInput.FINER_STEP, LabInput.FINER_STEP,
                LabInput.INCREASE);
        assertThat(model.selectedName()).isEqualTo("P_1");
        assertThat(model.values()).containsEntry("P_1", Rational.parse("1.001")).containsEntry("P_0", Rational.ONE);
        model = press(model, LabInput.COARSER_STEP, LabInput.COARSER_STEP, LabInput.COARSER_STEP,
                LabInput.COARSER_STEP, LabInput.DECREASE, LabInput.PREVIOUS_PARAMETER);
        assertThat(model.step()).isEqualTo(Rational.ONE);
        assertThat(model.values()).containsEntry("P_1", Rational.parse("0.001"));
        assertThat(model.selectedName()).isEqualTo("P_0");
    }

    @Test
    void rateStepsThroughOneTwoFiveAndResetRestoresTheStart() {
        var model = press(article("0.1"), LabInput.HIGHER_RATE, LabInput.HIGHER_RATE);
        assertThat(model.rate()).isEqualTo(Rational.parse("0.5"));
        model = press(model, LabInput.LOWER_RATE, LabInput.LOWER_RATE, LabInput.LOWER_RATE);
        assertThat(model.rate()).isEqualTo(Rational.parse("0.05"));
        model = press(model, LabInput.DESCEND, LabInput.DESCEND, LabInput.RESET);
        assertThat(model.values()).isEqualTo(ordered("P_0", 1, "P_1", 1));
        assertThat(model.history()).hasSize(1);
    }

    @Test
    void runningStepsOnTicksAndPausesOnAnyStepKey() {
        var model = press(article("0.1"), LabInput.TICK);
        assertThat(model.history()).hasSize(1);
        model = press(model, LabInput.RUN_OR_PAUSE, LabInput.TICK, LabInput.TICK);
        assertThat(model.running()).isTrue();
        assertThat(model.history()).hasSize(3);
        model = press(model, LabInput.RUN_OR_PAUSE, LabInput.TICK);
        assertThat(model.running()).isFalse();
        assertThat(model.history()).hasSize(3);
    }

    @Test
    void helpAndLeaving() {
        var model = press(article("0.1"), LabInput.HELP);
        assertThat(model.help()).isTrue();
        var update = Lab.update(model, LabInput.LEAVE);
        assertThat(update.leaves()).isFalse();
        assertThat(update.model().help()).isFalse();
        assertThat(Lab.update(update.model(), LabInput.LEAVE).leaves()).isTrue();
    }

    @Test
    void aModelParameterWithoutAValueIsRefused() {
        var definitions = Definitions.none().define("f(x, P) = P_0 x^2 + P_1 x + P_2");
        assertThatThrownBy(() -> LabSetup.of(definitions, List.of(new DataPoint(Rational.ONE, Rational.ONE)),
                ordered("P_0", 1, "P_1", 1), Rational.ONE))
                .isInstanceOf(MathException.class).hasMessageContaining("P_2");
    }

    /** The parameters in the order given, the first selected: {@code P_0 = 1, P_1 = 1} from "P_0", 1, "P_1", 1. */
    private static Map<String, Rational> ordered(Object... namesAndValues) {
        var start = new LinkedHashMap<String, Rational>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            start.put((String) namesAndValues[i], Rational.parse(namesAndValues[i + 1].toString()));
        }
        return start;
    }

    private static LabModel lab(String model, Map<String, Rational> start, String rate, DataPoint... points) {
        return LabModel.start(LabSetup.of(Definitions.none().define(model), List.of(points), start,
                Rational.parse(rate)));
    }

    @Test
    void anEnormousRateBlowsUpTheLossAndTheCurveIsNotDrawn() {
        var model = press(article("1e308"), LabInput.DESCEND);
        assertThat(model.notice()).contains(LabNotice.of("lab.notice.blownUpInOne", "1"));
        assertThat(model.loss()).isGreaterThan(Rational.parse("1e616"));
        assertThat(LossCurve.of(model, 40)).isEmpty();
        assertThat(LossCurve.largest(model)).isEqualTo(model.loss());
        assertThat(press(model, LabInput.RUN_OR_PAUSE).running()).isFalse();
    }

    @Test
    void valuesPastWhatADoubleHoldsAreKeptExactlyButNotDrawn() {
        var huge = lab("f(x, P) = P_0 x + P_1", ordered("P_0", "1e308", "P_1", 1), "0.1",
                new DataPoint(Rational.ONE, Rational.ONE));
        assertThat(huge.loss()).isEqualTo(Rational.parse("1e616"));
        assertThat(LossCurve.of(huge, 40)).isEmpty();
        var far = lab("f(x, P) = P_0 x + P_1", ordered("P_0", 1, "P_1", 1), "0.1",
                new DataPoint(Rational.parse("1e308"), Rational.parse("1e308")));
        assertThat(far.loss()).isEqualTo(Rational.ONE);
        assertThat(LossCurve.of(far, 40)).as("the slope 2e308 is past a double").isEmpty();
        var steep = lab("f(x,P)=P_0*x^100+P_1", ordered("P_0", 1, "P_1", 1), "0.1",
                new DataPoint(Rational.of(1000), Rational.ONE));
        assertThat(LossCurve.of(steep, 40)).isEmpty();
        assertThat(press(steep, LabInput.DESCEND).notice()).as("too large before any step")
                .contains(LabNotice.of("lab.notice.tooLargeToDescend"));
    }

    @Test
    void aMoveWhereTheLossHasNoValueIsRefusedWithTheReason() {
        var model = lab("f(x, P) = 1/P_0 + x", ordered("P_0", "0.1"), "0.1",
                new DataPoint(Rational.ONE, Rational.ONE));
        var refused = press(model, LabInput.DECREASE);
        assertThat(refused.values()).isEqualTo(model.values());
        assertThat(refused.notice()).contains(new LabNotice("lab.notice.cannotCompute", List.of(),
                List.of(LabNotice.of("math.DIVISION_BY_ZERO_AT", "P_0"))));
        assertThat(LossCurve.of(model, 40)).as("the curve leaves out P_0 = 0").isPresent();
    }

    @Test
    void aModelWithNoValueAtADataPointIsRefusedAtTheStart() {
        assertThatThrownBy(() -> lab("f(x,P)=P_0/x", ordered("P_0", 1), "0.1",
                new DataPoint(Rational.ZERO, Rational.of(-2)), new DataPoint(Rational.ONE, Rational.ONE)))
                .isInstanceOf(MathException.class).hasMessage("the model cannot be computed at the data point x = 0: "
                        + "division by zero; change the model or leave that point out");
    }

    @Test
    void numbersPastTheEnginesLimitsAreRefusedAtTheStart() {
        assertThatThrownBy(() -> lab("f(x,P)=P_0*x^100+P_1", ordered("P_0", 1, "P_1", 1), "0.1",
                new DataPoint(Rational.parse("1e308"), Rational.ONE)))
                .isInstanceOfSatisfying(MathException.class, e -> assertThat(e.isLimit()).isTrue());
    }
}
