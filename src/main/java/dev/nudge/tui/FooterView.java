package dev.nudge.tui;

import dev.nudge.tutor.Overlay;
import dev.nudge.tutor.TutorState;
import java.util.List;
import java.util.stream.Collectors;

/** The bottom two rows: the latest notice, and a bar with the keys that work right now. */
final class FooterView {
    static final int HEIGHT = 2;

    private FooterView() {
    }

    static void draw(Drawing d, TutorState state) {
        var canvas = d.canvas();
        int barRow = canvas.rows() - 1;
        state.notice().ifPresent(notice ->
                canvas.text(1, barRow - 1, d.text(notice.messageKey(), notice.arguments().toArray()), d.theme().notice()));
        canvas.fill(0, barRow, canvas.columns(), 1, d.theme().bar());
        var hints = hints(d, state).stream()
                .map(h -> h.key() + " " + h.action())
                .collect(Collectors.joining(d.glyphs().separator));
        canvas.text(1, barRow, hints, d.theme().bar());
    }

    private static List<KeyHint> hints(Drawing d, TutorState state) {
        if (state.overlay() != Overlay.NONE) {
            return List.of(new KeyHint("Esc", d.text("key.close")), new KeyHint("q", d.text("key.quit")));
        }
        return List.of(
                new KeyHint("Enter", d.text("key.start")),
                new KeyHint("?", d.text("key.help")),
                new KeyHint("q", d.text("key.quit")));
    }
}
