package dev.nudge.step;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nudge.i18n.Language;
import dev.nudge.lesson.Lesson;
import dev.nudge.lesson.LessonMath;
import dev.nudge.step.nudges.NudgesStep;
import dev.nudge.step.nudges.NudgesTable;
import dev.nudge.step.predict.PredictMath;
import dev.nudge.step.predict.PredictStep;
import dev.nudge.step.registry.Kinds;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** A slope is named after the loss the lesson speaks of: dLoss/dP₁ on one point, dMSE/dw₁ on the mean over several. */
class LossNameTest {
    private static Lesson<TaughtStep> lesson(String id) {
        return Kinds.load(Path.of("lessons")).course().orElseThrow().lessons(Language.EN).stream()
                .filter(lesson -> lesson.id().equals(id)).findFirst().orElseThrow();
    }

    private static <T> T step(Lesson<TaughtStep> lesson, Class<T> kind) {
        return lesson.steps().stream().filter(kind::isInstance).map(kind::cast).findFirst().orElseThrow();
    }

    @Test
    void aPredictOnTheMeanOverSeveralPointsSpeaksOfTheMse() {
        var train = lesson("train");
        assertThat(PredictMath.of(LessonMath.of(train), step(train, PredictStep.class)).lossName()).isEqualTo("MSE");
        var derivative = lesson("derivative");
        assertThat(PredictMath.of(LessonMath.of(derivative), step(derivative, PredictStep.class)).lossName())
                .isEqualTo("Loss");
    }

    @Test
    void aNudgesTableNamesTheLossItsBlockWrites() {
        var backprop = lesson("backprop");
        assertThat(NudgesTable.of(LessonMath.of(backprop), step(backprop, NudgesStep.class)).lossName())
                .isEqualTo("MSE");
        var derivative = lesson("derivative");
        assertThat(NudgesTable.of(LessonMath.of(derivative), step(derivative, NudgesStep.class)).lossName())
                .isEqualTo("Loss");
    }
}
