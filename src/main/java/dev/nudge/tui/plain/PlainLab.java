package dev.nudge.tui.plain;

import dev.nudge.keys.Key;
import dev.nudge.lab.LabModel;
import dev.nudge.layout.MathText;
import dev.nudge.layout.Wrap;
import dev.nudge.math.MathException;
import dev.nudge.math.Rational;
import dev.nudge.tui.view.Drawing;
import dev.nudge.tui.view.LabReadout;
import dev.nudge.tui.view.LabView;
import dev.nudge.tutor.Event;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The lab line by line: its numbers as lines of text, and the commands a learner types (set a parameter, step the
 * descent, change the rate or the loss, reset, leave) as the events the lab page takes. There is no running descent
 * here: output that scrolls by itself would bury the numbers, so {@code s} takes as many steps as asked.
 */
final class PlainLab {
    /** The most steps one line may ask for: each one is computed, and a line is one learner's command. */
    static final int MOST_STEPS = 100;
    /** Single-letter commands and the lab key each one presses. */
    private static final Map<String, Character> KEYS = Map.of("[", '[', "]", ']', "+", '+', "-", '-', "m", 'm',
            "0", '0', "?", '?', "q", 'q');

    private PlainLab() {
    }

    /** The lab's title, its parameters with their slopes and the loss, its data, and any notice, as plain lines. */
    static List<String> lines(Drawing d, LabModel model, int width) {
        var lines = new ArrayList<String>();
        lines.add("");
        lines.add(LabView.title(d, model));
        LabReadout.parameters(d, model).forEach(line -> lines.add(line.text().stripTrailing()));
        LabReadout.points(d, model, model.setup().points().size() + 1)
                .forEach(line -> lines.add(line.text().stripTrailing()));
        if (model.diverging()) {
            lines.add(d.text("lab.diverging"));
        }
        model.notice().ifPresent(notice -> lines.add(LabView.text(d, notice)));
        if (model.help()) {
            lines.addAll(Wrap.wrap(d.text("plain.lab.help"), width));
        }
        return lines;
    }

    /** The events a line stands for; empty when it is no lab command (the caller then says how to type one). */
    static List<Event> events(Drawing d, LabModel model, String line) {
        var events = command(d, model, line);
        if (model.help() && !events.isEmpty() && !"?".equals(line)) {
            // The help is printed once, not a panel to close: a command after it closes it first.
            var closingFirst = new ArrayList<Event>();
            closingFirst.add(new Event.KeyPressed(Key.character('?')));
            closingFirst.addAll(events);
            return closingFirst;
        }
        return events;
    }

    private static List<Event> command(Drawing d, LabModel model, String line) {
        var key = KEYS.get(line.toLowerCase(Locale.ROOT));
        if (key != null) {
            return List.of(new Event.KeyPressed(Key.character(key)));
        }
        var words = line.split("\\s+");
        if (words[0].equalsIgnoreCase("s") && words.length <= 2) {
            return steps(words.length == 1 ? "1" : words[1]);
        }
        int equals = line.indexOf('=');
        if (equals > 0) {
            return typed(d, model, line.substring(0, equals).strip(), line.substring(equals + 1).strip());
        }
        return List.of();
    }

    private static List<Event> steps(String count) {
        int steps;
        try {
            steps = Integer.parseInt(count);
        } catch (NumberFormatException notACount) {
            return List.of();
        }
        if (steps < 1 || steps > MOST_STEPS) {
            return List.of();
        }
        var events = new ArrayList<Event>();
        for (int i = 0; i < steps; i++) {
            events.add(new Event.KeyPressed(Key.character('s')));
        }
        return events;
    }

    private static List<Event> typed(Drawing d, LabModel model, String name, String value) {
        // A name that is no parameter goes to the lab as typed: the lab says there is no such parameter.
        var parameter = parameter(d, model, name).orElse(name);
        try {
            return List.of(new Event.ParameterTyped(parameter, Rational.parse(value)));
        } catch (MathException | NumberFormatException notANumber) {
            return List.of();
        }
    }

    /** The parameter {@code typed} names, written as the lab shows it ({@code P₀}) or as typed ({@code P_0}, {@code P0}). */
    private static Optional<String> parameter(Drawing d, LabModel model, String typed) {
        var names = new MathText(d.glyphs());
        return model.parameters().stream().filter(name -> typed.equals(name) || typed.equals(name.replace("_", ""))
                || typed.equals(names.name(name))).findFirst();
    }
}
