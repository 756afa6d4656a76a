package dev.nudge.tui.plain;

import dev.nudge.i18n.Language;
import dev.nudge.layout.Wrap;
import dev.nudge.step.guess.PlainGuess;
import dev.nudge.tui.view.Drawing;
import dev.nudge.tui.view.RecapLines;
import dev.nudge.tui.view.StepDocument;
import dev.nudge.tutor.Overlay;
import dev.nudge.tutor.Page;
import dev.nudge.tutor.TutorState;
import java.util.ArrayList;
import java.util.List;

/** Each page as plain lines of text, for the line-by-line tutor. */
final class PlainPages {
    private PlainPages() {
    }

    static List<String> lines(Drawing d, TutorState state, int width) {
        if (state.overlay() == Overlay.HELP) {
            return wrapped(d.text("plain.help", PlainGuess.listed(d.language()), PlainGuess.listed(Language.EN)), width);
        }
        var lab = state.lab();
        if (state.page() == Page.LAB && lab.isPresent()) {
            return PlainLab.lines(d, lab.get(), width);
        }
        var lines = new ArrayList<String>();
        switch (state.page()) {
            case START:
                lines.add(d.text("course.title") + " - " + d.text("course.subtitle"));
                lines.add("");
                lines.addAll(wrapped(d.text("start.intro.1") + " " + d.text("start.intro.2"), width));
                lines.add("");
                lines.addAll(wrapped(d.text(state.hasStarted() ? "plain.continue" : "plain.start",
                        state.place().lesson() + 1, state.place().step() + 1), width));
                break;
            case CONTENTS:
                lines.add(d.text("contents.title"));
                for (int i = 0; i < state.book().lessonCount(); i++) {
                    lines.add((i + 1) + ". " + state.book().lesson(state.language(), i).title());
                }
                lines.addAll(wrapped(d.text("plain.contents"), width));
                break;
            case COMPLETE:
                lines.add(d.text("complete.title"));
                RecapLines.lines(d, state, width).forEach(line -> lines.add(line.text().stripTrailing()));
                lines.add("");
                lines.addAll(wrapped(d.text("plain.complete"), width));
                break;
            default:
                lesson(d, state, width, lines);
        }
        return lines;
    }

    private static void lesson(Drawing d, TutorState state, int width, List<String> lines) {
        var place = state.place();
        var book = state.book();
        lines.add("");
        lines.add(d.text("lesson.number", place.lesson() + 1, book.lessonCount()) + ": "
                + book.lesson(state.language(), place.lesson()).title() + " (" + (place.step() + 1) + "/"
                + book.stepCount(place.lesson()) + ")");
        StepDocument.lines(d, state, width, true).forEach(line -> lines.add(line.text().stripTrailing()));
    }

    private static List<String> wrapped(String text, int width) {
        return Wrap.wrap(text, width);
    }
}
