package dev.nudge.tui.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A burst of keys with line breaks in it is one line of text; only a break at its end is Enter. */
class PastedLinesTest {
    /** The strokes of {@code text}, with {@code ⏎} for Enter and {@code ←} for an arrow key. */
    private static List<KeyStroke> strokes(String text) {
        var strokes = new ArrayList<KeyStroke>();
        for (char c : text.toCharArray()) {
            strokes.add(c == '⏎' ? new KeyStroke(KeyType.Enter)
                    : c == '←' ? new KeyStroke(KeyType.ArrowLeft) : new KeyStroke(c, false, false));
        }
        return strokes;
    }

    private static String text(List<KeyStroke> strokes) {
        return strokes.stream().map(k -> switch (k.getKeyType()) {
            case Enter -> "⏎";
            case ArrowLeft -> "←";
            default -> k.getCharacter().toString();
        }).collect(Collectors.joining());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2P_1⏎+ 4      | 2P_1 + 4",
        "2P_1⏎+ 4⏎     | 2P_1 + 4⏎",
        "2P_1⏎⏎⏎+4     | 2P_1 +4",
        "⏎             | ⏎",
        "⏎⏎⏎⏎          | ⏎⏎⏎⏎",
        "x⏎            | x⏎",
        "⏎x            | ⏎x",
        "⏎0.001⏎       | ⏎0.001⏎",
        "x⏎←           | x⏎←",
        "a⏎b⏎c         | a b c"})
    void lineBreaksBetweenTextInABurstBecomeSpaces(String burst, String keys) {
        assertThat(text(PastedLines.joined(strokes(burst)))).isEqualTo(keys);
    }
}
