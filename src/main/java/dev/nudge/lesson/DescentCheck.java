package dev.nudge.lesson;

import java.util.List;

/**
 * Proves that a descent table computes: its start names the lesson's parameters, its learning rate is above 0, its
 * loss computes, and so does every row. Each problem is reported at the part of the block it is about; every row's
 * loss and values become figures of the step, so both languages must list the same descent.
 */
final class DescentCheck {
    private DescentCheck() {
    }

    static void check(MathCheck check, LessonMath math, ProseBlock.Descent block, List<String> figures) {
        boolean ok = BindingCheck.valid(check, math, block.start());
        for (var binding : block.start()) {
            ok &= check.attempt(binding.name(), () -> math.parameter(binding.name())).isPresent();
        }
        ok &= check.attempt(block.rate(), () -> DescentRun.rate(math, block.rate())).isPresent();
        ok &= check.attempt(block.loss().orElse(block.opening()), () -> math.lossOf(block.loss(), block.points()))
                .isPresent();
        if (!ok) {
            return;
        }
        check.attempt(block.loss().orElse(block.opening()), () -> DescentRun.of(math, block)).ifPresent(run -> {
            for (var row : run.rows()) {
                figures.add(MathCheck.figure(row.loss()));
                row.values().forEach(value -> figures.add(MathCheck.figure(value)));
            }
        });
    }
}
