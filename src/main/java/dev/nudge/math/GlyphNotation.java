package dev.nudge.math;

import java.util.Optional;

/** What the 2-D and one-line notations share: their signs come from a set of {@link GlyphSet}. */
abstract class GlyphNotation implements Notation {
    protected final GlyphSet glyphs;

    GlyphNotation(GlyphSet glyphs) {
        this.glyphs = glyphs;
    }

    /** A name with its subscript in line: as script digits when the set has them, else spelled ({@code P_1}). */
    @Override
    public Block name(Var variable) {
        String scripted = glyphs.subscript(variable.subscript());
        return Block.text(scripted == null ? Notation.spelledName(variable) : variable.base() + scripted);
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
