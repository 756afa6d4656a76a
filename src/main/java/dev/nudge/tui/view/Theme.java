package dev.nudge.tui.view;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TextColor;
import dev.nudge.layout.Tone;
import dev.nudge.tui.terminal.Look;
import java.util.EnumMap;
import java.util.Map;

/**
 * How each kind of text looks. The monochrome theme (for {@code NO_COLOR} and {@code --no-color}) uses only bold,
 * underline and reverse video, so every screen stays readable without colour.
 */
public final class Theme {

    
    private final Map<Tone, Look> tones;
    private final Look title;
    private final Look notice;
    private final Look bar;
    private final Look panel;
    private final Look panelTitle;

    private Theme(Map<Tone, Look> tones, Look title, Look notice, Look bar, Look panel, Look panelTitle) {
        this.tones = tones;
        this.title = title;
        this.notice = notice;
        this.bar = bar;
        this.panel = panel;
        this.panelTitle = panelTitle;
    }

    public static Theme choose(boolean color) {
        return color ? colored() : monochrome();
    }

    Look look(Tone tone) {
        return tones.get(tone);
    }

    public Look text() {
        return look(Tone.TEXT);
    }

    public Look muted() {
        return look(Tone.MUTED);
    }

    Look key() {
        return look(Tone.KEY);
    }

    public Look title() {
        return title;
    }

    Look notice() {
        return notice;
    }

    public Look bar() {
        return bar;
    }

    public Look panel() {
        return panel;
    }

    Look panelTitle() {
        return panelTitle;
    }

    private static Theme colored() {
        var none = TextColor.ANSI.DEFAULT;
        var tones = new EnumMap<Tone, Look>(Tone.class);
        tones.put(Tone.TEXT, Look.plain());
        tones.put(Tone.EMPHASIS, Look.plain(SGR.ITALIC));
        tones.put(Tone.STRONG, Look.plain(SGR.BOLD));
        tones.put(Tone.CODE, Look.of(TextColor.ANSI.MAGENTA_BRIGHT, none));
        tones.put(Tone.MATH, Look.of(TextColor.ANSI.CYAN_BRIGHT, none));
        tones.put(Tone.NUMBER, Look.of(TextColor.ANSI.YELLOW_BRIGHT, none, SGR.BOLD));
        tones.put(Tone.MUTED, Look.of(TextColor.ANSI.WHITE, none));
        tones.put(Tone.HEADING, Look.of(TextColor.ANSI.CYAN_BRIGHT, none, SGR.BOLD));
        tones.put(Tone.KEY, Look.of(TextColor.ANSI.YELLOW_BRIGHT, none, SGR.BOLD));
        tones.put(Tone.SELECTED, Look.of(TextColor.ANSI.BLACK, TextColor.ANSI.CYAN));
        tones.put(Tone.GOOD, Look.of(TextColor.ANSI.GREEN_BRIGHT, none, SGR.BOLD));
        tones.put(Tone.BAD, Look.of(TextColor.ANSI.RED_BRIGHT, none, SGR.BOLD));
        tones.put(Tone.HINT, Look.of(TextColor.ANSI.MAGENTA_BRIGHT, none));
        return new Theme(tones,
                Look.of(TextColor.ANSI.CYAN_BRIGHT, none, SGR.BOLD),
                Look.of(TextColor.ANSI.GREEN_BRIGHT, none),
                Look.of(TextColor.ANSI.BLACK, TextColor.ANSI.WHITE),
                Look.of(TextColor.ANSI.WHITE_BRIGHT, TextColor.ANSI.BLUE),
                Look.of(TextColor.ANSI.YELLOW_BRIGHT, TextColor.ANSI.BLUE, SGR.BOLD));
    }

    private static Theme monochrome() {
        var tones = new EnumMap<Tone, Look>(Tone.class);
        for (var tone : Tone.values()) {
            tones.put(tone, Look.plain());
        }
        tones.put(Tone.EMPHASIS, Look.plain(SGR.UNDERLINE));
        tones.put(Tone.STRONG, Look.plain(SGR.BOLD));
        tones.put(Tone.NUMBER, Look.plain(SGR.BOLD));
        tones.put(Tone.HEADING, Look.plain(SGR.BOLD));
        tones.put(Tone.KEY, Look.plain(SGR.BOLD));
        tones.put(Tone.SELECTED, Look.plain(SGR.REVERSE));
        tones.put(Tone.GOOD, Look.plain(SGR.BOLD));
        tones.put(Tone.BAD, Look.plain(SGR.BOLD));
        return new Theme(tones, Look.plain(SGR.BOLD), Look.plain(SGR.BOLD), Look.plain(SGR.REVERSE), Look.plain(),
                Look.plain(SGR.REVERSE));
    }
}
