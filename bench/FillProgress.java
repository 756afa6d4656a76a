import java.sql.DriverManager;

/**
 * Fills a progress file for bench/report-memory.sh: EVENTS visits by "ada" over 50 steps, then a wrong and a right
 * answer and a hint, written by SQLite in two statements. Usage: java -cp target/nudge.jar FillProgress.java FILE EVENTS
 */
public class FillProgress {
    public static void main(String[] args) throws Exception {
        long start = 1_700_000_000_000L;
        int events = Integer.parseInt(args[1]);
        try (var connection = DriverManager.getConnection("jdbc:sqlite:" + args[0]);
                var statement = connection.createStatement()) {
            statement.execute("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < " + events + ")"
                    + " INSERT INTO event (learner, at_millis, kind, lesson, step)"
                    + " SELECT 'ada', " + start + " + i, 'visited', 'function', 'step-' || (i % 50) FROM n");
            statement.execute("INSERT INTO event (learner, at_millis, kind, lesson, step, answer, correct, hint_level)"
                    + " VALUES ('ada', " + (start + events + 1) + ", 'answered', 'function', 'quiz', '1', 0, NULL),"
                    + " ('ada', " + (start + events + 2) + ", 'answered', 'function', 'quiz', '2', 1, NULL),"
                    + " ('ada', " + (start + events + 3) + ", 'hint', 'function', 'quiz', NULL, NULL, 2)");
        }
    }
}
