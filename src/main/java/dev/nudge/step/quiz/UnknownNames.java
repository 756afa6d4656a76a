package dev.nudge.step.quiz;

import dev.nudge.lesson.LessonMath;
import dev.nudge.math.Algebra;
import dev.nudge.math.Expr;
import dev.nudge.step.Verdict.Invalid;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Catches a typed expression that uses a name the quiz does not have ({@code p_1} for {@code P_1}, an {@code x}
 * where there is none): it cannot be equal to the answer, but calling it "not equal" hides a slip of the keyboard.
 * The learner is told which name is unknown and which names there are, with the name meant when it differs only in
 * capitals or in how its subscript is written, and it costs no try.
 */
final class UnknownNames {
    private static final String UNKNOWN = "quiz.unknownName";
    private static final String UNKNOWN_MEANT = "quiz.unknownNameMeant";

    private UnknownNames() {
    }

    /** Why {@code typed} cannot be the answer because of a name, or empty when every name it uses is known. */
    static Optional<Invalid> in(Expr typed, Expr answer, LessonMath math) {
        Set<String> known = known(answer, math);
        return Algebra.variables(typed, math.definitions()).stream().filter(name -> !known.contains(name)).findFirst()
                .map(unknown -> verdict(unknown, known));
    }

    /** The names a learner may use: the lesson's parameters and whatever the answer itself uses. */
    static Set<String> known(Expr answer, LessonMath math) {
        var names = new LinkedHashSet<>(math.parameters().keySet());
        names.addAll(Algebra.variables(answer, math.definitions()));
        return names;
    }

    private static Invalid verdict(String unknown, Set<String> known) {
        String names = String.join(", ", known);
        return known.stream().filter(name -> sameLetters(name, unknown)).findFirst()
                .map(meant -> Invalid.saying(UNKNOWN_MEANT, unknown, meant, names))
                .orElseGet(() -> Invalid.saying(UNKNOWN, unknown, names));
    }

    /** Whether two names differ only in capitals and in the underscore and braces of a subscript. */
    private static boolean sameLetters(String a, String b) {
        return letters(a).equals(letters(b));
    }

    private static String letters(String name) {
        return name.replaceAll("[_{}]", "").toLowerCase(Locale.ROOT);
    }
}
