package dev.nudge.step.quiz;

import dev.nudge.lesson.Binding;
import dev.nudge.lesson.FieldSchema;
import dev.nudge.lesson.RichText;
import dev.nudge.lesson.SourceText;
import dev.nudge.lesson.StepBlock;
import dev.nudge.step.Kind;
import dev.nudge.step.TaughtStep;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The quiz kind: a question answered by a choice, a number or an expression, with a verdict on each answer. */
public final class QuizKind implements Kind {
    static final String NAME = "quiz";
    private static final FieldSchema FIELDS = new FieldSchema("a quiz block",
            StepBlock.union(StepBlock.HINTS, Set.of("type")), Set.of("right", "answer", "tolerance", "form"),
            Set.of("wrong", "mistake"));
    private static final String EXPANDED = "expanded";
    private static final List<String> QUIZ_TYPES = List.of("choice", "number", "expression");

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Optional<TaughtStep> read(StepBlock block) {
        var values = block.check(FIELDS);
        var type = values.one("type");
        if (type.isEmpty()) {
            return Optional.empty();
        }
        Optional<Quiz> quiz;
        switch (type.get().text()) {
            case "choice":
                quiz = choice(block, values);
                break;
            case "number":
                quiz = number(block, values);
                break;
            case "expression":
                quiz = expression(block, values);
                break;
            default:
                block.report(type.get(), "unknown quiz type \"" + type.get().text() + "\""
                        + StepBlock.didYouMean(type.get().text(), QUIZ_TYPES)
                        + "; a quiz is choice, number or expression");
                return Optional.empty();
        }
        return quiz.map(q -> new QuizStep(block.id(), block.title(), block.line(), block.prose(), q,
                block.hints(values)));
    }

    private static Optional<Quiz> choice(StepBlock block, FieldSchema.Values values) {
        block.notUsedBy("a choice quiz", Set.of("answer", "tolerance", "mistake", "form"));
        var choices = new ArrayList<Choice>();
        values.one("right").ifPresentOrElse(
                right -> choices.add(new Choice(block.rich(right), true, RichText.plain(""))),
                () -> block.report("a choice quiz needs exactly one \"right:\" answer"));
        for (var wrong : values.all("wrong")) {
            block.explained(wrong, "a wrong choice").ifPresent(pair -> choices.add(
                    new Choice(block.rich(pair.text()), false, block.rich(pair.explanation()))));
        }
        if (values.all("wrong").isEmpty()) {
            block.report("a choice quiz needs at least one \"wrong: text | why\" choice");
        }
        return values.has("right") ? Optional.of(new Quiz.ChoiceQuiz(orderAsWritten(block, choices)))
                : Optional.empty();
    }

    /** Keeps the choices in the order the author wrote their lines, the right one among them. */
    private static List<Choice> orderAsWritten(StepBlock block, List<Choice> choices) {
        var ordered = new ArrayList<Choice>();
        var right = choices.stream().filter(Choice::right).findFirst();
        var wrong = choices.stream().filter(c -> !c.right()).iterator();
        for (var field : block.fields()) {
            if (field.name().equals("right")) {
                right.ifPresent(ordered::add);
            } else if (field.name().equals("wrong") && wrong.hasNext()) {
                ordered.add(wrong.next());
            }
        }
        return ordered;
    }

    private static Optional<Quiz> number(StepBlock block, FieldSchema.Values values) {
        block.notUsedBy("a number quiz", Set.of("right", "wrong", "form"));
        var answer = requireAnswer(block, values, "a number quiz");
        if (answer.isEmpty()) {
            return Optional.empty();
        }
        var parts = StepBlock.split(answer.get(), '|');
        var bindings = new ArrayList<Binding>();
        parts.subList(1, parts.size()).forEach(part -> bindings.addAll(block.bindings(part)));
        return Optional.of(new Quiz.NumberQuiz(parts.get(0), bindings, values.one("tolerance"),
                mistakes(block, values)));
    }

    private static Optional<Quiz> expression(StepBlock block, FieldSchema.Values values) {
        block.notUsedBy("an expression quiz", Set.of("right", "wrong", "tolerance"));
        var form = values.one("form");
        form.filter(f -> !f.text().equals(EXPANDED)).ifPresent(f -> block.report(f, "unknown form \"" + f.text()
                + "\"; the only form is \"" + EXPANDED + "\" (the answer must be typed as an expanded polynomial)"));
        return requireAnswer(block, values, "an expression quiz").map(answer -> new Quiz.ExpressionQuiz(answer,
                mistakes(block, values), form.map(f -> f.text().equals(EXPANDED)).orElse(false)));
    }

    private static Optional<SourceText> requireAnswer(StepBlock block, FieldSchema.Values values, String what) {
        var answer = values.one("answer");
        if (answer.isEmpty()) {
            block.report(what + " needs an \"answer:\" line");
        }
        return answer;
    }

    private static List<Mistake> mistakes(StepBlock block, FieldSchema.Values values) {
        var mistakes = new ArrayList<Mistake>();
        for (var mistake : values.all("mistake")) {
            block.explained(mistake, "a mistake")
                    .ifPresent(pair -> mistakes.add(new Mistake(pair.text(), block.rich(pair.explanation()))));
        }
        return mistakes;
    }
}
