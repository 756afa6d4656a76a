package dev.nudge.lesson;

import dev.nudge.i18n.Language;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The course file, {@code course.txt}: the format version, the languages and the lesson order.
 *
 * @param formatVersion the version of the lesson format the course is written in
 * @param languages the language folders, the first being the one the others are compared with
 * @param lessons the lesson names (file names without {@code .md}) with the line each is listed on
 */
record CourseFile(int formatVersion, List<Language> languages, List<SourceText> lessons) {
    static final String NAME = "course.txt";
    static final int SUPPORTED_VERSION = 1;
    private static final Pattern LESSON_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]*");

    static CourseFile parse(Path file, String text, Problems problems) {
        var lines = text.lines().toList();
        var topFields = new ArrayList<String>();
        var lessons = new ArrayList<SourceText>();
        boolean inLessons = false;
        for (int i = 0; i < lines.size(); i++) {
            var line = new SourceText(lines.get(i), i + 1, 1);
            var stripped = line.strip();
            if (stripped.text().isEmpty() || stripped.text().startsWith("#")) {
                topFields.add("");
                continue;
            }
            boolean indented = Character.isWhitespace(line.text().charAt(0));
            if (inLessons && indented) {
                lessonName(stripped, file, problems, lessons);
                topFields.add("");
                continue;
            }
            inLessons = stripped.text().matches("lessons[ \\t]*:");
            topFields.add(inLessons ? "" : lines.get(i));
        }
        var fields = FieldLines.read(topFields, 1, NAME, file, problems);
        var values = new FieldSchema(NAME, java.util.Set.of("format_version", "languages"), java.util.Set.of("lessons"),
                java.util.Set.of()).check(fields, file, new SourceText(NAME, 1, 1), problems);
        if (lessons.isEmpty()) {
            problems.add(file, 1, 1, NAME + " lists no lessons; add \"lessons:\" and one lesson file name per indented line");
        }
        return new CourseFile(version(values, file, problems), languages(values, file, problems), lessons);
    }

    private static void lessonName(SourceText name, Path file, Problems problems, List<SourceText> lessons) {
        var plain = name.text().endsWith(".md") ? name.slice(0, name.text().length() - 3) : name;
        if (!LESSON_NAME.matcher(plain.text()).matches()) {
            problems.add(file, name, "\"" + name.text() + "\" is not a lesson file name (letters, digits, \"-\", \"_\")");
        } else if (lessons.stream().anyMatch(l -> l.text().equals(plain.text()))) {
            problems.add(file, name, "lesson \"" + plain.text() + "\" is listed twice");
        } else {
            lessons.add(plain);
        }
    }

    private static int version(FieldSchema.Values values, Path file, Problems problems) {
        var given = values.one("format_version");
        if (given.isEmpty()) {
            return SUPPORTED_VERSION;
        }
        if (!given.get().text().equals(String.valueOf(SUPPORTED_VERSION))) {
            problems.add(file, given.get(), "format_version " + given.get().text() + " is not supported; this nudge reads"
                    + " format_version " + SUPPORTED_VERSION);
        }
        return SUPPORTED_VERSION;
    }

    private static List<Language> languages(FieldSchema.Values values, Path file, Problems problems) {
        var languages = new ArrayList<Language>();
        for (var code : values.one("languages").map(l -> ListSyntax.splitTopLevel(l, ',')).orElse(List.of())) {
            Language.fromCode(code.text()).ifPresentOrElse(languages::add, () -> problems.add(file, code,
                    "unknown language \"" + code.text() + "\"; nudge speaks en and ja"));
        }
        if (languages.isEmpty()) {
            languages.add(Language.EN);
        }
        return languages;
    }
}
