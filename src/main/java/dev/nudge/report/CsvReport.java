package dev.nudge.report;

import dev.nudge.text.Untrusted;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The report as one CSV table (RFC 4180: CRLF line ends, fields quoted when they hold a comma, a quote or a line
 * end), for a spreadsheet. Learners and questions share one header; the {@code record} column says which a row is,
 * and {@code lesson}, {@code step} and {@code title} give the learner's position or the question. Every cell is made
 * safe first ({@link Untrusted#forCsvCell}): a name such as {@code =cmd|' /C calc'!A0} must stay text in a
 * spreadsheet, not become a formula.
 */
final class CsvReport {
    static final List<String> HEADER = List.of("record", "learner", "lesson", "step", "title", "lessons_completed",
            "lessons", "quizzes_right_first_try", "quizzes_answered", "hints_used", "last_active", "kind", "answered",
            "wrong_first", "wrong_first_share", "key_fingerprints");
    private static final String END = "\r\n";

    private CsvReport() {
    }

    static String render(ClassReport report) {
        var text = new StringBuilder(row(HEADER));
        var lessons = Counts.text(report.lessonCount());
        for (var learner : report.learners()) {
            text.append(row(List.of("learner", learner.learner(),
                    learner.position().map(p -> p.lessonId()).orElse(""),
                    learner.position().map(p -> p.stepId()).orElse(""), learner.positionTitle(),
                    Counts.text(learner.lessonsCompleted()), lessons, String.valueOf(learner.quizzesRightFirstTry()),
                    String.valueOf(learner.quizzesAnswered()), String.valueOf(learner.hintsUsed()),
                    learner.lastActive().truncatedTo(ChronoUnit.SECONDS).toString(), "", "", "", "",
                    String.join(" ", learner.fingerprints()))));
        }
        for (var question : report.questions()) {
            text.append(row(List.of("question", "", question.step().lessonId(), question.step().stepId(),
                    question.title(), "", "", "", "", "", "", question.kind(), String.valueOf(question.answered()),
                    String.valueOf(question.wrongFirst()), question.wrongShare().toPlainString(), "")));
        }
        return text.toString();
    }

    private static String row(List<String> fields) {
        return fields.stream().map(Untrusted::forCsvCell).map(CsvReport::field).collect(Collectors.joining(",")) + END;
    }

    static String field(String value) {
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}
