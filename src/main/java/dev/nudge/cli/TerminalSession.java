package dev.nudge.cli;

import dev.nudge.i18n.Language;
import dev.nudge.tui.LocalTerminal;
import dev.nudge.tui.TutorLoop;
import dev.nudge.tui.ViewOptions;
import dev.nudge.tutor.TutorState;
import java.io.IOException;
import java.io.PrintWriter;

/** The real local session: the tutor in the terminal on standard input and output, always given back clean. */
final class TerminalSession implements LocalSession {

    @Override
    public int run(Language language, ViewOptions options, PrintWriter err) {
        if (System.console() == null) {
            err.println("nudge: the tutor needs an interactive terminal, but standard input or output is not one.");
            err.println("Run ./nudge directly in a terminal window (not through a pipe or a file).");
            return 1;
        }
        try {
            runInTerminal(language, options);
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 130;
        } catch (IOException e) {
            err.println("nudge: lost the terminal: " + e.getMessage());
            return 1;
        }
    }

    private static void runInTerminal(Language language, ViewOptions options) throws IOException, InterruptedException {
        var terminal = LocalTerminal.open();
        try {
            new TutorLoop(terminal, terminal::readInput, options).run(TutorState.start(language));
        } finally {
            terminal.close();
        }
    }
}
