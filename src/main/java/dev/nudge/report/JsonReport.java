package dev.nudge.report;

import dev.nudge.text.Untrusted;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The report as JSON for programs: {@code lessons}, then the {@code learners} and {@code questions} arrays. */
final class JsonReport {
    private JsonReport() {
    }

    static String render(ClassReport report) {
        return "{\n"
                + "  \"lessons\": " + Counts.json(report.lessonCount()) + ",\n"
                + "  \"learners\": " + array(report.learners().stream().map(JsonReport::learner).toList()) + ",\n"
                + "  \"questions\": " + array(report.questions().stream().map(JsonReport::question).toList()) + "\n"
                + "}\n";
    }

    private static String learner(LearnerSummary learner) {
        var position = learner.position().map(step -> "{\"lesson\": " + string(step.lessonId()) + ", \"step\": "
                + string(step.stepId()) + ", \"title\": " + string(learner.positionTitle()) + "}").orElse("null");
        return "{\"learner\": " + string(learner.learner())
                + ", \"lessonsCompleted\": " + Counts.json(learner.lessonsCompleted())
                + ", \"position\": " + position
                + ", \"quizzesRightFirstTry\": " + learner.quizzesRightFirstTry()
                + ", \"quizzesAnswered\": " + learner.quizzesAnswered()
                + ", \"hintsUsed\": " + learner.hintsUsed()
                + ", \"lastActive\": " + string(learner.lastActive().truncatedTo(ChronoUnit.SECONDS).toString())
                + ", \"keyFingerprints\": [" + learner.fingerprints().stream().map(JsonReport::string)
                        .collect(Collectors.joining(", ")) + "]}";
    }

    private static String question(QuestionSummary question) {
        return "{\"lesson\": " + string(question.step().lessonId())
                + ", \"step\": " + string(question.step().stepId())
                + ", \"title\": " + string(question.title())
                + ", \"kind\": " + string(question.kind())
                + ", \"answered\": " + question.answered()
                + ", \"wrongFirst\": " + question.wrongFirst()
                + ", \"wrongFirstShare\": " + question.wrongShare().toPlainString() + "}";
    }

    private static String array(List<String> items) {
        if (items.isEmpty()) {
            return "[]";
        }
        return items.stream().map(item -> "    " + item).collect(Collectors.joining(",\n", "[\n", "\n  ]"));
    }

    /**
     * {@code value} as a JSON string: quotes, backslashes, control characters (C0, DEL and C1, which some terminals
     * obey when the file is shown) and invisible formatting characters (such as bidirectional overrides) escaped, so
     * the text is the same for a program and harmless to a person reading the file.
     */
    static String string(String value) {
        var text = new StringBuilder("\"");
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"' || c == '\\') {
                text.append('\\').append(c);
            } else if (c < 0x20 || (c >= 0x7f && c < 0xa0) || Untrusted.isInvisibleFormat(c)) {
                text.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            } else {
                text.append(c);
            }
        }
        return text.append('"').toString();
    }
}
