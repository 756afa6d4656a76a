package dev.nudge.cli;

import dev.nudge.i18n.Language;
import dev.nudge.i18n.Messages;
import dev.nudge.math.Algebra;
import dev.nudge.math.Block;
import dev.nudge.math.Definitions;
import dev.nudge.math.Derivation;
import dev.nudge.math.Expr;
import dev.nudge.math.GlyphSet;
import dev.nudge.math.MathException;
import dev.nudge.math.Parser;
import dev.nudge.math.Polynomial;
import dev.nudge.math.Rational;
import dev.nudge.math.Renderer;
import dev.nudge.math.RewriteStep;
import dev.nudge.math.Var;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code nudge math}: lets lesson authors (and curious learners) see how the tutor reads an
 * equation, and what it computes from it, before putting it in a lesson.
 */
@Command(name = "math", mixinStandardHelpOptions = true,
        description = "Parse an equation as the tutor does; expand, differentiate and evaluate it exactly.")
public final class MathCommand implements Callable<Integer> {
    static final int INPUT_ERROR = 2;
    static final int COMPUTATION_ERROR = 1;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "EXPR", description = "The expression, in LaTeX or keyboard syntax.")
    private String expression;

    @Option(names = "--define", paramLabel = "DEF", description = "A definition such as 'f(x,P)=P_0 \\times x + P_1'.")
    private List<String> definitions = new ArrayList<>();

    @Option(names = "--at", paramLabel = "NAME=VALUE", description = "A value to evaluate at, such as P_1=1.")
    private List<String> values = new ArrayList<>();

    @Option(names = "--expand", description = "Show the expanded form with like terms collected.")
    private boolean expand;

    @Option(names = "--diff", paramLabel = "VAR", description = "Show the derivative with respect to VAR.")
    private List<String> variables = new ArrayList<>();

    @Option(names = "--steps", description = "Show each rewrite with its reason.")
    private boolean steps;

    @Option(names = "--chain", description = "With --steps, derive by the chain rule, outermost operation first,"
            + " without multiplying out (the way for an expression that is not a polynomial, such as one with relu).")
    private boolean chain;

    @Option(names = "--oneline", description = "Write expressions on one line instead of in 2-D.")
    private boolean oneLine;

    @ArgGroup(exclusive = true)
    private CharacterSet characterSet;

    /** The mutually exclusive choices of characters. */
    static final class CharacterSet {
        @Option(names = "--ascii", description = "Draw with ASCII only.")
        boolean ascii;

        @Option(names = "--unicode", description = "Draw with Unicode (the default on UTF-8 terminals).")
        boolean unicode;

        @Option(names = "--narrow", description = "Draw with Unicode but no ambiguous-width characters.")
        boolean narrow;

        GlyphSet glyphs() {
            return ascii ? GlyphSet.ASCII : narrow ? GlyphSet.UNICODE_NARROW : GlyphSet.UNICODE;
        }
    }

    public MathCommand() {
        // picocli fills the fields
    }

    @Override
    public Integer call() {
        GlyphSet glyphs = characterSet == null ? TerminalCharacters.detect() : characterSet.glyphs();
        Input input;
        try {
            input = read();
        } catch (MathException badInput) {
            return fail(badInput, INPUT_ERROR);
        }
        try {
            Algebra.checkDivisions(input.expr(), input.definitions());
            new Report(input, glyphs).print(spec.commandLine().getOut());
            return 0;
        } catch (MathException cannotCompute) {
            return fail(cannotCompute, COMPUTATION_ERROR);
        }
    }

    private int fail(MathException problem, int code) {
        PrintWriter err = spec.commandLine().getErr();
        err.println(problem.getMessage());
        err.flush();
        return code;
    }

    private Input read() {
        Definitions defined = Definitions.none();
        for (String definition : definitions) {
            defined = defined.define(definition);
        }
        Map<String, Rational> at = new LinkedHashMap<>();
        for (String value : values) {
            int equals = value.indexOf('=');
            if (equals < 0) {
                throw new MathException("a value is written NAME=VALUE", value, value.length() + 1);
            }
            at.put(variable(value.substring(0, equals)).name(), Algebra.evaluate(
                    Parser.parse(value.substring(equals + 1)), Definitions.none(), Map.of()));
        }
        return new Input(defined.parse(expression), defined, at);
    }

    private static Var variable(String name) {
        if (Parser.parse(name) instanceof Var variable) {
            return variable;
        }
        throw new MathException("expected a variable name such as P_1", name, 1);
    }

    /** What was read from the command line. */
    private record Input(Expr expr, Definitions definitions, Map<String, Rational> values) {
    }

    /** Writes the sections the options ask for. */
    private final class Report {
        private final Input input;
        private final GlyphSet glyphs;

        Report(Input input, GlyphSet glyphs) {
            this.input = input;
            this.glyphs = glyphs;
        }

        void print(PrintWriter out) {
            out.println(draw(input.expr()));
            List<String> valued = new ArrayList<>(List.of("value"));
            List<Expr> derivatives = new ArrayList<>(List.of(input.expr()));
            if (expand) {
                Polynomial expanded = Algebra.expand(input.expr(), input.definitions());
                section(out, "expanded", expanded.toExpr(), stepsOfExpansion());
            }
            for (String name : variables) {
                Var variable = variable(name);
                Expr derivative = Algebra.derivative(input.expr(), variable.name(), input.definitions());
                String label = "derivative with respect to " + Renderer.oneLine(variable, glyphs);
                section(out, label, derivative, stepsOfDerivative(variable));
                valued.add(label);
                derivatives.add(derivative);
            }
            if (!input.values().isEmpty()) {
                printValues(out, valued, derivatives);
            }
            out.flush();
        }

        private void printValues(PrintWriter out, List<String> labels, List<Expr> exprs) {
            String point = input.values().entrySet().stream()
                    .map(value -> Renderer.oneLine(new Var(value.getKey()), glyphs) + " = "
                            + value.getValue().display(glyphs))
                    .collect(Collectors.joining(", "));
            out.println();
            out.println("at " + point + ":");
            for (int i = 0; i < labels.size(); i++) {
                out.println(labels.get(i) + " = "
                        + Algebra.evaluate(exprs.get(i), input.definitions(), input.values()).display(glyphs));
            }
        }

        private void section(PrintWriter out, String label, Expr result, Derivation derivation) {
            out.println();
            out.println(label + ":");
            if (derivation == null) {
                out.println(draw(result));
                return;
            }
            List<RewriteStep> all = derivation.steps();
            for (int i = 0; i < all.size(); i++) {
                out.println(drawStep(all.get(i), i == 0));
            }
        }

        private Derivation stepsOfExpansion() {
            return steps ? Derivation.ofExpansion(input.expr(), input.definitions(), Map.of()) : null;
        }

        private Derivation stepsOfDerivative(Var variable) {
            if (!steps) {
                return null;
            }
            // multiplying out a composition of relu would need a line per piece: the chain rule keeps it whole
            return chain || !Algebra.isPolynomial(input.expr(), input.definitions())
                    ? Derivation.ofChainRule(input.expr(), variable.name(), input.definitions(), input.values())
                    : Derivation.ofDerivative(input.expr(), variable.name(), input.definitions());
        }

        private String drawStep(RewriteStep step, boolean first) {
            Block expression = block(step.expression());
            if (first) {
                return trimmed(Block.text("  ").beside(expression));
            }
            String details = step.details().stream().map(detail -> Renderer.oneLine(detail, glyphs))
                    .collect(Collectors.joining(", "));
            String words = Messages.text(Language.EN, step.reason().key(), step.reason().formulas(glyphs).toArray());
            String reason = "    (" + words + (details.isEmpty() ? "" : ": " + details) + ")";
            return trimmed(Block.text("= ").beside(expression).beside(reason));
        }

        private String draw(Expr expr) {
            return trimmed(block(expr));
        }

        private String trimmed(Block block) {
            return block.lines().stream().map(String::stripTrailing).collect(Collectors.joining("\n"));
        }

        private Block block(Expr expr) {
            return oneLine ? Block.text(Renderer.oneLine(expr, glyphs)) : Renderer.twoDimensional(expr, glyphs);
        }
    }

    /** Picks the characters a terminal can show when no option says. */
    static final class TerminalCharacters {
        private static final List<String> PLAIN_TERMINALS = List.of("linux", "vt100", "dumb");

        private TerminalCharacters() {
        }

        static GlyphSet detect() {
            String locale = firstSet(System.getenv("LC_ALL"), System.getenv("LC_CTYPE"), System.getenv("LANG"));
            boolean utf8 = locale.toLowerCase(Locale.ROOT).replace("-", "").contains("utf8");
            boolean plainTerminal = PLAIN_TERMINALS.contains(firstSet(System.getenv("TERM")));
            return utf8 && !plainTerminal ? GlyphSet.UNICODE : GlyphSet.ASCII;
        }

        private static String firstSet(String... candidates) {
            for (String candidate : candidates) {
                if (candidate != null && !candidate.isEmpty()) {
                    return candidate;
                }
            }
            return "";
        }
    }
}
