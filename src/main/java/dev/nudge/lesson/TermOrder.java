package dev.nudge.lesson;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Checks that no step uses a term before the step that introduces it, in the order the learner meets the steps. A
 * step introduces terms with a heading attribute, {@code ## Title {#id introduces=derivative, learning-rate}}; it
 * uses a term through its kind (a guess's reveal stages, the rate of an update, see {@link Step#uses}) or through
 * notation in its text: a {@code dLoss/dP_1} name, {@code \frac{dLoss}{dP_1}}, a {@code {{ d/dP_1: }}} value (the
 * derivative) and a {@code {{ expand: }}} value (the expansion). A step may use what it introduces itself.
 */
final class TermOrder {
    private static final String INTRODUCES = "introduces";
    private static final Pattern ATTRIBUTE = Pattern.compile("([^\\s=]+)=([^\\s,]+(?:\\s*,\\s*[^\\s,]+)*)|(\\S+)");
    private static final Map<Pattern, Term> NOTATION = Map.of(
            Pattern.compile("\\{\\{\\s*d/d[A-Za-z][A-Za-z0-9_{}]*\\s*:"), Term.DERIVATIVE,
            Pattern.compile("\\bd[A-Z][A-Za-z]*/d[A-Z][A-Za-z0-9_{}]*"), Term.DERIVATIVE,
            Pattern.compile("\\\\frac\\{\\s*(?:d|\\\\partial)[^}]*\\}(?:\\{[^}]*\\})?"), Term.DERIVATIVE,
            Pattern.compile("\\{\\{\\s*expand:"), Term.EXPANSION,
            // A descent table is a run of updates at a learning rate, each against a derivative.
            Pattern.compile("^```descent\\b"), Term.UPDATE,
            Pattern.compile("^```descent\\b"), Term.LEARNING_RATE,
            Pattern.compile("^```descent\\b"), Term.DERIVATIVE);

    /** Where a term is introduced: the step's place in the course, and its heading for messages. */
    private record Introduction(int order, String step, Path file, int line) {
        String where() {
            return "step \"" + step + "\" introduces it at " + shortName(file) + ":" + line;
        }
    }

    /** A use of a term found in a step, at its place in the course. */
    private record Use(Term term, int order, String step, Path file, int line, int column, String how) {
    }

    private final Problems problems;
    private final Map<Term, Introduction> introduced = new EnumMap<>(Term.class);
    private final List<Use> uses = new ArrayList<>();
    private int order;

    private TermOrder(Problems problems) {
        this.problems = problems;
    }

    /** Checks every language of {@code course} on its own. */
    static void check(Course<? extends Step> course, Problems problems) {
        for (var language : course.languages()) {
            var order = new TermOrder(problems);
            course.lessons(language).forEach(order::read);
            order.report();
        }
    }

    private void read(Lesson<? extends Step> lesson) {
        List<String> lines;
        try {
            lines = Files.readAllLines(lesson.file(), StandardCharsets.UTF_8);
        } catch (IOException | java.io.UncheckedIOException e) {
            // The loader has reported a file it cannot read.
            return;
        }
        Map<Integer, Step> byLine = new HashMap<>();
        lesson.steps().forEach(step -> byLine.put(step.line(), step));
        String step = null;
        for (int i = 0; i < lines.size(); i++) {
            var heading = LessonParser.HEADING.matcher(lines.get(i));
            if (heading.matches()) {
                order++;
                step = heading.group(2);
                attributes(lesson.file(), i + 1, heading.start(3), heading.group(3), step);
                var kind = byLine.get(i + 1);
                if (kind != null) {
                    for (var use : kind.uses()) {
                        uses.add(new Use(use.term(), order, step, lesson.file(), use.line(), 1, use.how()));
                    }
                }
            } else if (step != null) {
                notation(lesson.file(), i + 1, lines.get(i), step);
            }
        }
    }

    private void attributes(Path file, int line, int start, String text, String step) {
        var matcher = ATTRIBUTE.matcher(text);
        while (matcher.find()) {
            int column = start + matcher.start() + 1;
            if (matcher.group(1) == null || !matcher.group(1).equals(INTRODUCES)) {
                var name = matcher.group(1) == null ? matcher.group(3) : matcher.group(1);
                problems.add(file, line, column, "unknown heading attribute \"" + name + "\""
                        + Suggest.didYouMean(name, List.of(INTRODUCES)) + "; a step heading may say "
                        + "{#id introduces=TERM, ...} with the terms " + String.join(", ", Term.words()));
                continue;
            }
            for (var word : matcher.group(2).split("\\s*,\\s*")) {
                introduce(file, line, column, word, step);
            }
        }
    }

    private void introduce(Path file, int line, int column, String word, String step) {
        var term = Term.of(word);
        if (term.isEmpty()) {
            problems.add(file, line, column, "unknown term \"" + word + "\"" + Suggest.didYouMean(word, Term.words())
                    + "; the terms are " + String.join(", ", Term.words()));
            return;
        }
        var earlier = introduced.get(term.get());
        if (earlier != null) {
            problems.add(file, line, column, "\"" + word + "\" is introduced twice: " + earlier.where());
            return;
        }
        introduced.put(term.get(), new Introduction(order, step, file, line));
    }

    private void notation(Path file, int line, String text, String step) {
        NOTATION.forEach((pattern, term) -> {
            var matcher = pattern.matcher(text);
            if (matcher.find()) {
                uses.add(new Use(term, order, step, file, line, matcher.start() + 1,
                        "\"" + matcher.group().strip() + "\""));
            }
        });
    }

    private void report() {
        // A term used twice on one line (the update stage relies on the derivative too) is reported once.
        var reported = new java.util.HashSet<String>();
        uses.sort(java.util.Comparator.comparingInt(Use::order).thenComparingInt(Use::line)
                .thenComparingInt(Use::column));
        for (var use : uses) {
            if (!reported.add(use.term() + " " + use.file() + ":" + use.line())) {
                continue;
            }
            var introduction = introduced.get(use.term());
            var what = "step \"" + use.step() + "\" uses the term \"" + use.term().word() + "\" (" + use.how() + ")";
            if (introduction == null) {
                problems.add(use.file(), use.line(), use.column(), what + ", but no step introduces it; mark the step "
                        + "that teaches it with {#id " + INTRODUCES + "=" + use.term().word() + "}");
            } else if (introduction.order() > use.order()) {
                problems.add(use.file(), use.line(), use.column(), what + " before it is introduced: "
                        + introduction.where());
            }
        }
    }

    /** {@code en/06-derivative.md}: the language folder and the file, enough to find it in a course. */
    private static String shortName(Path file) {
        var parent = file.getParent();
        return parent == null || parent.getFileName() == null ? file.getFileName().toString()
                : parent.getFileName() + "/" + file.getFileName();
    }
}
