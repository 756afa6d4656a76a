package dev.nudge.tui.view;

import dev.nudge.layout.Line;
import dev.nudge.layout.Tone;
import dev.nudge.progress.StepKey;
import dev.nudge.tutor.TutorState;

/** The contents: every lesson with its number, title, completion mark and quiz score; the cursor picks one. */
final class ContentsView {
    private ContentsView() {
    }

    static void draw(Drawing d, TutorState state, int bottom) {
        var canvas = d.canvas();
        canvas.fill(0, 0, canvas.columns(), 1, d.theme().bar());
        canvas.text(1, 0, d.text("course.title") + d.glyphs().separator + d.text("contents.title"), d.theme().bar());
        var book = state.book();
        int numberWidth = String.valueOf(book.lessonCount()).length();
        int titleWidth = 0;
        for (int i = 0; i < book.lessonCount(); i++) {
            var title = numbered(i, numberWidth, book.lesson(state.language(), i).title());
            titleWidth = Math.max(titleWidth, Canvas.width(title));
        }
        int row = 2;
        for (int i = 0; i < book.lessonCount() && row < bottom; i++, row++) {
            var lesson = book.lesson(state.language(), i);
            var title = numbered(i, numberWidth, lesson.title());
            var score = LessonScore.of(state, i);
            boolean selected = i == state.contentsCursor();
            var mark = score.complete() ? d.glyphs().right : " ";
            var line = Line.of(selected ? "> " : "  ", Tone.KEY)
                    .plus(mark + " ", score.complete() ? Tone.GOOD : Tone.MUTED)
                    .plus(title, selected ? Tone.SELECTED : Tone.TEXT)
                    .plus(" ".repeat(titleWidth - Canvas.width(title) + 3), Tone.TEXT);
            if (score.quizzes() > 0) {
                line = line.plus(d.text("contents.score", score.solvedFirstTry(), score.quizzes()), Tone.MUTED);
            }
            LessonView.drawLine(d, line, 2, row);
        }
        if (row + 1 < bottom) {
            LessonView.drawLine(d, Line.of(d.text("contents.legend", d.glyphs().right), Tone.MUTED), 2, row + 1);
        }
    }

    /** "1. Title", its number right-aligned so that titles line up past lesson 9. */
    private static String numbered(int index, int numberWidth, String title) {
        var number = String.valueOf(index + 1);
        return " ".repeat(numberWidth - number.length()) + number + ". " + title;
    }

    /** How a learner did in one lesson: steps seen, quizzes right at the first try. */
    record LessonScore(boolean complete, int solvedFirstTry, int quizzes) {
        static LessonScore of(TutorState state, int lessonIndex) {
            var lesson = state.book().lesson(state.language(), lessonIndex);
            boolean complete = true;
            int first = 0;
            int quizzes = 0;
            for (var step : lesson.steps()) {
                var progress = state.progress().of(new StepKey(lesson.id(), step.id()));
                complete &= progress.visited();
                if (step.scored()) {
                    quizzes++;
                    first += progress.firstTry() ? 1 : 0;
                }
            }
            return new LessonScore(complete, first, quizzes);
        }
    }
}
