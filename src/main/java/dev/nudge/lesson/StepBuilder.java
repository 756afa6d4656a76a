package dev.nudge.lesson;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Turns a read step into its typed {@link Step}, checking the keys of its block and filling in the header's defaults. */
final class StepBuilder {
    private static final Set<String> HINTS = Set.of("hint-concept", "hint-strategy", "hint-answer");
    private static final FieldSchema GUESS = new FieldSchema("a guess block", union(HINTS, Set.of("rate")),
            Set.of("points", "loss", "params", "nudge"), Set.of());
    private static final FieldSchema LAB = new FieldSchema("a lab block", union(HINTS, Set.of("rate")),
            Set.of("points", "params"), Set.of());
    private static final FieldSchema QUIZ = new FieldSchema("a quiz block", union(HINTS, Set.of("type")),
            Set.of("right", "answer", "tolerance", "form"), Set.of("wrong", "mistake"));
    private static final String EXPANDED = "expanded";
    private static final List<String> QUIZ_TYPES = List.of("choice", "number", "expression");

    private final StepDraft draft;
    private final LessonModel model;
    private final Path file;
    private final Problems problems;

    private StepBuilder(StepDraft draft, LessonModel model, Path file, Problems problems) {
        this.draft = draft;
        this.model = model;
        this.file = file;
        this.problems = problems;
    }

    static Optional<Step> build(StepDraft draft, LessonModel model, Path file, Problems problems) {
        var builder = new StepBuilder(draft, model, file, problems);
        switch (draft.kind) {
            case GUESS:
                return Optional.of(builder.guess());
            case QUIZ:
                return builder.quiz();
            case LAB:
                return Optional.of(builder.lab());
            default:
                return Optional.of(new Step.ProseStep(draft.id, draft.title, draft.heading.line(), draft.prose));
        }
    }

    private Step guess() {
        var values = GUESS.check(draft.fields, file, draft.blockOpening, problems);
        var points = points(values);
        if (points.isEmpty() && !values.has("loss")) {
            problems.add(file, draft.blockOpening, "a guess block needs \"points:\" or \"loss:\" (or points in the header)"
                    + " to measure the loss on");
        }
        return new Step.GuessStep(draft.id, draft.title, draft.heading.line(), draft.prose, values.one("loss"), points,
                parameters(values), rate(values), values.one("nudge"), hints(values));
    }

    private Step lab() {
        var values = LAB.check(draft.fields, file, draft.blockOpening, problems);
        var points = points(values);
        if (points.isEmpty()) {
            problems.add(file, draft.blockOpening, "a lab block needs \"points:\" (or points in the header)");
        }
        return new Step.LabStep(draft.id, draft.title, draft.heading.line(), draft.prose, points, parameters(values),
                rate(values), hints(values));
    }

    private Optional<Step> quiz() {
        var values = QUIZ.check(draft.fields, file, draft.blockOpening, problems);
        var type = values.one("type");
        if (type.isEmpty()) {
            return Optional.empty();
        }
        Optional<Quiz> quiz;
        switch (type.get().text()) {
            case "choice":
                quiz = choice(values);
                break;
            case "number":
                quiz = number(values);
                break;
            case "expression":
                quiz = expression(values);
                break;
            default:
                problems.add(file, type.get(), "unknown quiz type \"" + type.get().text() + "\""
                        + Suggest.didYouMean(type.get().text(), QUIZ_TYPES) + "; a quiz is choice, number or expression");
                return Optional.empty();
        }
        return quiz.map(q -> new Step.QuizStep(draft.id, draft.title, draft.heading.line(), draft.prose, q, hints(values)));
    }

    private Optional<Quiz> choice(FieldSchema.Values values) {
        onlyFor(values, "choice", Set.of("answer", "tolerance", "mistake", "form"));
        var choices = new ArrayList<Choice>();
        values.one("right").ifPresentOrElse(
                right -> choices.add(new Choice(rich(right), true, RichText.plain(""))),
                () -> problems.add(file, draft.blockOpening, "a choice quiz needs exactly one \"right:\" answer"));
        for (var wrong : values.all("wrong")) {
            ListSyntax.explained(wrong, "a wrong choice", file, problems).ifPresent(pair -> choices.add(
                    new Choice(rich(pair.text()), false, rich(pair.explanation()))));
        }
        if (values.all("wrong").isEmpty()) {
            problems.add(file, draft.blockOpening, "a choice quiz needs at least one \"wrong: text | why\" choice");
        }
        return values.has("right") ? Optional.of(new Quiz.ChoiceQuiz(orderAsWritten(choices))) : Optional.empty();
    }

