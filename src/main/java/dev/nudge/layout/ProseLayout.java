package dev.nudge.layout;

import dev.nudge.lesson.Figures;
import dev.nudge.lesson.Inline;
import dev.nudge.lesson.LessonMath;
import dev.nudge.lesson.ProseBlock;
import dev.nudge.lesson.RichText;
import dev.nudge.math.Expr;
import dev.nudge.math.MathException;
import dev.nudge.math.Renderer;
import java.util.ArrayList;
import java.util.List;

/**
 * Lays out a step's prose to a width: paragraphs wrapped by display columns with their emphasis, formulas on one
 * line, computed values filled in, display equations drawn in two dimensions (or on one line when too wide).
 */
public final class ProseLayout {
    private static final int EQUATION_INDENT = 4;
    private static final String UNKNOWN = "?";

    private final LessonMath math;
    private final Writing writing;
    private final Glyphs glyphs;
    private final int width;
    private final boolean flat;

    /**
     * A layout to {@code width} columns in the words of {@code writing} (a plot's legend);
     * {@code flat} draws display equations on one line and plots as sentences (for plain output).
     */
    public ProseLayout(LessonMath math, Writing writing, int width, boolean flat) {
        this.math = math;
        this.writing = writing;
        this.glyphs = writing.glyphs();
        this.width = Math.max(1, width);
        this.flat = flat;
    }

    /** A layout for text with no words of the interface in it (no plot), as in a kind's own tests. */
    public ProseLayout(LessonMath math, Glyphs glyphs, int width, boolean flat) {
        this(math, new Writing(dev.nudge.i18n.Language.EN, glyphs), width, flat);
    }

    /** The lesson's math, which the prose is computed with. */
    public LessonMath math() {
        return math;
    }

    public int width() {
        return width;
    }

    public boolean flat() {
        return flat;
    }

    public List<Line> blocks(List<ProseBlock> prose) {
        var lines = new ArrayList<Line>();
        for (var block : prose) {
            if (!lines.isEmpty()) {
                lines.add(Line.EMPTY);
            }
            lines.addAll(block(block));
        }
        return lines;
    }

    private List<Line> block(ProseBlock block) {
        return block.accept(new ProseBlock.Visitor<List<Line>>() {
            @Override
            public List<Line> paragraph(ProseBlock.Paragraph paragraph) {
                return StyledWrap.wrap(segments(paragraph.content(), Tone.TEXT), width);
            }

            @Override
            public List<Line> bullet(ProseBlock.Bullet bullet) {
                return bulleted(segments(bullet.content(), Tone.TEXT));
            }

            @Override
            public List<Line> equation(ProseBlock.Equation equation) {
                return ProseLayout.this.equation(equation.source().text());
            }

            @Override
            public List<Line> code(ProseBlock.Code code) {
                var lines = new ArrayList<Line>();
                code.lines().forEach(line -> lines.add(Line.of(line, Tone.CODE).indented(2)));
                return lines;
            }

            @Override
            public List<Line> plot(ProseBlock.Plot plot) {
                return computed(() -> PlotLines.of(math, plot, writing, width, flat));
            }

            @Override
            public List<Line> descent(ProseBlock.Descent descent) {
                return computed(() -> DescentLines.of(math, descent, writing, width, flat));
            }

            @Override
            public List<Line> table(ProseBlock.Table table) {
                return computed(() -> TableLines.of(math, table, writing, ProseLayout.this));
            }

            @Override
            public List<Line> network(ProseBlock.NetworkDiagram network) {
                return computed(() -> NetworkLines.of(math, network, writing, ProseLayout.this));
            }

            @Override
            public List<Line> program(ProseBlock.Program program) {
                try {
                    return ProgramLines.of(math, program, glyphs, width, flat);
                } catch (MathException | IllegalArgumentException e) {
                    return List.of(Line.of(UNKNOWN, Tone.CODE));
                }
            }
        });
    }

    /** The lines of a block the engine computes, or a mark where it does not (the checker reports why). */
    private static List<Line> computed(java.util.function.Supplier<List<Line>> lines) {
        try {
            return lines.get();
        } catch (MathException e) {
            return List.of(Line.of(UNKNOWN, Tone.MATH));
        }
    }

    /** A block text (a hint, a choice) wrapped after a first-line label, continuation lines indented under it. */
    public List<Line> labelled(String label, Tone labelTone, RichText text, Tone tone) {
        return labelled(label, labelTone, segments(text.runs(), tone));
    }

    public List<Line> labelled(String label, Tone labelTone, List<Segment> segments) {
        int indent = Width.columns(label);
        var wrapped = StyledWrap.wrap(segments, Math.max(1, width - indent));
        var lines = new ArrayList<Line>();
        for (int i = 0; i < wrapped.size(); i++) {
            lines.add(i == 0 ? Line.of(label, labelTone).plusAll(wrapped.get(i)) : wrapped.get(i).indented(indent));
        }
        return lines;
    }

    private List<Line> bulleted(List<Segment> segments) {
        return labelled(glyphs.bullet, Tone.MUTED, segments);
    }

    public List<Line> equation(String source) {
        try {
            return expression(math.parse(source));
        } catch (MathException e) {
            return List.of(Line.of(source, Tone.MATH));
        }
    }

    /** An expression in two dimensions, indented; on one wrapped line when the window is too narrow for it. */
    public List<Line> expression(Expr expr) {
        var block = Renderer.twoDimensional(expr, glyphs.math);
        if (!flat && block.width() + EQUATION_INDENT <= width) {
            var lines = new ArrayList<Line>();
            block.lines().forEach(line -> lines.add(Line.of(line, Tone.MATH).indented(EQUATION_INDENT)));
            return lines;
        }
        return StyledWrap.wrap(List.of(new Segment(Renderer.oneLine(expr, glyphs.math), Tone.MATH)), width);
    }

    /** The segments of inline runs: text in its tone, formulas and computed values as the engine shows them. */
    public List<Segment> segments(List<Inline> runs, Tone tone) {
        var segments = new ArrayList<Segment>();
        for (var run : runs) {
            segments.add(segment(run, tone));
        }
        return segments;
    }

    private Segment segment(Inline run, Tone tone) {
        return run.accept(new Inline.Visitor<Segment>() {
            @Override
            public Segment text(Inline.Text text) {
                return new Segment(text.text(), tone);
            }

            @Override
            public Segment emphasis(Inline.Emphasis emphasis) {
                return new Segment(emphasis.text(), Tone.EMPHASIS);
            }

            @Override
            public Segment strong(Inline.Strong strong) {
                return new Segment(strong.text(), Tone.STRONG);
            }

            @Override
            public Segment code(Inline.Code code) {
                return new Segment(code.text(), Tone.CODE);
            }

            @Override
            public Segment math(Inline.Math formula) {
                return new Segment(formula(formula.source().text()), Tone.MATH);
            }

            @Override
            public Segment computed(Inline.Computed computed) {
                return new Segment(ProseLayout.this.computed(computed), Tone.NUMBER);
            }
        });
    }

    public String formula(String source) {
        try {
            return Renderer.oneLine(math.parse(source), glyphs.math);
        } catch (MathException e) {
            return source;
        }
    }

    private String computed(Inline.Computed computed) {
        try {
            return Figures.show(math, computed, glyphs.math);
        } catch (MathException e) {
            return UNKNOWN;
        }
    }
}
