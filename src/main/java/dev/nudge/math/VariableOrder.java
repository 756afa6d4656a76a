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
        Var a = new Var(left);
        Var b = new Var(right);
        int byBase = a.base().compareTo(b.base());
        return byBase != 0 ? byBase : compareSubscripts(a.subscript(), b.subscript());
    }

    private static int compareSubscripts(String a, String b) {
        boolean numbers = a.matches("\\d+") && b.matches("\\d+");
        if (numbers) {
            String left = a.replaceFirst("^0+(?=\\d)", "");
            String right = b.replaceFirst("^0+(?=\\d)", "");
            int byLength = Integer.compare(left.length(), right.length());
            return byLength != 0 ? byLength : left.compareTo(right);
        }
        return a.compareTo(b);
    }
}