    /** Keeps the choices in the order the author wrote their lines, the right one among them. */
    private List<Choice> orderAsWritten(List<Choice> choices) {
        var ordered = new ArrayList<Choice>();
        var right = choices.stream().filter(Choice::right).findFirst();
        var wrong = choices.stream().filter(c -> !c.right()).iterator();
        for (var field : draft.fields) {
            if (field.name().equals("right")) {
                right.ifPresent(ordered::add);
            } else if (field.name().equals("wrong") && wrong.hasNext()) {
                ordered.add(wrong.next());
            }
        }
        return ordered;
    }

    private Optional<Quiz> number(FieldSchema.Values values) {
        onlyFor(values, "number", Set.of("right", "wrong", "form"));
        var answer = requireAnswer(values, "a number quiz");
        if (answer.isEmpty()) {
            return Optional.empty();
        }
        var parts = ListSyntax.splitTopLevel(answer.get(), '|');
        var bindings = new ArrayList<Binding>();
        parts.subList(1, parts.size()).forEach(part -> bindings.addAll(ListSyntax.bindings(part, file, problems)));
        return Optional.of(new Quiz.NumberQuiz(parts.get(0), bindings, values.one("tolerance"), mistakes(values)));
    }

    private Optional<Quiz> expression(FieldSchema.Values values) {
        onlyFor(values, "expression", Set.of("right", "wrong", "tolerance"));
        var form = values.one("form");
        form.filter(f -> !f.text().equals(EXPANDED)).ifPresent(f -> problems.add(file, f, "unknown form \"" + f.text()
                + "\"; the only form is \"" + EXPANDED + "\" (the answer must be typed as an expanded polynomial)"));
        return requireAnswer(values, "an expression quiz").map(answer -> new Quiz.ExpressionQuiz(answer, mistakes(values),
                form.map(f -> f.text().equals(EXPANDED)).orElse(false)));
    }

    private Optional<SourceText> requireAnswer(FieldSchema.Values values, String what) {
        var answer = values.one("answer");
        if (answer.isEmpty()) {
            problems.add(file, draft.blockOpening, what + " needs an \"answer:\" line");
        }
        return answer;
    }

    private List<Mistake> mistakes(FieldSchema.Values values) {
        var mistakes = new ArrayList<Mistake>();
        for (var mistake : values.all("mistake")) {
            ListSyntax.explained(mistake, "a mistake", file, problems)
                    .ifPresent(pair -> mistakes.add(new Mistake(pair.text(), rich(pair.explanation()))));
        }
        return mistakes;
    }

    private void onlyFor(FieldSchema.Values values, String type, Set<String> notUsed) {
        for (var field : draft.fields) {
            if (notUsed.contains(field.name())) {
                problems.add(file, field.key(), "\"" + field.name() + "\" is not used by a " + type + " quiz");
            }
        }
    }

    private List<Point> points(FieldSchema.Values values) {
        return values.one("points").map(p -> ListSyntax.points(p, file, problems)).orElse(model.points());
    }

    private List<Binding> parameters(FieldSchema.Values values) {
        return values.one("params").map(p -> ListSyntax.bindings(p, file, problems)).orElse(model.parameters());
    }

    private SourceText rate(FieldSchema.Values values) {
        // A missing rate is reported by the schema; an empty text keeps the math check from reporting it again.
        return values.one("rate").orElse(new SourceText("", draft.blockOpening.line(), 1));
    }

    private Hints hints(FieldSchema.Values values) {
        return new Hints(rich(values.one("hint-concept")), rich(values.one("hint-strategy")),
                rich(values.one("hint-answer")));
    }

    private RichText rich(Optional<SourceText> text) {
        return text.map(this::rich).orElse(RichText.plain(""));
    }

    private RichText rich(SourceText text) {
        return new RichText(new InlineParser(file, problems).parse(text));
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        var all = new java.util.HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }
}
