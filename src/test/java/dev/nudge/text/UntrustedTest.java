package dev.nudge.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UntrustedTest {
    @Test
    void escapeSequencesAndLineEndsAreWrittenOutVisibly() {
        assertThat(Untrusted.forLine("alice\u001b[2J\u001b]0;owned\u0007\nsession 9 ended: bob"))
                .isEqualTo("alice\\x1B[2J\\x1B]0;owned\\x07\\nsession 9 ended: bob");
        assertThat(Untrusted.forLine("a\rb\tc\u007fd\u009be")).isEqualTo("a\\rb\\tc\\x7Fd\\x9Be");
    }

    @Test
    void invisibleFormattingCannotReorderWhatFollows() {
        assertThat(Untrusted.forLine("evil\u202Egnp.exe\u200B\u2028")).isEqualTo("evil\\u202Egnp.exe\\u200B\\u2028");
    }

    @Test
    void ordinaryTextInAnyScriptIsKept() {
        assertThat(Untrusted.forLine("さくら Zoë 🙂 O'Brien \\x41")).isEqualTo("さくら Zoë 🙂 O'Brien \\x41");
    }

    @Test
    void loneSurrogatesAreShownAsCodes() {
        assertThat(Untrusted.forLine("a\ud83d")).isEqualTo("a\\uD83D");
        assertThat(Untrusted.forLine("\ude42b")).isEqualTo("\\uDE42b");
    }

    @Test
    void longTextIsCutWithAMark() {
        var cut = Untrusted.forLine("x".repeat(10_000));
        assertThat(cut).hasSize(Untrusted.LINE_LIMIT + 1).endsWith("x…");
        assertThat(Untrusted.forLine("y".repeat(Untrusted.LINE_LIMIT))).isEqualTo("y".repeat(Untrusted.LINE_LIMIT));
        assertThat(Untrusted.forLine("\n".repeat(500))).hasSizeLessThanOrEqualTo(Untrusted.LINE_LIMIT + 1);
    }

    @Test
    void nullIsEmpty() {
        assertThat(Untrusted.forLine(null)).isEmpty();
    }

    @Test
    void spreadsheetFormulasAreNeutralised() {
        assertThat(Untrusted.forCsvCell("=cmd|' /C calc'!A0")).isEqualTo("'=cmd|' /C calc'!A0");
        assertThat(Untrusted.forCsvCell("+1")).isEqualTo("'+1");
        assertThat(Untrusted.forCsvCell("-2+3")).isEqualTo("'-2+3");
        assertThat(Untrusted.forCsvCell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(Untrusted.forCsvCell("\t=1")).isEqualTo("'\\t=1");
        assertThat(Untrusted.forCsvCell("\r=1")).isEqualTo("'\\r=1");
        assertThat(Untrusted.forCsvCell("alice")).isEqualTo("alice");
        assertThat(Untrusted.forCsvCell("")).isEmpty();
    }
}
