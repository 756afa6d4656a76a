package dev.nudge.tui.view;

import dev.nudge.layout.KeyHint;
import dev.nudge.tutor.Overlay;
import dev.nudge.tutor.Page;
import dev.nudge.tutor.TutorState;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** The bottom two rows: the latest notice, and a bar with the keys that work right now. */
public final class FooterView {
    static final int HEIGHT = 2;

    private FooterView() {
    }

    static void draw(Drawing d, TutorState state) {
        draw(d, state.notice().map(notice -> notice.text(d.writing())),
                hints(d, state));
    }

    /** Draws {@code notice} above a bar of {@code hints}: the footer of any full-screen page. */
    static void draw(Drawing d, Optional<String> notice, List<KeyHint> hints) {
        var canvas = d.canvas();
        int barRow = canvas.rows() - 1;
        notice.ifPresent(text -> canvas.text(1, barRow - 1, text, d.theme().notice()));
        canvas.fill(0, barRow, canvas.columns(), 1, d.theme().bar());
        var bar = hints.stream()
                .map(h -> h.key() + " " + h.action())
                .collect(Collectors.joining(d.glyphs().separator));
        canvas.text(1, barRow, bar, d.theme().bar());
    }

    /** Notice arguments, with parameter names drawn as the math engine draws them ({@code P₁}). */
    public static Object[] arguments(Drawing d, List<String> arguments) {
        return d.writing().arguments(arguments);
    }

    static List<KeyHint> hints(Drawing d, TutorState state) {
        var hints = new ArrayList<KeyHint>();
        if (state.overlay() == Overlay.CONFIRM_RESET) {
            hints.add(new KeyHint("y", d.text("key.forget")));
            hints.add(new KeyHint("n", d.text("key.keep")));
            return hints;
        } else if (state.overlay() != Overlay.NONE) {
            hints.add(new KeyHint("Esc", d.text("key.close")));
        } else if (state.page() == Page.START) {
            hints.add(new KeyHint("Enter", d.text(state.hasStarted() ? "key.continue" : "key.start")));
            hints.add(new KeyHint("t", d.text("key.contents")));
        } else if (state.page() == Page.CONTENTS) {
            hints.add(new KeyHint(d.glyphs().moreAbove + d.glyphs().moreBelow, d.text("key.choose")));
            hints.add(new KeyHint("Enter", d.text("key.open")));
            hints.add(new KeyHint("x", d.text("key.reset")));
            hints.add(new KeyHint("Esc", d.text("key.back")));
        } else if (state.page() == Page.COMPLETE) {
            hints.add(new KeyHint(d.glyphs().assign, d.text("key.back")));
            hints.add(new KeyHint("t", d.text("key.contents")));
        } else {
            lessonHints(d, state, hints);
        }
        if (typing(state)) {
            hints.add(new KeyHint("Ctrl-C", d.text("key.quit")));
            return hints;
        }
        hints.add(new KeyHint("?", d.text("key.help")));
        hints.add(new KeyHint("q", d.text("key.quit")));
        return hints;
    }

    /** Whether keys go into a field (an answer, a guess's value), so that ? and q are typed rather than commands. */
    private static boolean typing(TutorState state) {
        return state.page() == Page.LESSON && state.overlay() == Overlay.NONE && state.session().takesText();
    }

    private static void lessonHints(Drawing d, TutorState state, List<KeyHint> hints) {
        hints.addAll(state.session().keyHints(d.writing()));
    }
}
