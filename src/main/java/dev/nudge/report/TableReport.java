package dev.nudge.report;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/** The report as two aligned tables for the terminal: the learners, then the questions the class finds hard. */
final class TableReport {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private TableReport() {
    }

    static String render(ClassReport report, ZoneId zone) {
        if (report.learners().isEmpty()) {
            return "No learner has any progress yet.\n";
        }
        var learners = new ArrayList<List<String>>();
        learners.add(List.of("learner", "lessons", "position", "quiz score", "hints", "last active", "keys"));
        for (var learner : report.learners()) {
            learners.add(List.of(learner.learner(), lessons(learner, report), learner.positionTitle(),
                    learner.quizzesRightFirstTry() + "/" + learner.quizzesAnswered(),
                    String.valueOf(learner.hintsUsed()), TIME.format(learner.lastActive().atZone(zone)),
                    String.join(" ", learner.fingerprints())));
        }
        var text = new StringBuilder("Learners (" + report.learners().size() + ")\n").append(TextTable.of(learners));
        if (!report.questions().isEmpty()) {
            var questions = new ArrayList<List<String>>();
            questions.add(List.of("question", "kind", "answered", "wrong at first"));
            for (var question : report.questions()) {
                questions.add(List.of(question.title(), question.kind(), String.valueOf(question.answered()),
                        question.wrongFirst() + " (" + question.wrongPercent() + "%)"));
            }
            text.append("\nQuestions: how often the first answer was wrong\n").append(TextTable.of(questions));
        }
        return text.toString();
    }

    private static String lessons(LearnerSummary learner, ClassReport report) {
        var done = learner.lessonsCompleted();
        return done.isPresent() ? done.getAsInt() + " of " + report.lessonCount().orElse(0) : "?";
    }
}
