package dev.nudge.report;

import static dev.nudge.report.ReportFixture.ADA;
import static dev.nudge.report.ReportFixture.ALAN;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ClassReportTest {
    /** The real course's lessons, counted, so a lesson added to it does not break the report's tests. */
    private static final int LESSONS = ReportFixture.course().lessons(ReportFixture.course().languages().get(0)).size();
    private static final ClassReport REPORT = ClassReport.of(ReportFixture.histories(),
            Optional.of(ReportFixture.course()));

    @Test
    void aLineForEachLearnerByName() {
        assertThat(REPORT.learners()).extracting(LearnerSummary::learner).containsExactly(ADA, ALAN);
        var ada = REPORT.learners().get(0);
        assertThat(ada.lessonsCompleted()).hasValue(1);
        assertThat(ada.position()).contains(ReportFixture.FIRST_OUTPUT);
        assertThat(ada.positionTitle()).isEqualTo("2.2 How wrong is the network? / The first answer");
        assertThat(ada.quizzesRightFirstTry()).isEqualTo(1);
        assertThat(ada.quizzesAnswered()).isEqualTo(2);
        assertThat(ada.hintsUsed()).isEqualTo(1);
        var alan = REPORT.learners().get(1);
        assertThat(List.of(alan.lessonsCompleted().getAsInt(), alan.quizzesRightFirstTry(), alan.quizzesAnswered(),
                alan.hintsUsed())).containsExactly(0, 0, 1, 2);
    }

    @Test
    void questionsInCourseOrderWithTheShareWrongAtFirst() {
        assertThat(REPORT.questions()).extracting(QuestionSummary::step).containsExactly(
                ReportFixture.WHAT_IS_ADJUSTED, ReportFixture.FIRST_OUTPUT, ReportFixture.GUESS);
        assertThat(REPORT.questions()).extracting(QuestionSummary::kind).containsExactly("quiz", "quiz", "guess");
        assertThat(REPORT.questions()).extracting(q -> q.wrongFirst() + "/" + q.answered())
                .containsExactly("1/2", "1/1", "1/2");
        assertThat(REPORT.questions().get(0).wrongShare()).isEqualByComparingTo("0.5");
    }

    @Test
    void aPredictionIsReportedLikeAQuizAnswerUnderItsStepTitle() {
        var predict = new dev.nudge.progress.StepKey("derivative", "step-from-minus-three");
        var events = List.<dev.nudge.progress.ProgressEvent>of(
                new dev.nudge.progress.ProgressEvent.Answered(predict, "1", false),
                new dev.nudge.progress.ProgressEvent.Answered(predict, "0.64", true));
        var report = ClassReport.of(List.of(new dev.nudge.progress.LearnerHistory(ADA, events,
                java.time.Instant.parse("2025-03-01T09:30:00Z"))), Optional.of(ReportFixture.course()));
        assertThat(report.questions()).singleElement().satisfies(question -> {
            assertThat(question.title()).isEqualTo("6.11 The derivative / One step from there");
            assertThat(question.kind()).isEqualTo("quiz");
            assertThat(question.wrongFirst() + "/" + question.answered()).isEqualTo("1/1");
        });
        assertThat(report.learners().get(0).quizzesAnswered()).isEqualTo(1);
        assertThat(report.learners().get(0).quizzesRightFirstTry()).isZero();
    }

    @Test
    void csvIsOneValidTableWithEveryRow() {
        var rows = CsvParser.parse(ReportFormat.CSV.render(REPORT, ZoneOffset.UTC));
        assertThat(rows.get(0)).isEqualTo(CsvReport.HEADER);
        assertThat(rows).hasSize(1 + 2 + 3);
        var ada = row(rows, 1);
        assertThat(ada).containsEntry("record", "learner").containsEntry("learner", ADA)
                .containsEntry("lesson", "loss").containsEntry("step", "first-output")
                .containsEntry("lessons_completed", "1").containsEntry("lessons", String.valueOf(LESSONS))
                .containsEntry("quizzes_right_first_try", "1").containsEntry("quizzes_answered", "2")
                .containsEntry("hints_used", "1").containsEntry("last_active", "2025-03-01T09:30:00Z");
        var question = row(rows, 3);
        assertThat(question).containsEntry("record", "question").containsEntry("learner", "")
                .containsEntry("title", "1.4 A network is a function / What gets adjusted?")
                .containsEntry("answered", "2").containsEntry("wrong_first", "1")
                .containsEntry("wrong_first_share", "0.5");
    }

    @Test
    @SuppressWarnings("unchecked")
    void jsonIsValidAndCarriesTheSameNumbers() {
        var json = (Map<String, Object>) JsonParser.parse(ReportFormat.JSON.render(REPORT, ZoneOffset.UTC));
        assertThat(json.get("lessons")).isEqualTo(new BigDecimal(LESSONS));
        var learners = (List<Map<String, Object>>) json.get("learners");
        assertThat(learners).hasSize(2);
        var ada = learners.get(0);
        assertThat(ada).containsEntry("learner", ADA).containsEntry("lessonsCompleted", new BigDecimal(1))
                .containsEntry("quizzesRightFirstTry", new BigDecimal(1))
                .containsEntry("quizzesAnswered", new BigDecimal(2)).containsEntry("hintsUsed", new BigDecimal(1))
                .containsEntry("lastActive", "2025-03-01T09:30:00Z");
        assertThat((Map<String, Object>) ada.get("position")).containsEntry("lesson", "loss")
                .containsEntry("step", "first-output");
        var questions = (List<Map<String, Object>>) json.get("questions");
        assertThat(questions).extracting(q -> q.get("wrongFirstShare"))
                .containsExactly(new BigDecimal("0.5"), new BigDecimal("1"), new BigDecimal("0.5"));
    }

    @Test
    void theTableLinesUpForAPerson() {
        assertThat(ReportFormat.TABLE.render(REPORT, ZoneOffset.UTC)).isEqualTo(String.join("\n",
                "Learners (2)",
                "learner      lessons  position                                           quiz score  hints  last active       keys",
                "Ada \"A\", L.  1 of " + LESSONS + "  2.2 How wrong is the network? / The first answer   1/2         1      2025-03-01 09:30",
                "alan         0 of " + LESSONS + "  1.4 A network is a function / What gets adjusted?  0/1         2      2025-03-02 10:00",
                "",
                "Questions: how often the first answer was wrong",
                "question                                           kind   answered  wrong at first",
                "1.4 A network is a function / What gets adjusted?  quiz   2         1 (50%)",
                "2.2 How wrong is the network? / The first answer   quiz   1         1 (100%)",
                "6.10 The derivative / A different starting point   guess  2         1 (50%)",
                ""));
    }

    @Test
    void withoutTheCourseStepsAreNamedByIdAndCompletionIsUnknown() {
        var report = ClassReport.of(ReportFixture.histories(), Optional.empty());
        assertThat(report.learners().get(0).positionTitle()).isEqualTo("loss/first-output");
        assertThat(report.learners().get(0).lessonsCompleted()).isEmpty();
        var json = (Map<?, ?>) JsonParser.parse(ReportFormat.JSON.render(report, ZoneOffset.UTC));
        assertThat(json.get("lessons")).isNull();
        assertThat(((Map<?, ?>) ((List<?>) json.get("learners")).get(0)).get("lessonsCompleted")).isNull();
        var rows = CsvParser.parse(ReportFormat.CSV.render(report, ZoneOffset.UTC));
        assertThat(row(rows, 1)).containsEntry("lessons_completed", "").containsEntry("lessons", "");
        assertThat(ReportFormat.TABLE.render(report, ZoneOffset.UTC)).contains("?  ", "loss/first-output");
    }

    @Test
    void anEmptyReportIsStillValidInEveryFormat() {
        var report = ClassReport.of(List.of(), Optional.of(ReportFixture.course()));
        assertThat(CsvParser.parse(ReportFormat.CSV.render(report, ZoneOffset.UTC))).hasSize(1);
        assertThat(JsonParser.parse(ReportFormat.JSON.render(report, ZoneOffset.UTC)))
                .isEqualTo(Map.of("lessons", new BigDecimal(LESSONS), "learners", List.of(), "questions", List.of()));
        assertThat(ReportFormat.TABLE.render(report, ZoneOffset.UTC)).isEqualTo("No learner has any progress yet.\n");
    }

    @Test
    void jsonEscapesWhatMustBeEscaped() {
        assertThat(JsonParser.parse(JsonReport.string("a \"b\" \\ c\n\t\u0001 ü 日本"))).isEqualTo("a \"b\" \\ c\n\t\u0001 ü 日本");
    }

    private static Map<String, String> row(List<List<String>> rows, int index) {
        var row = new LinkedHashMap<String, String>();
        for (int i = 0; i < rows.get(0).size(); i++) {
            row.put(rows.get(0).get(i), rows.get(index).get(i));
        }
        return row;
    }
}
