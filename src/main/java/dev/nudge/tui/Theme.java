package dev.nudge.tui;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TextColor;
import java.util.EnumSet;
import java.util.Set;

/**
 * How each kind of text looks. The monochrome theme (for {@code NO_COLOR} and {@code --no-color}) uses only bold and
 * reverse video, so every screen stays readable without colour.
 */
public record Theme(Look text, Look title, Look muted, Look key, Look notice, Look bar, Look panel, Look panelTitle) {

    /** A colour pair and text attributes. */
    public record Look(TextColor foreground, TextColor background, Set<SGR> attributes) {
        public Look {
            attributes = attributes.isEmpty() ? EnumSet.noneOf(SGR.class) : EnumSet.copyOf(attributes);
        }

        static Look plain() {
            return new Look(TextColor.ANSI.DEFAULT, TextColor.ANSI.DEFAULT, Set.of());
        }

        static Look of(TextColor foreground, TextColor background, SGR... attributes) {
            return new Look(foreground, background, Set.of(attributes));
        }
    }

    public static Theme choose(boolean color) {
        return color ? colored() : monochrome();
    }

    static Theme colored() {
        var none = TextColor.ANSI.DEFAULT;
        return new Theme(
                Look.plain(),
                Look.of(TextColor.ANSI.CYAN_BRIGHT, none, SGR.BOLD),
                Look.of(TextColor.ANSI.WHITE, none),
                Look.of(TextColor.ANSI.YELLOW_BRIGHT, none, SGR.BOLD),
                Look.of(TextColor.ANSI.GREEN_BRIGHT, none),
                Look.of(TextColor.ANSI.BLACK, TextColor.ANSI.WHITE),
                Look.of(TextColor.ANSI.WHITE_BRIGHT, TextColor.ANSI.BLUE),
                Look.of(TextColor.ANSI.YELLOW_BRIGHT, TextColor.ANSI.BLUE, SGR.BOLD));
    }

    static Theme monochrome() {
        var none = TextColor.ANSI.DEFAULT;
        return new Theme(
                Look.plain(),
                Look.of(none, none, SGR.BOLD),
                Look.plain(),
                Look.of(none, none, SGR.BOLD),
                Look.of(none, none, SGR.BOLD),
                Look.of(none, none, SGR.REVERSE),
                Look.plain(),
                Look.of(none, none, SGR.REVERSE));
    }
}
