package dev.nudge.tui.view;

import dev.nudge.layout.Tone;
import dev.nudge.layout.Wrap;
import dev.nudge.tutor.TutorState;

/** The end of the course: congratulations, the score over all quizzes, and what to do next. */
final class CompleteView {
    private CompleteView() {
    }

    static void draw(Drawing d, TutorState state, int bottom) {
        int first = 0;
        int quizzes = 0;
        for (int i = 0; i < state.book().lessonCount(); i++) {
            var score = ContentsView.LessonScore.of(state, i);
            first += score.solvedFirstTry();
            quizzes += score.quizzes();
        }
        int row = Math.max(0, bottom / 2 - 3);
        var canvas = d.canvas();
        canvas.centered(row, d.text("complete.title"), d.theme().title());
        canvas.centered(row + 2, d.text("complete.score", first, quizzes), d.theme().look(Tone.NUMBER));
        int width = canvas.columns() - 8;
        int line = row + 4;
        for (var text : Wrap.wrap(d.text("complete.next"), width)) {
            canvas.centered(line++, text, d.theme().text());
        }
    }
}
