package dev.nudge.cli;

import dev.nudge.lesson.Course;
import dev.nudge.progress.postgresql.PostgresArchive;
import dev.nudge.progress.sqlite.ProgressArchive;
import dev.nudge.report.ClassReport;
import dev.nudge.report.ReportBuilder;
import dev.nudge.report.ReportFormat;
import dev.nudge.step.registry.Kinds;
import java.io.PrintWriter;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code nudge report}: every learner's progress and what the class finds hard, for a teacher. */
@Command(name = "report", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        sortOptions = false,
        description = {
            "Every learner's progress, and what the class finds hard.",
            "",
            "A line per learner: lessons completed, where they are, quizzes right at the first try, hints used and "
                    + "when they were last active; then, for each quiz and guess, how often the first answer was "
                    + "wrong.",
            "Safe to run while tutors or the class server are writing; with --store, it reads the class's "
                    + "PostgreSQL database that every node writes to."
        })
final class ReportCommand implements Callable<Integer> {
    static final int EXIT_UNREADABLE = 1;

    @Spec
    CommandSpec spec;

    @Option(names = "--format", paramLabel = "table|csv|json", converter = ReportFormatConverter.class,
            description = "table (default) for reading; csv for a spreadsheet; json for programs.")
    ReportFormat format = ReportFormat.TABLE;

    @Mixin
    DataOption data = new DataOption();

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        var report = ClassReport.builder(course(err));
        if (data.location() instanceof ProgressLocation.Database database) {
            try {
                if (!PostgresArchive.read(database.address(), System.getenv(), report)) {
                    err.println("nudge report: no progress is kept in " + database.address() + " yet.");
                }
            } catch (SQLException e) {
                err.println("nudge report: " + e.getMessage());
                err.flush();
                return EXIT_UNREADABLE;
            }
            return print(report, out, err);
        }
        var file = data.directory().progressFile();
        try {
            Sqlite.prepare();
            if (!ProgressArchive.read(file, report)) {
                err.println("nudge report: no progress is kept in " + file + " yet (choose the folder with --data DIR).");
            }
        } catch (SQLException e) {
            err.println("nudge report: cannot read the progress file " + file + " (" + e.getMessage() + "). "
                    + ProgressArchive.advice(e));
            err.flush();
            return EXIT_UNREADABLE;
        }
        return print(report, out, err);
    }

    private int print(ReportBuilder report, PrintWriter out, PrintWriter err) {
        out.print(format.render(report.build(), ZoneId.systemDefault()));
        out.flush();
        err.flush();
        return 0;
    }

    /** The course for titles; without it the report names steps by their ids. */
    private static Optional<? extends Course<?>> course(PrintWriter err) {
        var folder = CourseLocation.defaultFolder();
        var result = Kinds.load(folder);
        if (result.clean()) {
            return result.course();
        }
        err.println("nudge report: the course in " + folder + " cannot be read, so steps are named by their ids and "
                + "lessons completed are not counted.");
        return Optional.empty();
    }
}
