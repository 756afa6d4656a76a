package dev.nudge.tui.plain;

import dev.nudge.i18n.Messages;
import dev.nudge.keys.Key;
import dev.nudge.lab.LabModel;
import dev.nudge.layout.Writing;
import dev.nudge.progress.ProgressSink;
import dev.nudge.step.Instructions;
import dev.nudge.step.Notice;
import dev.nudge.step.PlainLine;
import dev.nudge.tui.runtime.Display;
import dev.nudge.tui.runtime.EventLoop;
import dev.nudge.tui.runtime.EventSource;
import dev.nudge.tui.runtime.LoopWatch;
import dev.nudge.tui.view.Drawing;
import dev.nudge.tui.view.Theme;
import dev.nudge.tui.view.ViewOptions;
import dev.nudge.tutor.BodyLayout;
import dev.nudge.tutor.Event;
import dev.nudge.tutor.Page;
import dev.nudge.tutor.TutorState;
import dev.nudge.tutor.Window;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.Set;

/**
 * The tutor line by line, for screen readers, {@code TERM=dumb} and pipes: a display that prints each step with
 * equations on one line, and a source of events that reads commands and answers as lines and turns them into the
 * same events the full-screen tutor gets. It runs on the same {@link EventLoop}, so the tutor core, the lab and the
 * progress are the same.
 */
public final class PlainTutor implements Display, EventSource {
    /** The lines that are commands even while an answer is typed (the tutor leaves the field first). */
    static final Set<String> COMMANDS = Set.of("n", "p", "h", "t", "l", "q", "?", "r");
    /** The notices that speak of keys a plain learner has not got, and so have a plain wording. */
    private static final Set<String> PLAIN_NOTICES = Set.of("notice.chooseFirst", "notice.chooseEveryParameter",
            "notice.keyDoesNothing", "notice.escCloses");

    private final BufferedReader in;
    private final PrintWriter out;
    private final ViewOptions options;
    private final ProgressSink progress;
    private final int width;
    private final Queue<Event> pending = new ArrayDeque<>();
    /** The state last printed: a line is read as a command in it. */
    private TutorState state;
    private List<String> shown = List.of();

    public PlainTutor(BufferedReader in, PrintWriter out, ViewOptions options, int width,
            ProgressSink progress) {
        this.in = in;
        this.out = out;
        this.options = options;
        this.width = Math.max(20, width);
        this.progress = progress;
    }

    /** Runs until the learner quits or the input ends; returns the final state. */
    public TutorState run(TutorState initial) throws IOException {
        try {
            var last = new EventLoop(this, this, progress, LoopWatch.NONE).run(initial, () -> initial);
            out.flush();
            return last;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("the plain tutor was interrupted");
        }
    }

    @Override
    public Window window() {
        // Lines scroll by themselves: only the width matters.
        return new Window(width, 0);
    }

    @Override
    public BodyLayout layout() {
        return BodyLayout.FITS;
    }

    /** Reads lines until one stands for something; the end of the input closes the session. */
    @Override
    public Event take() throws IOException {
        while (pending.isEmpty()) {
            out.print("> ");
            out.flush();
            var line = in.readLine();
            if (line == null) {
                out.println();
                out.flush();
                return new Event.InputClosed();
            }
            pending.addAll(events(state, line.strip()));
        }
        return pending.remove();
    }

    /** The same as {@link #take}: a line read has no time-out, and nothing here asks for a running descent. */
    @Override
    public Event poll(long millis) throws IOException {
        return take();
    }

    @Override
    public Event poll() {
        return pending.poll();
    }

    /** The events a line stands for: a lab command, or the keys of a command, an answer or a guess. */
    List<Event> events(TutorState state, String line) {
        var lab = state.lab();
        if (state.page() == Page.LAB && lab.isPresent()) {
            var events = PlainLab.events(drawing(state), lab.get(), line);
            if (events.isEmpty()) {
                out.println(Messages.text(state.language(), "plain.lab.usage"));
            }
            return events;
        }
        return keys(state, line).stream().<Event>map(Event.KeyPressed::new).toList();
    }

    /** The keys a line stands for: a command, an answer, or a guess. */
    List<Key> keys(TutorState state, String line) {
        var keys = new ArrayList<Key>();
        boolean command = COMMANDS.contains(line);
        boolean typing = state.page() == Page.LESSON && state.session().takesText();
        if (typing && command) {
            keys.add(Key.of(Key.Kind.ESCAPE));
        }
        if (line.isEmpty()) {
            keys.add(Key.of(typing ? Key.Kind.ESCAPE : Key.Kind.ENTER));
            if (typing) {
                keys.add(Key.of(Key.Kind.RIGHT));
            }
        } else if (command) {
            keys.add(Key.character(line.charAt(0)));
        } else if (state.page() == Page.CONTENTS && lessonNumber(state, line) > 0) {
            // "13" opens lesson 13: the digit keys alone reach only lessons 1 to 9
            keys.add(Key.of(Key.Kind.HOME));
            for (int i = 1; i < lessonNumber(state, line); i++) {
                keys.add(Key.of(Key.Kind.DOWN));
            }
            keys.add(Key.of(Key.Kind.ENTER));
        } else {
            var writing = new Writing(state.language(), options.glyphs(state.language()));
            var meant = state.page() == Page.LESSON ? state.session().plainLine(line, writing) : PlainLine.typed(line);
            meant.message().ifPresent(out::println);
            keys.addAll(meant.keys());
        }
        return keys;
    }

    /** The lesson a line on the contents names by its number, from 1; 0 when it names none. */
    private static int lessonNumber(TutorState state, String line) {
        if (!line.matches("[0-9]{1,3}")) {
            return 0;
        }
        int number = Integer.parseInt(line);
        return number <= state.book().lessonCount() ? number : 0;
    }

        /** Prints what changed since the last print: the whole step after a move, else its new lines. */
    @Override
    public void show(TutorState next) {
        state = next;
        if (next.page() == Page.LAB && next.lab().filter(LabModel::finished).isPresent()) {
            // "s 100" stops where the descent does: the notice says why, once, instead of a hundred times.
            pending.clear();
        }
        var d = drawing(next);
        var lines = PlainPages.lines(d, next, width);
        int common = 0;
        while (common < Math.min(lines.size(), shown.size()) && lines.get(common).equals(shown.get(common))) {
            common++;
        }
        boolean sameStep = common > 0;
        for (var line : sameStep ? lines.subList(common, lines.size()) : lines) {
            out.println(line.stripTrailing());
        }
        next.notice().ifPresent(notice -> out.println((PLAIN_NOTICES.contains(notice.messageKey())
                ? new Notice(notice.messageKey() + Instructions.PLAIN, notice.arguments(), notice.parts())
                : notice).text(new Writing(next.language(), options.glyphs(next.language())))));
        out.flush();
        shown = lines;
    }

    private Drawing drawing(TutorState state) {
        return new Drawing(null, state.language(), options.glyphs(state.language()),
                Theme.choose(false));
    }
}
