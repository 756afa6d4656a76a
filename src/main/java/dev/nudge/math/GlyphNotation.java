package dev.nudge.math;

import java.util.Optional;

/** What the 2-D and one-line notations share: their signs come from a set of {@link GlyphSet}. */
abstract class GlyphNotation implements Notation {
    protected final GlyphSet glyphs;

    GlyphNotation(GlyphSet glyphs) {
        this.glyphs = glyphs;
    }

    @Override
    public String explicitTimes() {
        return glyphs.times();
    }

    @Override
    public String implicitTimes() {
        return glyphs.spellsImplicitProducts() ? glyphs.times().strip() : "";
    }

    @Override
    public Block differential(boolean partial, Optional<Block> name) {
        Block d = Block.text(partial ? glyphs.partial() : "d");
        return name.map(d::beside).orElse(d);
    }
}
