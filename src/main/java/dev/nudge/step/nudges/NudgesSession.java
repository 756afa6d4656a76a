package dev.nudge.step.nudges;

import static dev.nudge.keys.KeyPattern.character;
import static dev.nudge.keys.KeyPattern.named;
import static dev.nudge.step.StepAction.bind;

import dev.nudge.keys.Key;
import dev.nudge.keys.Keymap;
import dev.nudge.layout.KeyHint;
import dev.nudge.layout.Line;
import dev.nudge.layout.ProseLayout;
import dev.nudge.layout.Segment;
import dev.nudge.layout.Tone;
import dev.nudge.layout.Writing;
import dev.nudge.math.Work;
import dev.nudge.step.AnswerField;
import dev.nudge.step.AnswerHints;
import dev.nudge.step.FieldKeys;
import dev.nudge.step.HintLadder;
import dev.nudge.step.HintLines;
import dev.nudge.step.InputField;
import dev.nudge.step.Notice;
import dev.nudge.step.PlainLine;
import dev.nudge.step.StepAction;
import dev.nudge.step.StepSession;
import dev.nudge.step.StepUpdate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A nudges step in progress: the table with the rows the learner added, the nudge being typed, what the tutor said
 * about the last one (its row added, or why it was refused), and the hints shown. Nothing is scored: the step is
 * there to try nudges, and Enter goes on once a row of one's own is in the table.
 *
 * @param step the step
 * @param table the table, with the learner's rows
 * @param field the nudge being typed
 * @param typing whether keys go into the field
 * @param said what the tutor said about the last nudge typed, if anything
 * @param refused whether that nudge was refused
 * @param hints how many rungs of the hint ladder are shown
 */
public record NudgesSession(NudgesStep step, NudgesTable table, InputField field, boolean typing,
        Optional<Notice> said, boolean refused, int hints) implements StepSession {
    public NudgesSession {
        if (hints < 0 || hints > HintLadder.LADDER) {
            throw new IllegalArgumentException("there are " + HintLadder.LADDER + " hints");
        }
    }

    static NudgesSession start(NudgesStep step, NudgesTable table) {
        return new NudgesSession(step, table, InputField.empty(), false, Optional.empty(), false, 0);
    }

    NudgesSession edit(InputField newField) {
        return new NudgesSession(step, table, newField, true, said, refused, hints);
    }

    NudgesSession typing(boolean on) {
        return new NudgesSession(step, table, field, on, said, refused, hints);
    }

    NudgesSession withHints(int shown) {
        return new NudgesSession(step, table, field, typing, said, refused, shown);
    }

    /** This session after {@code entry}: a row added closes the field, a refusal keeps it open to fix the nudge. */
    NudgesSession after(NudgeEntry entry) {
        return new NudgesSession(step, entry.table().orElse(table), entry.refused() ? field : InputField.empty(),
                entry.refused(), Optional.of(entry.notice()), entry.refused(), hints);
    }

    @Override
    public Keymap<StepAction> keymap() {
        var hint = Keymap.of(bind("help.hint", (now, key) -> HintLadder.climb(now, hints, this::withHints),
                character('h')));
        if (typing) {
            return Keymap.of(
                    bind("help.addRow", (now, key) -> submit(now), named(Key.Kind.ENTER)),
                    bind("help.leaveField", (now, key) -> now.withSession(typing(false))
                            .withNotice(Notice.of("notice.leftField")), named(Key.Kind.ESCAPE)))
                    .then(FieldKeys.keymap(field, this::edit));
        }
        // Once a row of their own is in the table, Enter is the tutor's again: on to the next step.
        var keys = table.own() > 0 ? List.of(character('i')) : List.of(named(Key.Kind.ENTER), character('i'));
        return Keymap.of(bind("help.typeNudge", (now, key) -> now.withSession(typing(true)), keys)).then(hint);
    }

    /** Adds the typed nudge's row, or says why not, unless the session has spent its budget for checking. */
    private StepUpdate submit(StepUpdate now) {
        var checking = now.checking();
        if (checking.exhausted()) {
            return now.withSession(after(new NudgeEntry(Optional.empty(), Notice.of("quiz.checkingPaused")))).toEnd();
        }
        var meter = Work.counting();
        var entry = meter.run(() -> NudgeEntry.of(field.text(), table));
        return now.withChecking(checking.after(meter.used())).withSession(after(entry)).toEnd();
    }

    /** The table, what the ratios close in on, the field for a nudge of one's own, the last reply, hints and keys. */
    @Override
    public List<Line> lines(Writing d, ProseLayout prose) {
        var lines = new ArrayList<Line>();
        lines.add(Line.EMPTY);
        lines.addAll(NudgesLayout.lines(d, prose, table));
        if (!prose.flat()) {
            // Read line by line, the learner's own line is the nudge: there is no field to show.
            lines.add(Line.EMPTY);
            lines.add(AnswerField.line(d.text("nudges.yourNudge"), d.text(table.own() > 0 ? "nudges.emptyFieldAgain"
                    : "nudges.emptyField"), prose, field, typing));
        }
        said.ifPresent(notice -> {
            var mark = refused ? d.glyphs().wrong : d.glyphs().right;
            lines.addAll(prose.labelled(mark + " ", refused ? Tone.BAD : Tone.GOOD, List.of(new Segment(
                    notice.text(d), Tone.TEXT))));
        });
        HintLines.add(lines, d, prose, step.hints(), hints);
        lines.add(Line.EMPTY);
        var keys = prose.flat() ? "nudges.plainKeys" : typing ? "nudges.typingKeys"
                : table.own() > 0 ? "nudges.againKeys" : "nudges.commandKeys";
        lines.addAll(prose.labelled("", Tone.TEXT, List.of(new Segment(d.text(keys), Tone.MUTED))));
        return lines;
    }

    @Override
    public List<KeyHint> keyHints(Writing d) {
        if (typing) {
            return List.of(new KeyHint("Enter", d.text("key.addRow")), new KeyHint("Esc", d.text("key.leaveField")));
        }
        var keys = new ArrayList<KeyHint>();
        keys.add(new KeyHint(table.own() > 0 ? "i" : "Enter", d.text("key.typeNudge")));
        AnswerHints.hint(d, hints).ifPresent(keys::add);
        keys.add(new KeyHint(d.glyphs().arrow, d.text("key.next")));
        return keys;
    }

    @Override
    public boolean takesText() {
        return typing;
    }

    /** In the plain tutor a typed line is a nudge: its row is added; a single letter is still a command. */
    @Override
    public PlainLine plainLine(String line, Writing writing) {
        if (typing) {
            return PlainLine.answer(line);
        }
        if (line.length() == 1 && Character.isLetter(line.charAt(0))) {
            return PlainLine.typed(line);
        }
        var keys = new ArrayList<Key>();
        keys.add(Key.character('i'));
        keys.addAll(PlainLine.answer(line).keys());
        return new PlainLine(keys, Optional.empty());
    }
}
