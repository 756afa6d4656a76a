package dev.nudge.layout;

import dev.nudge.i18n.Language;
import dev.nudge.i18n.Messages;
import java.util.List;

/**
 * What laying out text needs, without a screen: the language its words are in and the characters it is drawn with.
 * Kinds of step lay out their bodies with it; the terminal views place the lines.
 */
public record Writing(Language language, Glyphs glyphs) {

    public String text(String key, Object... arguments) {
        return Messages.text(language, key, arguments);
    }

    /** Message arguments, with parameter names drawn as the math engine draws them ({@code P₁}). */
    public Object[] arguments(List<String> arguments) {
        var text = new MathText(glyphs);
        return arguments.stream().map(text::withNames).toArray();
    }
}
