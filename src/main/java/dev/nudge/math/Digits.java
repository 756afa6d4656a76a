package dev.nudge.math;

/** Strings of decimal digits, read without regular expressions (they are read on every frame). */
final class Digits {
    private Digits() {
    }

    /** Whether {@code text} is one or more of the digits 0 to 9. */
    static boolean isWholeNumber(String text) {
        if (text.isEmpty()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** {@code digits} without leading zeros, keeping the last digit: {@code 007} is {@code 7}, {@code 0} stays. */
    static String withoutLeadingZeros(String digits) {
        int start = 0;
        while (start < digits.length() - 1 && digits.charAt(start) == '0') {
            start++;
        }
        return digits.substring(start);
    }
}
