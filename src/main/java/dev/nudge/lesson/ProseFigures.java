package dev.nudge.lesson;

import java.util.List;

/** Checks the math in a step's prose (equations, inline formulas, computed values) and collects its figures. */
final class ProseFigures {
    private final MathCheck check;
    private final LessonMath math;
    private final List<String> figures;

    ProseFigures(MathCheck check, LessonMath math, List<String> figures) {
        this.check = check;
        this.math = math;
        this.figures = figures;
    }

    private final List<String> computedValues = new java.util.ArrayList<>();

    void check(List<ProseBlock> prose) {
        for (var block : prose) {
            block.accept(new ProseBlock.Visitor<Void>() {
                @Override
                public Void paragraph(ProseBlock.Paragraph paragraph) {
                    inline(paragraph.content());
                    return null;
                }

                @Override
                public Void bullet(ProseBlock.Bullet bullet) {
                    inline(bullet.content());
                    return null;
                }

                @Override
                public Void equation(ProseBlock.Equation equation) {
                    formula(equation.source());
                    return null;
                }

                @Override
                public Void code(ProseBlock.Code code) {
                    return null;
                }

                @Override
                public Void plot(ProseBlock.Plot plot) {
                    PlotCheck.check(check, math, plot, figures);
                    return null;
                }

                @Override
                public Void descent(ProseBlock.Descent descent) {
                    DescentCheck.check(check, math, descent, figures);
                    return null;
                }

                @Override
                public Void table(ProseBlock.Table table) {
                    TableCheck.check(check, math, table, figures);
                    return null;
                }

                @Override
                public Void network(ProseBlock.NetworkDiagram network) {
                    if (math.network().isEmpty()) {
                        check.report(network.opening(), "a network block draws the lesson's network, but this lesson"
                                + " declares none: add a header line such as \"network: 1 -> 2 relu -> 1\"");
                    }
                    return null;
                }

                @Override
                public Void program(ProseBlock.Program program) {
                    ProgramCheck.block(check, math, program, figures);
                    return null;
                }
            });
        }
        computedValues.sort(null);
        figures.addAll(computedValues);
    }

    /**
     * Inline formulas are checked but not counted as figures: a sentence in another language may mention a
     * parameter more or less often. Computed values are counted, in any order, since word order differs too.
     */
    private void inline(List<Inline> runs) {
        for (var run : runs) {
            if (run instanceof Inline.Math formula) {
                check.attempt(formula.source(), () -> math.parse(formula.source().text()));
            } else if (run instanceof Inline.Computed computed) {
                computed(computed);
            }
        }
    }

    /** Checks the formulas and computed values of a block's text; they are not figures to compare. */
    void check(RichText text) {
        var before = computedValues.size();
        inline(text.runs());
        computedValues.subList(before, computedValues.size()).clear();
    }

    private void formula(SourceText source) {
        check.attempt(source, () -> math.parse(source.text())).ifPresent(expr -> {
            figures.add(MathCheck.figure(expr));
            EquationSides.check(expr, math).ifPresent(message -> check.report(source, message));
        });
    }

    private void computed(Inline.Computed computed) {
        if (!BindingCheck.valid(check, math, computed.bindings())) {
            return;
        }
        var source = computed.expression();
        check.names(source, computed.variable(), math);
        var shown = check.attempt(source, () -> Figures.show(math, computed));
        shown.ifPresent(value -> computedValues.add(value));
    }
}
