package dev.nudge.lesson;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads one lesson file: the header between {@code ---} lines, then steps that each start with
 * {@code ## Title {#id}}. Every problem is reported with its line and column, and reading goes on after a problem so
 * that all of them are found in one pass.
 */
final class LessonParser<S extends Step> {
    static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");
    /** A step heading: its title, its id, and attributes after the id (see {@link TermOrder}). */
    static final Pattern HEADING = Pattern.compile("##[ \\t]+(.*?)[ \\t]*\\{#([^}\\s]*)([^}]*)\\}[ \\t]*");
    private static final String FENCE = "```";
    private static final String DISPLAY_MATH = "$$";
    private static final FieldSchema HEADER = new FieldSchema("the lesson header",
            Set.of("id", "title"), Set.of("network", "params", "points"), Set.of("define"));

    private final Path file;
    private final String name;
    private final List<String> lines;
    private final Problems problems;
    private final InlineParser inline;
    private final StepReader<S> kinds;
    private final List<S> steps = new ArrayList<>();
    private final List<Inline> paragraph = new ArrayList<>();
    private StepDraft current;
    private boolean reportedTextBeforeSteps;
    private char lastParagraphCharacter;
    /** Whether the paragraph being read is a list item's ({@code - }), which its next lines continue. */
    private boolean paragraphIsBullet;
    private LessonModel model = new LessonModel(Optional.empty(), List.of(), List.of(), List.of());
    private int index;

    private LessonParser(Path file, String name, String text, StepReader<S> kinds, Problems problems) {
        this.file = file;
        this.kinds = kinds;
        this.name = name;
        this.lines = text.lines().toList();
        this.problems = problems;
        this.inline = new InlineParser(file, problems);
    }

    /** The lesson in {@code text}, or empty when it is too broken to use; problems go to {@code problems}. */
    static <S extends Step> Optional<Lesson<S>> parse(Path file, String name, String text, StepReader<S> kinds,
            Problems problems) {
        return new LessonParser<>(file, name, text, kinds, problems).lesson();
    }

    private Optional<Lesson<S>> lesson() {
        var header = header();
        while (index < lines.size()) {
            line(lines.get(index));
            index++;
        }
        endParagraph();
        finishStep();
        if (steps.isEmpty()) {
            problems.add(file, Math.max(1, index), 1, "the lesson has no steps; start one with \"## Title {#step-id}\"");
        }
        if (header.isEmpty() || steps.isEmpty()) {
            return Optional.empty();
        }
        var values = header.get();
        return Optional.of(new Lesson<>(name, values.text("id"), values.text("title"), model, steps, file));
    }

    private Optional<FieldSchema.Values> header() {
        if (lines.isEmpty() || !lines.get(0).strip().equals("---")) {
            problems.add(file, 1, 1, "a lesson starts with a header between two \"---\" lines, giving at least its id"
                    + " and title");
            return Optional.empty();
        }
        int end = 1;
        while (end < lines.size() && !lines.get(end).strip().equals("---")) {
            end++;
        }
        if (end == lines.size()) {
            problems.add(file, 1, 1, "the header opened here is never closed with a \"---\" line");
            index = lines.size();
            return Optional.empty();
        }
        var fields = FieldLines.read(lines.subList(1, end), 2, "the lesson header", file, problems);
        var values = HEADER.check(fields, file, new SourceText("---", 1, 1), problems);
        values.one("id").filter(id -> !ID.matcher(id.text()).matches()).ifPresent(id -> problems.add(file, id,
                "a lesson id is lower-case letters, digits and \"-\", but found \"" + id.text() + "\""));
        model = new LessonModel(values.one("network"), values.all("define"),
                values.one("params").map(p -> ListSyntax.bindings(p, file, problems)).orElse(List.of()),
                values.one("points").map(p -> ListSyntax.points(p, file, problems)).orElse(List.of()));
        index = end + 1;
        return values.has("id") && values.has("title") ? Optional.of(values) : Optional.empty();
    }

    private void line(String raw) {
        var line = new SourceText(raw, index + 1, 1);
        var stripped = line.strip();
        if (stripped.text().isEmpty()) {
            endParagraph();
        } else if (stripped.text().startsWith("#")) {
            heading(line);
        } else if (current == null) {
            textBeforeSteps(stripped);
        } else if (stripped.text().startsWith(FENCE)) {
            fence(stripped);
        } else if (current.hasBlock()) {
            textAfterBlock(stripped);
        } else if (stripped.text().startsWith(DISPLAY_MATH)) {
            displayMath(stripped);
        } else if (stripped.text().startsWith("- ")) {
            endParagraph();
            paragraphIsBullet = true;
            continueParagraph(stripped.slice(2, stripped.text().length()).strip());
        } else {
            // a line right after an item's line continues that item, as in Markdown, indented or not
            continueParagraph(stripped);
        }
    }

    /** Adds a source line to the paragraph or list item being read, joined as {@link Cjk} says. */
    private void continueParagraph(SourceText text) {
        if (!paragraph.isEmpty() && !(Cjk.is(lastParagraphCharacter) && Cjk.is(text.text().charAt(0)))) {
            paragraph.add(new Inline.Text(" "));
        }
        paragraph.addAll(inline.parse(text));
        lastParagraphCharacter = text.text().charAt(text.text().length() - 1);
    }

    private void heading(SourceText line) {
        var matcher = HEADING.matcher(line.text());
        if (!line.text().startsWith("## ") && !line.text().startsWith("##\t")) {
            problems.add(file, line, "only \"## Title {#step-id}\" headings are used: each one starts a step");
            return;
        }
        endParagraph();
        finishStep();
        if (!matcher.matches()) {
            problems.add(file, line, "a step heading ends with its id, like \"## " + line.text().substring(3).strip()
                    + " {#step-id}\"");
            current = new StepDraft("", line.text().substring(3).strip(), line);
            return;
        }
        var id = line.slice(matcher.start(2), matcher.end(2));
        if (!ID.matcher(id.text()).matches()) {
            problems.add(file, id, "a step id is lower-case letters, digits and \"-\", but found \"" + id.text() + "\"");
        }
        current = new StepDraft(id.text(), matcher.group(1), line);
    }

    private void textBeforeSteps(SourceText line) {
        if (!reportedTextBeforeSteps) {
            problems.add(file, line, "text before the first step; start a step with \"## Title {#step-id}\"");
            reportedTextBeforeSteps = true;
        }
    }

    private void textAfterBlock(SourceText line) {
        if (!current.reportedTextAfterBlock) {
            problems.add(file, line, "text after the " + current.kind.get() + " block; put it in a step of its own");
            current.reportedTextAfterBlock = true;
        }
    }

    private void fence(SourceText opening) {
        endParagraph();
        var info = opening.slice(FENCE.length(), opening.text().length()).strip();
        int close = closingLine(l -> l.strip().equals(FENCE));
        if (close < 0) {
            problems.add(file, opening, "the " + FENCE + " block opened here is never closed with a " + FENCE + " line");
            index = lines.size();
            return;
        }
        var body = lines.subList(index + 1, close);
        int firstLine = index + 2;
        index = close;
        if (info.text().isEmpty() || info.text().equals("text")) {
            current.prose.add(new ProseBlock.Code(body));
            return;
        }
        var proseReader = PROSE_BLOCKS.get(info.text());
        if (proseReader != null) {
            proseBlock(opening, body, firstLine, info.text(), proseReader);
            return;
        }
        var blocks = new ArrayList<>(kinds.blockNames());
        if (!blocks.contains(info.text())) {
            blocks.addAll(PROSE_BLOCKS.keySet());
            blocks.add("text");
            problems.add(file, info, "unknown step kind \"" + info.text() + "\"" + Suggest.didYouMean(info.text(), blocks)
                    + "; a fenced block is " + oneOf(blocks, "or"));
            return;
        }
        if (current.hasBlock()) {
            problems.add(file, opening, "a step holds at most one " + oneOf(kinds.blockNames(), "or") + " block; this"
                    + " step already has a " + current.kind.get() + " block (line " + current.blockOpening.line() + ")");
            return;
        }
        current.kind = Optional.of(info.text());
        current.blockOpening = opening;
        current.fields = FieldLines.read(body, firstLine, "the " + info.text() + " block", file, problems);
    }

    /** How a fenced block of the prose (a plot, a program) is read from its fields. */
    @FunctionalInterface
    private interface ProseBlockReader {
        Optional<ProseBlock> read(SourceText opening, List<Field> fields, Path file, Problems problems);
    }

    /** The blocks that stand in the prose, by the name that opens them, in the order error messages list them. */
    private static final Map<String, ProseBlockReader> PROSE_BLOCKS = orderedReaders();

    private static Map<String, ProseBlockReader> orderedReaders() {
        var readers = new java.util.LinkedHashMap<String, ProseBlockReader>();
        readers.put(PlotReader.NAME, PlotReader::read);
        readers.put(DescentReader.NAME, DescentReader::read);
        readers.put(TableReader.NAME, TableReader::read);
        readers.put(NetworkReader.NAME, NetworkReader::read);
        readers.put(ProgramReader.NAME, ProgramReader::read);
        return java.util.Collections.unmodifiableMap(readers);
    }

    /** A fenced block in the prose (a plot, a table, a program); like any prose, it comes before the step's block. */
    private void proseBlock(SourceText opening, List<String> body, int firstLine, String name,
            ProseBlockReader reader) {
        if (current.hasBlock()) {
            textAfterBlock(opening);
            return;
        }
        var fields = FieldLines.read(body, firstLine, "the " + name + " block", file, problems);
        reader.read(opening, fields, file, problems).ifPresent(current.prose::add);
    }

    /** "guess, quiz or lab" for {@code names} joined with {@code last}. */
    private static String oneOf(List<String> names, String last) {
        return names.size() == 1 ? names.get(0)
                : String.join(", ", names.subList(0, names.size() - 1)) + " " + last + " " + names.get(names.size() - 1);
    }

    private void displayMath(SourceText opening) {
        endParagraph();
        var rest = opening.slice(DISPLAY_MATH.length(), opening.text().length());
        if (rest.text().strip().endsWith(DISPLAY_MATH)) {
            var inside = rest.text().lastIndexOf(DISPLAY_MATH);
            current.prose.add(new ProseBlock.Equation(rest.slice(0, inside).strip()));
            return;
        }
        int close = closingLine(l -> l.strip().equals(DISPLAY_MATH));
        if (close < 0 || close == index + 1) {
            problems.add(file, opening, close < 0 ? "the \"$$\" equation opened here is never closed with a \"$$\" line"
                    : "the \"$$\" equation here is empty");
            index = close < 0 ? lines.size() : close;
            return;
        }
        var first = new SourceText(lines.get(index + 1), index + 2, 1).strip();
        var joined = String.join(" ", lines.subList(index + 1, close).stream().map(String::strip).toList());
        current.prose.add(new ProseBlock.Equation(new SourceText(joined, first.line(), first.column())));
        index = close;
    }

    private int closingLine(java.util.function.Predicate<String> isClosing) {
        for (int i = index + 1; i < lines.size(); i++) {
            if (isClosing.test(lines.get(i))) {
                return i;
            }
        }
        return -1;
    }

    private void endParagraph() {
        if (!paragraph.isEmpty() && current != null) {
            current.prose.add(paragraphIsBullet ? new ProseBlock.Bullet(paragraph) : new ProseBlock.Paragraph(paragraph));
        }
        paragraph.clear();
        paragraphIsBullet = false;
    }

    private void finishStep() {
        if (current != null && !current.id.isEmpty()) {
            kinds.read(new StepBlock(current, model, file, problems)).ifPresent(steps::add);
        }
        current = null;
    }
}
