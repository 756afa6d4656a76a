package dev.nudge.cli;

import com.googlecode.lanterna.terminal.Terminal;
import dev.nudge.i18n.Language;
import dev.nudge.i18n.Messages;
import dev.nudge.progress.LazyProgressStore;
import dev.nudge.progress.Progress;
import dev.nudge.progress.ProgressSink;
import dev.nudge.progress.ProgressStore;
import dev.nudge.progress.StoreUnavailableException;
import dev.nudge.tui.plain.PlainTutor;
import dev.nudge.tui.runtime.KeyInput;
import dev.nudge.tui.runtime.TutorLoop;
import dev.nudge.tui.terminal.LocalTerminal;
import dev.nudge.tui.terminal.SubscriptProbe;
import dev.nudge.tui.view.ViewOptions;
import dev.nudge.tutor.CourseBook;
import dev.nudge.tutor.Event;
import dev.nudge.tutor.TutorState;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Function;

/**
 * The real local session: the tutor in the terminal on standard input and output, always given back clean, with the
 * learner's progress kept in a store that is always closed (so written out) when the session ends.
 */
public final class TerminalSession implements LocalSession {
    private final Function<ProgressLocation, ProgressStore> stores;

    /** A session that keeps progress in the store {@code stores} opens where the learner's progress is kept. */
    TerminalSession(Function<ProgressLocation, ProgressStore> stores) {
        this.stores = stores;
    }

    @Override
    public int run(Language language, ViewOptions options, boolean plain, LearnerData who, PrintWriter err) {
        boolean noTerminal = System.console() == null || "dumb".equals(System.getenv("TERM"));
        ProgressStore store;
        try {
            store = opened(who.progress());
        } catch (StoreUnavailableException e) {
            err.println("nudge: " + e.getMessage());
            err.flush();
            return 1;
        }
        try {
            if (plain || noTerminal) {
                var book = CourseSource.load(err);
                if (book.isEmpty()) {
                    return 1;
                }
                return TerminalRun.exitCode(() -> {
                    tellProblem(store, language, err);
                    if (!plain) {
                        err.println(Messages.text(language, "plain.mode"));
                        err.flush();
                    }
                    runPlain(book.get(), language, options, store, who.learner());
                }, err);
            }
            int code = TerminalRun.exitCode(() -> runInTerminal(language, options, store, who.learner(), err), err);
            // The full screen hid what was said at the start; say it again now that the terminal is back.
            tellProblem(store, language, err);
            return code;
        } catch (CourseSource.Unteachable problems) {
            problems.report(err);
            return 1;
        } finally {
            store.close();
        }
    }

    /**
     * The store, opened on first use when it is a file (the full-screen tutor draws its first frame before it needs
     * the progress), else now, so that a database that does not answer is said before the terminal is taken.
     */
    private ProgressStore opened(ProgressLocation location) {
        return location.opensAfterFirstFrame() ? new LazyProgressStore(() -> stores.apply(location))
                : stores.apply(location);
    }

    /** Says what went wrong with the progress file, in the learner's language: they read it before and after. */
    private static void tellProblem(ProgressStore store, Language language, PrintWriter err) {
        store.health().problem().ifPresent(problem -> {
            err.println("nudge: " + problem.text(language));
            err.flush();
        });
    }

    private static void runPlain(CourseBook book, Language language, ViewOptions options, ProgressStore store,
            String learner) throws IOException {
        var in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        var out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), false);
        new PlainTutor(in, out, options, columns(), ProgressSink.of(store, learner))
                .run(TutorState.start(book, language, store.load(learner), learner));
    }

    /** The width to wrap plain text to: the terminal's, when the shell says it, else 80. */
    private static int columns() {
        try {
            return Integer.parseInt(System.getenv().getOrDefault("COLUMNS", "80").strip());
        } catch (NumberFormatException e) {
            return 80;
        }
    }

    private static void runInTerminal(Language language, ViewOptions options, ProgressStore store, String learner,
            PrintWriter err) throws IOException, InterruptedException {
        var terminal = LocalTerminal.open();
        try (var guard = CrashGuard.install(terminal::giveBack, err, System::exit)) {
            // Asked before the first frame, while nothing else reads the keys, so the answer is never taken for one.
            var measured = options.measuredBy(() -> terminal.measureSubscripts(SubscriptProbe.TIME_OUT));
            runFullScreen(terminal, language, measured, store, learner);
        } finally {
            terminal.close();
        }
    }

    /**
     * The full-screen tutor on {@code terminal}, reading its keys from it. Its first frame, the start page, shows
     * nothing of the course or the learner's progress, so it is drawn before either is read; keys pressed meanwhile
     * wait, and are handled once both are there. The build's archive training rehearses it on a stream terminal.
     */
    public static void runFullScreen(Terminal terminal, Language language, ViewOptions options, ProgressStore store,
            String learner) throws IOException, InterruptedException {
        var loop = new TutorLoop(terminal, KeyInput.of(terminal), options, ProgressSink.of(store, learner));
        loop.run(TutorState.start(CourseBook.loading(language), language, Progress.NONE), () -> {
            // The course and the progress are read side by side: opening the store is mostly SQLite starting up.
            var progress = new FutureTask<>(() -> store.load(learner));
            var opening = new Thread(progress, "nudge-progress-open");
            opening.setDaemon(true);
            opening.start();
            var book = CourseSource.teach();
            var resumed = TutorState.start(book, language, outcome(progress), learner);
            watchHealth(store, loop);
            return resumed;
        });
    }

    /** What {@code task} gave, waiting for it; what it threw is thrown again. */
    private static <T> T outcome(FutureTask<T> task) {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the progress was being read", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException problem) {
                throw problem;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Tells the loop whenever the store stops or starts keeping progress, and at once if it already cannot. */
    private static void watchHealth(ProgressStore store, TutorLoop loop) {
        store.onHealthChange(health -> loop.post(new Event.StoreHealth(health)));
        if (!store.health().saving()) {
            loop.post(new Event.StoreHealth(store.health()));
        }
    }
}
