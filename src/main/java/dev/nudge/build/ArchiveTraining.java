package dev.nudge.build;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import dev.nudge.cli.CourseSource;
import dev.nudge.cli.LocalSession;
import dev.nudge.cli.Main;
import dev.nudge.cli.Sqlite;
import dev.nudge.cli.TerminalSession;
import dev.nudge.i18n.Language;
import dev.nudge.progress.LazyProgressStore;
import dev.nudge.progress.Progress;
import dev.nudge.progress.ProgressSink;
import dev.nudge.tui.runtime.Inbox;
import dev.nudge.tui.runtime.KeyInput;
import dev.nudge.tui.runtime.Settling;
import dev.nudge.tui.runtime.TutorLoop;
import dev.nudge.tui.terminal.LocalTerminal;
import dev.nudge.tui.terminal.StreamTerminal;
import dev.nudge.tui.terminal.SubscriptProbe;
import dev.nudge.tui.view.ViewOptions;
import dev.nudge.tutor.CourseBook;
import dev.nudge.tutor.TutorState;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The run the build records the class-data-sharing archive from ({@code -XX:ArchiveClassesAtExit}); build tooling,
 * run by the launcher, never by a learner. With the archive the JVM maps the classes a start needs in ready-made,
 * instead of reading and verifying them from the jar, and it keeps the classes of the lambdas those classes ran; so
 * this run takes the local start path as closely as it can without a terminal: the command line of {@link Main}, bare
 * and with the tutor's own options, each running the full-screen tutor of {@link TerminalSession} on a terminal over
 * streams, whose keys (and a cursor-position report, as a terminal answers the subscript probe) open the help and
 * quit, with the course and a throwaway progress store loaded after the first frame as in a real start; then a walk
 * of the pages a learner sees first, on a virtual terminal. It needs no terminal and leaves nothing behind.
 */
public final class ArchiveTraining {
    private static final int REVEAL_STAGES = 8;
    private static final String CTRL_C = "\u0003";
    private static final long PAUSE_MILLIS = 2;
    private static final TerminalSize SIZE = new TerminalSize(80, 24);

    private ArchiveTraining() {
    }

    /** Classes of the start path this run cannot take without a terminal, which loading alone puts in the archive. */
    private static final List<Class<?>> START_PATH = List.of(LocalTerminal.class);

    /** The command lines rehearsed: bare, as most learners start, and with the tutor's own options. */
    private static final List<List<String>> COMMAND_LINES = List.of(List.of(), List.of("--lang", "ja"),
            List.of("--ascii", "--no-color"));

    public static void main(String[] args) throws IOException, InterruptedException {
        START_PATH.forEach(Class::getName);
        startAProcess();
        var out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        var err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        var folder = Files.createTempDirectory("nudge-archive-");
        try {
            for (var commandLine : COMMAND_LINES) {
                int code = Main.run(rehearsal(folder), out, err, commandLine.toArray(String[]::new));
                if (code != 0) {
                    System.exit(code);
                }
            }
            var book = CourseSource.teach();
            for (var language : Language.values()) {
                walkPages(book, language);
            }
        } finally {
            deleteAll(folder);
        }
    }

    /** A session that runs the real full-screen tutor, in the language and look chosen, on a stream terminal. */
    private static LocalSession rehearsal(Path folder) {
        return (language, options, plain, who, err) -> {
            Main.localSession(); // its method reference is made on every real start
            var store = new LazyProgressStore(() -> Sqlite.openStore(folder.resolve("progress.db")));
            try {
                var terminal = new StreamTerminal(new PacedKeys(keys()), OutputStream.nullOutputStream(), SIZE);
                // As a real start does: the first key below answers it.
                var measured = options.measuredBy(() -> terminal.measureSubscripts(SubscriptProbe.TIME_OUT));
                TerminalSession.runFullScreen(terminal, language, measured, store, "archive");
                return 0;
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException("the rehearsal of the tutor stopped", e);
            } finally {
                store.close();
            }
        };
    }

