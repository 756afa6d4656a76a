package dev.nudge.step.reading;

import dev.nudge.keys.Keymap;
import dev.nudge.layout.KeyHint;
import dev.nudge.layout.Line;
import dev.nudge.layout.ProseLayout;
import dev.nudge.layout.Writing;
import dev.nudge.step.Navigation;
import dev.nudge.step.PlainLine;
import dev.nudge.step.StepAction;
import dev.nudge.step.StepSession;
import java.util.List;

/**
 * A session with nothing to answer: at a step to read, on the pages around the course, and at a step whose math does
 * not compute.
 */
public record Reading() implements StepSession {
    @Override
    public Keymap<StepAction> keymap() {
        return Keymap.of();
    }

    @Override
    public List<Line> lines(Writing writing, ProseLayout prose) {
        return List.of();
    }

    @Override
    public List<KeyHint> keyHints(Writing writing) {
        return Navigation.hints(writing);
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
