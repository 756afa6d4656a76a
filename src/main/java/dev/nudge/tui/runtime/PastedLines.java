package dev.nudge.tui.runtime;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps a paste of several lines from submitting half an answer. Keys that arrive in one burst (one read from the
 * terminal, one packet over SSH) are a paste, since no one types Enter and a further key within one read; in a
 * burst, a line break between text (text before it in the burst, and more text after) becomes one space, so the
 * lines are joined into one answer. Line breaks at the end of a burst stay Enter: the whole answer was pasted, and
 * it is submitted whole. A line break that starts a burst stays Enter too: keys pressed ahead over a slow link, or
 * sent at once by a program, such as Enter to open a field and then the answer, keep their meaning.
 *
 * <p>Bracketed paste (the terminal marking a paste with {@code ESC [200~}) is not turned on: Lanterna 3.1 does not
 * know its markers and would read them as Escape and letters.
 */
final class PastedLines {
    private PastedLines() {
    }

    /**
     * The strokes of one burst, each line break between text in it (a CR LF pair or a run of them too) made one
     * space.
     */
    static List<KeyStroke> joined(List<KeyStroke> burst) {
        var keys = new ArrayList<KeyStroke>(burst.size());
        boolean textBefore = false;
        for (int i = 0; i < burst.size(); i++) {
            var stroke = burst.get(i);
            if (stroke.getKeyType() != KeyType.Enter) {
                keys.add(stroke);
                textBefore |= stroke.getKeyType() == KeyType.Character;
                continue;
            }
            int next = i;
            while (next < burst.size() && burst.get(next).getKeyType() == KeyType.Enter) {
                next++;
            }
            boolean textFollows = next < burst.size() && burst.get(next).getKeyType() == KeyType.Character;
            if (textBefore && textFollows) {
                keys.add(new KeyStroke(' ', false, false));
                i = next - 1;
            } else {
                keys.add(stroke);
            }
        }
        return keys;
    }
}
