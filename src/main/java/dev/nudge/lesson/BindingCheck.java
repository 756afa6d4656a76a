package dev.nudge.lesson;

import java.util.ArrayList;
import java.util.List;

/** Checks bindings such as {@code P_1 = 1.001} one by one, so a bad one is reported at its own place. */
final class BindingCheck {
    private BindingCheck() {
    }

    static boolean valid(MathCheck check, LessonMath math, List<Binding> bindings) {
        boolean ok = true;
        var earlier = new ArrayList<Binding>();
        for (var binding : bindings) {
            ok &= check.attempt(binding.name(), () -> LessonMath.variableName(binding.name().text())).isPresent();
            ok &= check.attempt(binding.value(), () -> math.evaluate(binding.value().text(), earlier)).isPresent();
            earlier.add(binding);
        }
        return ok;
    }
}
