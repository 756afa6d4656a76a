package dev.nudge.tui;

import dev.nudge.keys.Binding;
import dev.nudge.keys.Key;
import dev.nudge.lesson.Quiz;
import dev.nudge.lesson.Step;
import dev.nudge.tutor.GuessSession;
import dev.nudge.tutor.QuizSession;
import dev.nudge.tutor.Overlay;
import dev.nudge.tutor.Page;
import dev.nudge.tutor.RevealStage;
import dev.nudge.tutor.Tutor;
import dev.nudge.tutor.TutorState;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** The bottom two rows: the latest notice, and a bar with the keys that work right now. */
final class FooterView {
    static final int HEIGHT = 2;

    private FooterView() {
    }

    static void draw(Drawing d, TutorState state) {
        draw(d, state.notice().map(notice -> d.text(notice.messageKey(), arguments(d, notice.arguments()))),
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
    static Object[] arguments(Drawing d, List<String> arguments) {
        var text = new MathText(d.glyphs());
        return arguments.stream().map(text::withNames).toArray();
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
        return !Tutor.keymap(state).lookup(Key.character('?')).map(Binding::label).equals(Optional.of("help.question"));
    }

    private static void lessonHints(Drawing d, TutorState state, List<KeyHint> hints) {
        if (state.book().step(state.language(), state.place()) instanceof Step.LabStep) {
            hints.add(new KeyHint("o", d.text("key.openLab")));
        }
        if (state.session() instanceof QuizSession quiz) {
            quizHints(d, state, quiz, hints);
            return;
        }
        if (state.session() instanceof GuessSession guess) {
            if (guess.stage() == RevealStage.CHOOSING) {
                if (guess.valueField().isPresent()) {
                    hints.add(new KeyHint("Enter", d.text("key.setValue")));
                    hints.add(new KeyHint("Esc", d.text("key.cancel")));
                    return;
                }
                hints.add(new KeyHint(d.glyphs().assign + d.glyphs().arrow, d.text("key.chooseDirection")));
                hints.add(new KeyHint("=", d.text("key.value")));
                hints.add(new KeyHint("Enter", d.text("key.check")));
            } else {
                hints.add(new KeyHint(d.glyphs().arrow, d.text(guess.stage() == RevealStage.VERDICT ? "key.next"
                        : "key.reveal")));
                hints.add(new KeyHint("[ ]", d.glyphs().rate));
            }
            hints.add(new KeyHint("h", d.text("key.hint")));
            return;
        }
        hints.add(new KeyHint(d.glyphs().arrow, d.text("key.next")));
        hints.add(new KeyHint(d.glyphs().assign, d.text("key.back")));
        hints.add(new KeyHint("t", d.text("key.contents")));
    }

    private static void quizHints(Drawing d, TutorState state, QuizSession quiz, List<KeyHint> hints) {
        var step = state.book().step(state.language(), state.place());
        if (!quiz.open()) {
            hints.add(new KeyHint(d.glyphs().arrow, d.text("key.next")));
            hints.add(new KeyHint("r", d.text("key.retry")));
        } else if (step instanceof Step.QuizStep q && q.quiz() instanceof Quiz.ChoiceQuiz choice) {
            hints.add(new KeyHint("1-" + choice.choices().size(), d.text("key.answer")));
            hints.add(new KeyHint("h", d.text("key.hint")));
            hints.add(new KeyHint(d.glyphs().arrow, d.text("key.skip")));
        } else if (quiz.typing()) {
            hints.add(new KeyHint("Enter", d.text("key.check")));
            hints.add(new KeyHint("Esc", d.text("key.leaveField")));
            return;
        } else {
            hints.add(new KeyHint("Enter", d.text("key.type")));
            hints.add(new KeyHint("h", d.text("key.hint")));
            hints.add(new KeyHint(d.glyphs().arrow, d.text("key.skip")));
        }
    }
}
