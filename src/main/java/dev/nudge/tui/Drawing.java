package dev.nudge.tui;

import dev.nudge.i18n.Language;
import dev.nudge.i18n.Messages;

/** What every view needs to draw: where, in which language, with which characters and colours. */
record Drawing(Canvas canvas, Language language, Glyphs glyphs, Theme theme) {

    String text(String key, Object... arguments) {
        return Messages.text(language, key, arguments);
    }

    String size(int columns, int rows) {
        return columns + glyphs.times + rows;
    }
}
