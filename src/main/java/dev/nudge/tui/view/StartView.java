package dev.nudge.tui.view;

import dev.nudge.layout.KeyHint;
import dev.nudge.layout.Wrap;
import dev.nudge.tutor.TutorState;
import java.util.ArrayList;
import java.util.List;

/** The first page: the course's title, what the learner will be able to do, and the keys to begin. */
final class StartView {
    private static final int MARGIN = 4;
    private static final int MAX_RULE = 48;

    private StartView() {
    }

    static void draw(Drawing d, TutorState state, int availableRows) {
        var canvas = d.canvas();
        var intro = new ArrayList<String>();
        intro.addAll(Wrap.wrap(d.text("start.intro.1"), canvas.columns() - 2 * MARGIN));
        intro.addAll(Wrap.wrap(d.text("start.intro.2"), canvas.columns() - 2 * MARGIN));
        var keys = keys(d, state);
        int height = 4 + 1 + intro.size() + 1 + keys.size();
        int row = Math.max(0, (availableRows - height) / 2);

        canvas.centered(row++, d.text("course.title"), d.theme().title());
        canvas.centered(row++, d.text("course.subtitle"), d.theme().muted());
        row++;
        canvas.centered(row++, String.valueOf(d.glyphs().rule).repeat(Math.min(MAX_RULE, canvas.columns() - 2 * MARGIN)),
                d.theme().muted());
        row++;
        for (var line : intro) {
            canvas.centered(row++, line, d.theme().text());
        }
        row++;
        drawKeys(d, keys, row);
    }

    private static List<KeyHint> keys(Drawing d, TutorState state) {
        var place = state.place();
        var start = state.hasStarted()
                ? d.text("start.continue", place.lesson() + 1, place.step() + 1)
                : d.text("start.begin");
        var keys = new java.util.ArrayList<KeyHint>();
        keys.add(new KeyHint("Enter", start));
        if (state.hasStarted()) {
            keys.add(new KeyHint("s", d.text("start.again")));
        }
        long mistakes = mistakes(state);
        if (mistakes > 0) {
            keys.add(new KeyHint("m", d.text("start.review", mistakes)));
        }
        keys.add(new KeyHint("t", d.text("key.contents")));
        keys.add(new KeyHint("?", d.text("key.help")));
        keys.add(new KeyHint("q", d.text("key.quit")));
        return keys;
    }

    private static long mistakes(TutorState state) {
        return state.progress().steps().values().stream().filter(p -> p.needsReview()).count();
    }

    private static void drawKeys(Drawing d, List<KeyHint> keys, int firstRow) {
        int keyWidth = keys.stream().mapToInt(k -> Canvas.width(k.key())).max().orElse(0);
        var widths = new ArrayList<Integer>();
        keys.forEach(k -> widths.add(keyWidth + 2 + Canvas.width(k.action())));
        int blockWidth = widths.stream().mapToInt(Integer::intValue).max().orElse(0);
        int column = Math.max(0, (d.canvas().columns() - blockWidth) / 2);
        int row = firstRow;
        for (var hint : keys) {
            d.canvas().text(column, row, hint.key(), d.theme().key());
            d.canvas().text(column + keyWidth + 2, row++, hint.action(), d.theme().text());
        }
    }
}
