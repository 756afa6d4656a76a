package dev.nudge.lesson;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A step as its lesson file gives it (heading, prose and fenced block, if any), with what a kind needs to read the
 * block: its fields checked against a schema, the lesson's defaults for points and parameters, inline markup, and a
 * place to report problems at their line and column.
 */
public final class StepBlock {
    /** The hint ladder's keys, which every interactive block may have. */
    public static final Set<String> HINTS = Set.of("hint-concept", "hint-strategy", "hint-answer");

    private final StepDraft draft;
    private final LessonModel model;
    private final Path file;
    private final Problems problems;

    StepBlock(StepDraft draft, LessonModel model, Path file, Problems problems) {
        this.draft = draft;
        this.model = model;
        this.file = file;
        this.problems = problems;
    }

    public String id() {
        return draft.id;
    }

    public String title() {
        return draft.title;
    }

    /** The line of the step's heading. */
    public int line() {
        return draft.heading.line();
    }

    public List<ProseBlock> prose() {
        return List.copyOf(draft.prose);
    }

    /** The name of the fenced block that makes the step interactive, if it has one. */
    public Optional<String> kind() {
        return draft.kind;
    }

    /** The block's opening line, where problems with the block as a whole are reported. */
    public SourceText opening() {
        return draft.blockOpening;
    }

    /** The block's {@code key: value} lines, in the order written. */
    public List<Field> fields() {
        return List.copyOf(draft.fields);
    }

    /** The block's fields by key, after reporting every key that breaks {@code schema}. */
    public FieldSchema.Values check(FieldSchema schema) {
        return schema.check(draft.fields, file, draft.blockOpening, problems);
    }

    public void report(SourceText where, String message) {
        problems.add(file, where, message);
    }

    /** Reports a problem with the block as a whole, at its opening line. */
    public void report(String message) {
        problems.add(file, draft.blockOpening, message);
    }

    /** Reports each field of {@code notUsed} as not used by {@code what}, such as "a number quiz". */
    public void notUsedBy(String what, Set<String> notUsed) {
        for (var field : draft.fields) {
            if (notUsed.contains(field.name())) {
                problems.add(file, field.key(), "\"" + field.name() + "\" is not used by " + what);
            }
        }
    }

    /** The block's {@code points:}, or the lesson's when it gives none. */
    public List<Point> points(FieldSchema.Values values) {
        return values.one("points").map(p -> ListSyntax.points(p, file, problems)).orElse(model.points());
    }

    /** The block's {@code params:}, or the lesson's when it gives none. */
    public List<Binding> parameters(FieldSchema.Values values) {
        return values.one("params").map(this::bindings).orElse(model.parameters());
    }

    /**
     * The points the block's loss is measured on, as {@link #points} gives them; {@code what} (such as "a guess
     * block") is reported when there are none and the block writes no {@code loss:} either.
     */
    public List<Point> measuredOn(FieldSchema.Values values, String what) {
        var points = points(values);
        if (points.isEmpty() && !values.has("loss")) {
            report(what + " needs \"points:\" or \"loss:\" (or points in the header) to measure the loss on");
        }
        return points;
    }

    /** Bindings such as {@code P_0 = 1, P_1 = 1}. */
    public List<Binding> bindings(SourceText text) {
        return ListSyntax.bindings(text, file, problems);
    }

    /** The block's {@code rate:}; a missing one is reported by the schema. */
    public SourceText rate(FieldSchema.Values values) {
        return required(values, "rate");
    }

    /** The value of {@code key}, or an empty text on the block's line when it is missing (reported elsewhere). */
    public SourceText required(FieldSchema.Values values, String key) {
        // An empty text keeps the math check from reporting the missing value again.
        return values.one(key).orElse(new SourceText("", draft.blockOpening.line(), 1));
    }

    public Hints hints(FieldSchema.Values values) {
        return new Hints(rich(values.one("hint-concept")), rich(values.one("hint-strategy")),
                rich(values.one("hint-answer")));
    }

    public RichText rich(Optional<SourceText> text) {
        return text.map(this::rich).orElse(RichText.plain(""));
    }

    public RichText rich(SourceText text) {
        return new RichText(new InlineParser(file, problems).parse(text));
    }

    /** Splits {@code text} at {@code separator}s outside parentheses and braces. */
    public static List<SourceText> split(SourceText text, char separator) {
        return ListSyntax.splitTopLevel(text, separator);
    }

    /** Splits {@code text | explanation}; empty with a problem when either side is missing. */
    public Optional<Explained> explained(SourceText text, String what) {
        return ListSyntax.explained(text, what, file, problems);
    }

    /** " (did you mean "x"?)" when a known word is close to {@code typed}, else "". */
    public static String didYouMean(String typed, List<String> known) {
        return Suggest.didYouMean(typed, known);
    }

    public static Set<String> union(Set<String> a, Set<String> b) {
        var all = new HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }
}
