package dev.nudge.tui.terminal;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TextColor;
import java.util.EnumSet;
import java.util.Set;

/**
 * A colour pair and text attributes. Its {@code equals} and {@code hashCode} are written out because every cell of
 * the first frame looks one up (see {@link Cells}); why, and what it saves: docs/benchmarks.md, "Start-up rules".
 */
public record Look(TextColor foreground, TextColor background, Set<SGR> attributes) {
    private static final SGR[] ATTRIBUTES = SGR.values();

    public Look {
        attributes = attributes.isEmpty() ? EnumSet.noneOf(SGR.class) : EnumSet.copyOf(attributes);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Look look && foreground.equals(look.foreground)
                && background.equals(look.background) && attributes.equals(look.attributes);
    }

    @Override
    public int hashCode() {
        int bits = 0;
        for (var attribute : ATTRIBUTES) {
            bits = bits * 2 + (attributes.contains(attribute) ? 1 : 0);
        }
        return (foreground.hashCode() * 31 + background.hashCode()) * 31 + bits;
    }

    public static Look of(TextColor foreground, TextColor background, SGR... attributes) {
        return new Look(foreground, background, Set.of(attributes));
    }

    public static Look plain(SGR... attributes) {
        return of(TextColor.ANSI.DEFAULT, TextColor.ANSI.DEFAULT, attributes);
    }
}
