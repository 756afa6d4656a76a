package dev.nudge.step.lab;

import static dev.nudge.keys.KeyPattern.character;

import dev.nudge.keys.Keymap;
import dev.nudge.layout.KeyHint;
import dev.nudge.layout.Line;
import dev.nudge.layout.ProseLayout;
import dev.nudge.layout.Writing;
import dev.nudge.step.Navigation;
import dev.nudge.step.PlainLine;
import dev.nudge.step.StepAction;
import dev.nudge.step.StepSession;
import java.util.ArrayList;
import java.util.List;

/** At a lab step: its settings to read, and {@code o} to open the lab with them. */
public record LabSession(LabStep step) implements StepSession {
    @Override
    public Keymap<StepAction> keymap() {
        return Keymap.of(StepAction.bind("help.openLab",
                (now, key) -> now.withoutNotice().openLab(LabOpening.setup(now.math(), step)), character('o')));
    }

    @Override
    public List<Line> lines(Writing writing, ProseLayout prose) {
        return LabLines.lines(writing, prose, step);
    }

    @Override
    public List<KeyHint> keyHints(Writing writing) {
        var hints = new ArrayList<KeyHint>();
        hints.add(new KeyHint("o", writing.text("key.openLab")));
        hints.addAll(Navigation.hints(writing));
        return hints;
    }

    @Override
    public boolean takesText() {
        return false;
    }

    @Override
    public PlainLine plainLine(String line, Writing writing) {
        return PlainLine.typed(line);
    }
}
