package dev.nudge.cli;

import dev.nudge.i18n.Language;
import dev.nudge.progress.ProgressStore;
import dev.nudge.tui.LocalTerminal;
import dev.nudge.tui.TutorLoop;
import dev.nudge.tui.ViewOptions;
import dev.nudge.tutor.CourseBook;
import dev.nudge.tutor.TutorState;
import java.io.IOException;
import java.io.PrintWriter;

/** The real local session: the tutor in the terminal on standard input and output, always given back clean. */
final class TerminalSession implements LocalSession {
    private final ProgressStore store;

    TerminalSession(ProgressStore store) {
        this.store = store;
    }

    @Override
    public int run(Language language, ViewOptions options, PrintWriter err) {
        if (System.console() == null) {
            err.println("nudge: the tutor needs an interactive terminal, but standard input or output is not one.");
            err.println("Run ./nudge directly in a terminal window (not through a pipe or a file).");
            return 1;
        }
        var book = CourseSource.load(err);
        if (book.isEmpty()) {
            return 1;
        }
        try {
            runInTerminal(book.get(), language, options);
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 130;
        } catch (IOException e) {
            err.println("nudge: lost the terminal: " + e.getMessage());
            return 1;
        }
    }

    private void runInTerminal(CourseBook book, Language language, ViewOptions options)
            throws IOException, InterruptedException {
        var learner = Learners.local();
        var initial = TutorState.start(book, language, store.load(learner));
        var terminal = LocalTerminal.open();
        try {
            new TutorLoop(terminal, terminal::readInput, options, event -> store.record(learner, event)).run(initial);
        } finally {
            terminal.close();
        }
    }
}
