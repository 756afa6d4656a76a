package dev.nudge.step.derive;

import dev.nudge.lesson.Binding;
import dev.nudge.lesson.FieldSchema;
import dev.nudge.lesson.StepBlock;
import dev.nudge.step.Kind;
import dev.nudge.step.TaughtStep;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** The derive kind: the learner walks through the engine's derivation of a derivative, one line per key. */
public final class DeriveKind implements Kind {
    static final String NAME = "derive";
    private static final FieldSchema FIELDS = new FieldSchema("a derive block", Set.of("of", "by"),
            Set.of("method", "at"), Set.of());
    /** What {@code at:} writes for the lesson's own parameter values, with nothing changed. */
    private static final String LESSON_VALUES = "params";
    /** A defined name such as {@code Loss}, and a variable such as {@code P_1} or {@code P_{10}}. */
    private static final Pattern NAME_SYNTAX = Pattern.compile("[A-Za-z]+");
    private static final Pattern VARIABLE_SYNTAX = Pattern.compile("[A-Za-z]+(_(\\d+|\\{\\d+\\}))?");

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Optional<TaughtStep> read(StepBlock block) {
        var values = block.check(FIELDS);
        if (!values.has("of") || !values.has("by")) {
            return Optional.empty();
        }
        var of = values.one("of").orElseThrow();
        var by = values.one("by").orElseThrow();
        boolean readable = true;
        if (!NAME_SYNTAX.matcher(of.text()).matches()) {
            block.report(of, "\"of:\" names a definition of the lesson header, such as Loss");
            readable = false;
        }
        if (!VARIABLE_SYNTAX.matcher(by.text()).matches()) {
            block.report(by, "\"by:\" names the parameter to differentiate by, such as P_1");
            readable = false;
        }
        if (!readable) {
            return Optional.empty();
        }
        var method = DeriveMethod.LIMIT;
        var written = values.one("method");
        if (written.isPresent()) {
            var known = DeriveMethod.of(written.get().text());
            if (known.isEmpty()) {
                block.report(written.get(), "\"method:\" is one of " + String.join(", ", DeriveMethod.names())
                        + StepBlock.didYouMean(written.get().text(), DeriveMethod.names()));
                return Optional.empty();
            }
            method = known.get();
        }
        var writtenAt = values.one("at");
        if (writtenAt.isPresent() && !method.takesValues()) {
            block.report(writtenAt.get(), "\"at:\" works the derivative out at values only with method: chain");
            return Optional.empty();
        }
        var at = writtenAt.map(text -> text.text().equals(LESSON_VALUES) ? List.<Binding>of() : block.bindings(text));
        return Optional.of(new DeriveStep(block.id(), block.title(), block.line(), block.prose(), of, by, method, at));
    }
}
