package dev.nudge.tui.view;

import dev.nudge.i18n.Language;
import dev.nudge.i18n.Messages;
import dev.nudge.layout.Glyphs;
import dev.nudge.layout.Writing;

/** What every view needs to draw: where, in which language, with which characters and colours. */
public record Drawing(Canvas canvas, Language language, Glyphs glyphs, Theme theme) {

    public String text(String key, Object... arguments) {
        return Messages.text(language, key, arguments);
    }

    String size(int columns, int rows) {
        return columns + glyphs.times + rows;
    }

    /** The text half of this drawing, which kinds of step lay out their bodies with. */
    Writing writing() {
        return new Writing(language, glyphs);
    }
}
