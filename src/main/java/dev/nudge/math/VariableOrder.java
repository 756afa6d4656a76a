package dev.nudge.math;

import java.util.Comparator;

/**
 * The order variables are written in: by letters, then by subscript with numbers in numeric
 * order, so {@code P_2} comes before {@code P_10} and {@code P_0} before {@code x}.
 */
final class VariableOrder implements Comparator<String> {
    static final VariableOrder INSTANCE = new VariableOrder();

    @Override
    public int compare(String left, String right) {
        int byBase = base(left).compareTo(base(right));
        return byBase != 0 ? byBase : compareSubscripts(subscript(left), subscript(right));
    }

    private static String base(String name) {
        int underscore = name.indexOf('_');
        return underscore < 0 ? name : name.substring(0, underscore);
    }

    private static String subscript(String name) {
        int underscore = name.indexOf('_');
        return underscore < 0 ? "" : name.substring(underscore + 1);
    }

    private static int compareSubscripts(String a, String b) {
        if (Digits.isWholeNumber(a) && Digits.isWholeNumber(b)) {
            String left = Digits.withoutLeadingZeros(a);
            String right = Digits.withoutLeadingZeros(b);
            int byLength = Integer.compare(left.length(), right.length());
            return byLength != 0 ? byLength : left.compareTo(right);
        }
        return a.compareTo(b);
    }
}