    /**
     * Starts a process as Lanterna starts {@code stty}, so the JDK's classes for starting processes are archived too;
     * without a terminal this {@code stty} fails, which does not matter.
     */
    private static void startAProcess() {
        try {
            new ProcessBuilder("/bin/stty", "-g").redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .redirectErrorStream(true).start().waitFor();
        } catch (IOException e) {
            // No stty here: only those classes go unarchived.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * A cursor-position report, as a terminal answers the subscript probe, then the help and Ctrl-C. These keys come
     * while the tutor is still reading the course, so it handles them together and draws once: the pages are walked
     * one frame at a time by {@link #walkPages}.
     */
    private static List<String> keys() {
        return List.of("\u001b[" + SIZE.getRows() + ";" + SIZE.getColumns() + "R", "?", CTRL_C);
    }

    /**
     * Walks the pages a learner sees first, each key once the frame of the one before is drawn: the help, the
     * contents, down to the third lesson (a guess), every stage of its reveal, on to the next step, and Ctrl-C.
     */
    private static void walkPages(CourseBook book, Language language) throws IOException, InterruptedException {
        var keys = new ArrayList<>(List.of(character('?'), character('?'), character('t'),
                new KeyStroke(KeyType.ArrowDown), new KeyStroke(KeyType.ArrowDown), new KeyStroke(KeyType.Enter),
                character('+'), new KeyStroke(KeyType.ArrowDown), character('+')));
        for (int i = 0; i <= REVEAL_STAGES; i++) {
            keys.add(new KeyStroke(KeyType.Enter));
        }
        keys.add(new KeyStroke('c', true, false));
        var inbox = new Inbox();
        var settling = new Settling(inbox);
        var pressed = new AtomicInteger();
        KeyInput input = () -> {
            while (!settling.settled(pressed.get())) {
                Thread.sleep(1);
            }
            int next = pressed.getAndIncrement();
            return next < keys.size() ? keys.get(next) : new KeyStroke(KeyType.EOF);
        };
        new TutorLoop(new DefaultVirtualTerminal(SIZE), input, inbox, new ViewOptions(false, true),
                ProgressSink.NONE, settling).run(TutorState.start(book, language, Progress.NONE));
    }

    private static KeyStroke character(char c) {
        return new KeyStroke(c, false, false);
    }

    private static void deleteAll(Path folder) throws IOException {
        try (var files = Files.list(folder)) {
            for (var each : files.toList()) {
                Files.deleteIfExists(each);
            }
        }
        Files.deleteIfExists(folder);
    }

    /** Keys as a terminal sends them: each one's bytes at once, after a short pause, so each gets its own frame. */
    private static final class PacedKeys extends InputStream {
        private final Queue<byte[]> keys = new ArrayDeque<>();
        private byte[] current = new byte[0];
        private int next;

        PacedKeys(List<String> keys) {
            keys.forEach(key -> this.keys.add(key.getBytes(StandardCharsets.UTF_8)));
        }

        @Override
        public int read() throws IOException {
            var one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        /** The next key is there at once, as a terminal's answer is to a probe that polls for it. */
        @Override
        public int available() throws IOException {
            return nextKey() ? current.length - next : 0;
        }

        @Override
        public int read(byte[] into, int offset, int length) throws IOException {
            if (!nextKey()) {
                return -1;
            }
            int count = Math.min(length, current.length - next);
            System.arraycopy(current, next, into, offset, count);
            next += count;
            return count;
        }

        /** Whether a key's bytes are left to read, taking the next key (after the pause) when this one is read. */
        private boolean nextKey() throws IOException {
            if (next == current.length) {
                if (keys.isEmpty()) {
                    return false;
                }
                pause();
                current = keys.remove();
                next = 0;
            }
            return true;
        }

        private static void pause() throws IOException {
            try {
                Thread.sleep(PAUSE_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new java.io.InterruptedIOException("the training was interrupted");
            }
        }
    }
}
