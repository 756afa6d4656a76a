package dev.nudge.lesson;

import dev.nudge.i18n.Language;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Catches prose left in the wrong language: a paragraph, list item or block text of a {@code ja/} file with no
 * Japanese in it (a passage not yet translated), and Japanese in an {@code en/} file (pasted into the wrong one).
 * Formulas, computed values and code are not prose, so {@code $P_1 = 1$} alone is in no language.
 */
final class ProseLanguage {
    /** Formulas, computed values, code and a {@code text |} pair's bar: the parts of a line that are no words. */
    private static final Pattern NOT_WORDS = Pattern.compile("\\{\\{.*?}}|\\$[^$]*\\$|`[^`]*`");
    private static final Pattern WORD = Pattern.compile("\\b[A-Za-z]{2,}\\b");
    /** Fewer English words than this are a name or a label ({@code MSE}, {@code rate}), which Japanese uses too. */
    private static final int ENGLISH_WORDS = 3;
    private static final Pattern BLOCK_TEXT = Pattern.compile("(hint-[a-z]+|right|wrong|mistake):(.*)");
    private static final String FENCE = "```";

    private final Path file;
    private final Language language;
    private final Problems problems;
    private final StringBuilder paragraph = new StringBuilder();
    private int paragraphLine;

    private ProseLanguage(Path file, Language language, Problems problems) {
        this.file = file;
        this.language = language;
        this.problems = problems;
    }

    /** Reports each passage of {@code text}, the lesson file {@code file} in {@code language}, in another language. */
    static void check(Path file, Language language, String text, Problems problems) {
        new ProseLanguage(file, language, problems).check(text.lines().toList());
    }

    private void check(List<String> lines) {
        boolean inHeader = !lines.isEmpty() && lines.get(0).strip().equals("---");
        boolean inFence = false;
        boolean inEquation = false;
        for (int i = inHeader ? 1 : 0; i < lines.size(); i++) {
            var line = lines.get(i).strip();
            if (!inFence || BLOCK_TEXT.matcher(line).matches()) {
                foreign(lines.get(i), i + 1);
            }
            if (inHeader) {
                inHeader = !line.equals("---");
                passage(line.startsWith("title:") ? line.substring("title:".length()) : "", i + 1);
            } else if (line.startsWith(FENCE)) {
                flush();
                inFence = !inFence;
            } else if (inFence) {
                var block = BLOCK_TEXT.matcher(line);
                passage(block.matches() ? block.group(2) : "", i + 1);
            } else if (line.startsWith("$$") || inEquation) {
                flush();
                boolean opensAndCloses = !inEquation && line.length() > 2 && line.endsWith("$$");
                inEquation = line.startsWith("$$") ? !inEquation && !opensAndCloses : inEquation;
            } else if (line.isEmpty()) {
                flush();
            } else if (line.startsWith("#")) {
                flush();
                passage(line.replaceAll("\\{#[^}]*}", ""), i + 1);
            } else if (line.startsWith("- ")) {
                flush();
                add(line.substring(2), i + 1);
            } else {
                add(line, i + 1);
            }
        }
        flush();
    }

    /** Adds a source line to the paragraph or list item being read (which a line after an item continues). */
    private void add(String line, int number) {
        if (paragraph.isEmpty()) {
            paragraphLine = number;
        }
        paragraph.append(' ').append(line);
    }

    private void flush() {
        passage(paragraph.toString(), paragraphLine);
        paragraph.setLength(0);
    }

    /** Reports the passage starting on {@code line} when it is not in the file's language. */
    private void passage(String text, int line) {
        var words = NOT_WORDS.matcher(text).replaceAll(" ");
        boolean japanese = words.chars().anyMatch(c -> Cjk.is((char) c));
        if (language == Language.JA && !japanese && WORD.matcher(words).results().count() >= ENGLISH_WORDS) {
            problems.add(file, line, 1, "this passage has no Japanese; a file under ja/ is written in Japanese: \""
                    + FieldLines.shorten(words.strip()) + "\"");
        }
    }

    /** Reports Japanese in {@code raw}, line {@code line} of a file in another language, where it starts. */
    private void foreign(String raw, int line) {
        if (language == Language.JA) {
            return;
        }
        var words = NOT_WORDS.matcher(raw).replaceAll(m -> " ".repeat(m.group().length()));
        for (int i = 0; i < words.length(); i++) {
            if (Cjk.is(words.charAt(i))) {
                problems.add(file, line, i + 1, "Japanese in a file under " + language.code() + "/: \""
                        + FieldLines.shorten(raw.substring(i).strip()) + "\"");
                return;
            }
        }
    }
}
