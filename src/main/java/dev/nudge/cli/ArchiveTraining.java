package dev.nudge.cli;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import dev.nudge.i18n.Language;
import dev.nudge.progress.DataDirectory;
import dev.nudge.progress.LazyProgressStore;
import dev.nudge.progress.sqlite.SqliteProgressStore;
import dev.nudge.progress.Progress;
import dev.nudge.progress.ProgressSink;
import dev.nudge.tui.LocalTerminal;
import dev.nudge.tui.TutorLoop;
import dev.nudge.tui.ViewOptions;
import dev.nudge.tutor.CourseBook;
import dev.nudge.tutor.TutorState;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * The run the build records the class-data-sharing archive from ({@code -XX:ArchiveClassesAtExit}): it loads the
 * course and walks the first pages of the tutor in each language on a virtual terminal, so the classes a local start
 * needs are loaded, and with the archive the JVM maps them in ready-made instead of reading and verifying them from
 * the jar at every start. It needs no terminal and writes nothing.
 */
public final class ArchiveTraining {
    private static final int PAGES = 12;
    private static final long PAUSE_MILLIS = 2;

    private ArchiveTraining() {
    }

    /** Classes of the start path this run does not reach by itself, which loading alone puts in the archive. */
    private static final List<Class<?>> START_PATH = List.of(LocalTerminal.class, TerminalSession.class,
            QuickStart.class, NudgeCommand.class, LocaleDefaults.class, LearnerData.class, Learners.class,
            DataDirectory.class, LazyProgressStore.class, ProcessBuilder.class);

    public static void main(String[] args) throws IOException, InterruptedException {
        START_PATH.forEach(Class::getName);
        openStore();
        var book = CourseSource.load(new PrintWriter(System.err, true, StandardCharsets.UTF_8));
        if (book.isEmpty()) {
            System.exit(1);
        }
        for (var language : Language.values()) {
            walk(book.get(), language, new ViewOptions(false, true));
        }
    }

    /** Opens and closes a throwaway progress store, so the classes of SQLite and its driver are archived too. */
    private static void openStore() throws IOException {
        var folder = Files.createTempDirectory("nudge-archive-");
        var file = folder.resolve("progress.db");
        try (var store = SqliteProgressStore.open(file)) {
            store.load("archive");
        } finally {
            try (var files = Files.list(folder)) {
                for (var each : files.toList()) {
                    Files.deleteIfExists(each);
                }
            }
            Files.deleteIfExists(folder);
        }
    }

    private static void walk(CourseBook book, Language language, ViewOptions options)
            throws IOException, InterruptedException {
        var keys = new ArrayDeque<>(keys());
        var terminal = new DefaultVirtualTerminal(new TerminalSize(80, 24));
        var loop = new TutorLoop(terminal, () -> {
            Thread.sleep(PAUSE_MILLIS);
            return keys.poll();
        }, options, ProgressSink.recordingTo(event -> { }));
        loop.run(TutorState.start(book, language, Progress.NONE));
    }

    /** Start, page forward through the first lessons, open and close the help and the contents, then quit. */
    private static List<KeyStroke> keys() {
        var keys = new ArrayList<KeyStroke>();
        for (int i = 0; i < PAGES; i++) {
            keys.add(new KeyStroke(KeyType.Enter));
        }
        keys.add(new KeyStroke('?', false, false));
        keys.add(new KeyStroke(KeyType.Escape));
        keys.add(new KeyStroke('t', false, false));
        keys.add(new KeyStroke(KeyType.Escape));
        keys.add(new KeyStroke('q', false, false));
        return keys;
    }
}
