package dev.nudge.progress.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nudge.progress.LearnerHistory;
import dev.nudge.progress.ProgressEvent;
import dev.nudge.progress.StepKey;
import dev.nudge.progress.jdbc.Dialect;
import dev.nudge.progress.jdbc.Schema;
import dev.nudge.report.ClassReport;
import dev.nudge.report.ReportFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report's figures computed by SQLite agree with the tutor's replay of the same events. */
class ProgressArchiveTest {
    private static final List<StepKey> STEPS = List.of(new StepKey("function", "not-neurons"),
            ReportFixture.WHAT_IS_ADJUSTED, new StepKey("loss", "examples"), ReportFixture.FIRST_OUTPUT,
            ReportFixture.GUESS, new StepKey("gone", "from-the-course"));

    @TempDir
    Path temp;

    private ClassReport fromFile(Path file) throws SQLException {
        var builder = ClassReport.builder(Optional.of(ReportFixture.course()));
        assertThat(ProgressArchive.read(file, builder)).isTrue();
        return builder.build();
    }

    private Path fileWith(TreeMap<String, List<ProgressEvent>> learners) {
        var file = temp.resolve("progress.db");
        try (var store = StoreFiles.open(file)) {
            learners.forEach((name, events) -> events.forEach(event -> store.record(name, event)));
        }
        return file;
    }

    private static ClassReport replayed(TreeMap<String, List<ProgressEvent>> learners) {
        var histories = new ArrayList<LearnerHistory>();
        learners.forEach((name, events) -> histories.add(new LearnerHistory(name, events, StoreFiles.CLOCK.instant())));
        return ClassReport.of(histories, Optional.of(ReportFixture.course()));
    }

    @Test
    void theFixtureGivesTheSameFiguresAsTheReplay() throws SQLException {
        var learners = new TreeMap<String, List<ProgressEvent>>();
        learners.put(ReportFixture.ADA, ReportFixture.ada());
        learners.put(ReportFixture.ALAN, ReportFixture.alan());
        assertThat(fromFile(fileWith(learners))).isEqualTo(replayed(learners));
    }

    /** Seeded, so a failure repeats: answers, guesses, hints and shown answers in every order, over steps old and new. */
    @Test
    void randomHistoriesGiveTheSameFiguresAsTheReplay() throws Exception {
        var random = new Random(20261201);
        for (int round = 0; round < 5; round++) {
            var learners = new TreeMap<String, List<ProgressEvent>>();
            for (int l = 0; l < 6; l++) {
                var events = new ArrayList<ProgressEvent>();
                for (int e = random.nextInt(40); e > 0; e--) {
                    var step = STEPS.get(random.nextInt(STEPS.size()));
                    events.add(switch (random.nextInt(5)) {
                        case 0 -> new ProgressEvent.Visited(step);
                        case 1 -> new ProgressEvent.Answered(step, "x", random.nextBoolean());
                        case 2 -> new ProgressEvent.Guessed(step, "up", random.nextBoolean());
                        case 3 -> new ProgressEvent.HintTaken(step, 1 + random.nextInt(3));
                        default -> new ProgressEvent.AnswerShown(step);
                    });
                }
                learners.put("learner " + l, events);
            }
            learners.values().removeIf(List::isEmpty);
            assertThat(fromFile(fileWith(learners))).as("round " + round).isEqualTo(replayed(learners));
            Files.delete(temp.resolve("progress.db"));
        }
    }

    @Test
    void eachLearnersKeysComeWithTheirLineFirstSeenFirst() throws SQLException {
        var file = temp.resolve("progress.db");
        try (var store = StoreFiles.open(file)) {
            store.record("ada", new ProgressEvent.Visited(STEPS.get(0)));
            store.keyUsed("ada", "SHA256:first");
            store.keyUsed("ada", "SHA256:second");
            store.keyUsed("ada", "SHA256:first");
        }
        assertThat(fromFile(file).learners().get(0).fingerprints()).containsExactly("SHA256:first", "SHA256:second");
    }

    @Test
    void aFileOfTheFirstSchemaIsReportedAsItIsAndNotMigrated() throws SQLException {
        var file = temp.resolve("progress.db");
        try (var connection = Database.connect(file)) {
            Schema.migrate(connection, Dialect.SQLITE, 1);
            StoreFiles.append(connection, "ada", new ProgressEvent.Visited(STEPS.get(0)));
        }
        assertThat(fromFile(file).learners()).singleElement()
                .satisfies(ada -> assertThat(ada.fingerprints()).isEmpty());
        try (var connection = StoreFiles.raw(file)) {
            assertThat(Schema.version(connection, Dialect.SQLITE)).as("the report writes nothing").isEqualTo(1);
        }
    }

    /** A file with one learner: {@code name} with {@code events}. */
    private static TreeMap<String, List<ProgressEvent>> one(String name, List<ProgressEvent> events) {
        var learners = new TreeMap<String, List<ProgressEvent>>();
        learners.put(name, events);
        return learners;
    }

    @Test
    void aReadOnlyFileIsReported() throws Exception {
        var learners = one(ReportFixture.ALAN, ReportFixture.alan());
        var file = fileWith(learners);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        assertThat(fromFile(file)).isEqualTo(replayed(learners));
    }

    @Test
    void aFileInAReadOnlyFolderIsReportedWithoutMakingAnythingBesideIt() throws Exception {
        var learners = one(ReportFixture.ADA, ReportFixture.ada());
        var file = fileWith(learners);
        Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            var builder = ClassReport.builder(Optional.of(ReportFixture.course()));
            assertThat(ProgressArchive.read(file, builder, StoreFiles.OWNER_MAY_WRITE)).isTrue();
            assertThat(builder.build()).isEqualTo(replayed(learners));
            try (var files = Files.list(temp)) {
                assertThat(files.map(Path::getFileName).map(Path::toString)).containsExactly("progress.db");
            }
        } finally {
            Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void noFileIsNoReportAndNothingIsMade() throws SQLException {
        assertThat(ProgressArchive.read(temp.resolve("progress.db"), ClassReport.builder(Optional.empty()))).isFalse();
        assertThat(temp.resolve("progress.db")).doesNotExist();
    }

    @Test
    void aLinkToItselfIsNamedAndNotFollowed() throws Exception {
        var file = Files.createSymbolicLink(temp.resolve("progress.db"), Path.of("progress.db"));
        assertThatThrownBy(() -> ProgressArchive.read(file, ClassReport.builder(Optional.empty())))
                .hasMessage("it is a symbolic link that leads back to itself (a loop of links)");
    }

    @Test
    void aNewerFileAsksForANewerNudgeAndDamageForTheTutorsRepair() throws Exception {
        var file = fileWith(new TreeMap<>());
        try (var connection = StoreFiles.raw(file)) {
            connection.createStatement().execute("INSERT INTO schema_version VALUES (99, 0)");
        }
        assertThatThrownBy(() -> ProgressArchive.read(file, ClassReport.builder(Optional.empty())))
                .isInstanceOfSatisfying(SQLException.class, e -> assertThat(ProgressArchive.advice(e))
                        .isEqualTo("Update nudge to report on it."));
        Files.writeString(file, "not a database at all\n".repeat(100));
        assertThatThrownBy(() -> ProgressArchive.read(file, ClassReport.builder(Optional.empty())))
                .isInstanceOfSatisfying(SQLException.class, e -> assertThat(ProgressArchive.advice(e))
                        .startsWith("It is damaged: start ./nudge once"));
    }
}
