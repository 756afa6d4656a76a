package dev.nudge.step;

import dev.nudge.keys.Keymap;
import dev.nudge.layout.KeyHint;
import dev.nudge.layout.Line;
import dev.nudge.layout.ProseLayout;
import dev.nudge.layout.Writing;
import java.util.List;

/**
 * What the learner is doing at the current step: a session of the step's kind, holding the step. Every kind answers
 * each of these, so a kind cannot be forgotten by the tutor or the views: there is no fallback to a page to read.
 */
public interface StepSession {

    /**
     * The step's own keys as they stand; keys it does not bind are the tutor's (next, back, scrolling, ...). A
     * session that {@linkplain #takesText takes text} leaves its catch-all to the tutor, which scrolls first.
     */
    Keymap<StepAction> keymap();

    /** The step's body below its prose, laid out with {@code prose} (full-screen, or flat for plain output). */
    List<Line> lines(Writing writing, ProseLayout prose);

    /** The keys that work at the step right now, for the footer, before help and quit. */
    List<KeyHint> keyHints(Writing writing);

    /** Whether keys go into an answer field, so that {@code ?} and {@code q} are typed rather than commands. */
    boolean takesText();

    /** The keys a line typed in the plain tutor stands for, when it is neither empty nor a command. */
    PlainLine plainLine(String line, Writing writing);
}
