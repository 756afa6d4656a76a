package dev.nudge.lesson;

import java.util.Set;

/**
 * Tells Japanese (and Chinese) characters apart: a line break between two of them is no space, since these scripts
 * write no spaces between words.
 */
final class Cjk {
    private static final Set<Character.UnicodeBlock> BLOCKS = Set.of(
            Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS,
            Character.UnicodeBlock.HIRAGANA,
            Character.UnicodeBlock.KATAKANA,
            Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION,
            Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS);

    private Cjk() {
    }

    static boolean is(char c) {
        var block = Character.UnicodeBlock.of(c);
        // an unassigned character is in no block, and Set.of refuses to look up null
        return block != null && BLOCKS.contains(block);
    }
}
