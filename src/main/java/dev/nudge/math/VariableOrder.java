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
        if (isNumber(a) && isNumber(b)) {
            String left = withoutLeadingZeros(a);
            String right = withoutLeadingZeros(b);
            int byLength = Integer.compare(left.length(), right.length());
            return byLength != 0 ? byLength : left.compareTo(right);
        }
        return a.compareTo(b);
    }

    private static boolean isNumber(String text) {
        return !text.isEmpty() && text.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    private static String withoutLeadingZeros(String digits) {
        int start = 0;
        while (start < digits.length() - 1 && digits.charAt(start) == '0') {
            start++;
        }
        return digits.substring(start);
    }
}
