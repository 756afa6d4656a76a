package dev.nudge.cli;

import dev.nudge.i18n.Language;
import dev.nudge.lab.LabModel;
import dev.nudge.progress.ProgressSink;
import dev.nudge.tui.runtime.KeyInput;
import dev.nudge.tui.runtime.TutorLoop;
import dev.nudge.tui.terminal.LocalTerminal;
import dev.nudge.tui.terminal.SubscriptProbe;
import dev.nudge.tui.view.ViewOptions;
import dev.nudge.tutor.TutorState;
import java.io.PrintWriter;

/** The lab full-screen in the terminal nudge was started from, given back clean when the learner leaves. */
final class LabInTerminal implements LabCommand.LabSession {
    @Override
    public int run(LabModel model, Language language, ViewOptions options, PrintWriter err) {
        return TerminalRun.exitCode(() -> {
            var terminal = LocalTerminal.open();
            try {
                var measured = options.measuredBy(() -> terminal.measureSubscripts(SubscriptProbe.TIME_OUT));
                new TutorLoop(terminal, KeyInput.of(terminal), measured, ProgressSink.NONE)
                        .run(TutorState.labAlone(model, language));
            } finally {
                terminal.close();
            }
        }, err);
    }
}
