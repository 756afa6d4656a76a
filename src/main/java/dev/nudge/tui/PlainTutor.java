package dev.nudge.tui;

import dev.nudge.i18n.Messages;
import dev.nudge.keys.Key;
import dev.nudge.layout.Glyphs;
import dev.nudge.layout.Writing;
import dev.nudge.progress.ProgressSink;
import dev.nudge.step.PlainLine;
import dev.nudge.tutor.Effect;
import dev.nudge.tutor.Event;
import dev.nudge.tutor.Page;
import dev.nudge.tutor.Tutor;
import dev.nudge.tutor.TutorState;
import dev.nudge.tutor.Update;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The tutor line by line, for screen readers, {@code TERM=dumb} and pipes: it prints each step with equations on one
 * line, reads commands and answers as lines, and turns them into the same key events the full-screen tutor gets, so
 * the tutor core and the progress are the same.
 */
public final class PlainTutor {
    private static final Set<String> COMMANDS = Set.of("n", "p", "h", "t", "l", "q", "?", "r");

    private final BufferedReader in;
    private final PrintWriter out;
    private final ViewOptions options;
    private final ProgressSink progress;
    private final int width;
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
        var state = initial;
        print(state);
        while (true) {
            out.print("> ");
            out.flush();
            var line = in.readLine();
            if (line == null) {
                out.println();
                out.flush();
                return state;
            }
            for (var key : keys(state, line.strip())) {
                var update = Tutor.update(state, new Event.KeyPressed(key));
                state = update.state();
                perform(update);
                if (update.quits()) {
                    out.flush();
                    return state;
                }
            }
            print(state);
        }
    }

    private void perform(Update update) {
        for (var effect : update.effects()) {
            if (effect instanceof Effect.Record record) {
                progress.record(record.event());
            } else if (effect instanceof Effect.ResetLesson reset) {
                progress.reset(reset.lessonId());
            }
        }
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
        } else {
            var writing = new Writing(state.language(), Glyphs.choose(options.ascii(), state.language()));
            var meant = state.page() == Page.LESSON ? state.session().plainLine(line, writing) : PlainLine.typed(line);
            meant.message().ifPresent(out::println);
            keys.addAll(meant.keys());
        }
        return keys;
    }

    /** Prints what changed since the last print: the whole step after a move, else its new lines. */
    private void print(TutorState state) {
        var d = new Drawing(null, state.language(), Glyphs.choose(options.ascii(), state.language()),
                Theme.choose(false));
        var lines = PlainPages.lines(d, state, width);
        int common = 0;
        while (common < Math.min(lines.size(), shown.size()) && lines.get(common).equals(shown.get(common))) {
            common++;
        }
        boolean sameStep = common > 0;
        for (var line : sameStep ? lines.subList(common, lines.size()) : lines) {
            out.println(line.stripTrailing());
        }
        state.notice().ifPresent(notice -> out.println(Messages.text(state.language(), notice.messageKey(),
                FooterView.arguments(d, notice.arguments()))));
        out.flush();
        shown = lines;
    }
}
