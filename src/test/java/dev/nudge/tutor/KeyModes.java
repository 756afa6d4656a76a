package dev.nudge.tutor;

import dev.nudge.i18n.Language;
import dev.nudge.keys.Key;
import dev.nudge.step.guess.GuessSession;
import dev.nudge.step.guess.RevealStage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One state of each mode the tutor has keys for, on the real course, and every key a learner can press: what the
 * keymap tests press in every mode.
 */
public final class KeyModes {
    private KeyModes() {
    }

    private static TutorState press(TutorState state, Key... keys) {
        for (var key : keys) {
            state = Tutor.update(state, new Event.KeyPressed(key)).state();
        }
        return state.withoutNotice();
    }

    private static TutorState type(TutorState state, String characters) {
        return press(state, characters.chars().mapToObj(c -> Key.character((char) c)).toArray(Key[]::new));
    }

    private static Key key(Key.Kind kind) {
        return Key.of(kind);
    }

    /** Every mode by name, each in a state where its keys work, in {@code language}. */
    public static Map<String, TutorState> all(Language language) {
        var start = TestCourse.start(language);
        var modes = new LinkedHashMap<String, TutorState>();
        modes.put("start", start);
        modes.put("start, returning", press(start, key(Key.Kind.ENTER)).withPage(Page.START));
        modes.put("contents", press(start, Key.character('t')));
        modes.put("complete", press(start, key(Key.Kind.ENTER)).withPage(Page.COMPLETE));
        modes.put("lesson reading", at(language, "function", "not-neurons"));
        modes.put("lab step", at(language, "descent-loop", "lab-descent"));
        var guess = at(language, "trap", "which-way");
        modes.put("guess choosing", guess);
        modes.put("guess choosing, one parameter", at(language, "derivative", "from-minus-three"));
        modes.put("guess value field", type(guess, "="));
        var revealed = press(type(guess, "+"), key(Key.Kind.DOWN), Key.character('+'), key(Key.Kind.ENTER));
        modes.put("guess reveal", revealed);
        var verdict = revealed;
        while (((GuessSession) verdict.session()).stage() != RevealStage.VERDICT) {
            verdict = press(verdict, key(Key.Kind.ENTER));
        }
        modes.put("guess verdict", verdict);
        var allWay = at(language, "all-points", "all-way");
        modes.put("guess expansion over several points", press(type(allWay, "+"), key(Key.Kind.DOWN),
                Key.character('-'), key(Key.Kind.ENTER), key(Key.Kind.ENTER)));
        modes.put("quiz choice", at(language, "loss", "what-is-mse"));
        var typing = at(language, "nudge", "nudge-up");
        modes.put("quiz typing", typing);
        modes.put("quiz out of the field", press(typing, key(Key.Kind.ESCAPE)));
        modes.put("quiz answered", press(type(typing, "9.006001"), key(Key.Kind.ENTER)));
        var nudges = at(language, "derivative", "shrinking-nudges");
        modes.put("nudges table", nudges);
        modes.put("nudges typing", press(nudges, key(Key.Kind.ENTER)));
        modes.put("nudges with a row added", press(type(press(nudges, key(Key.Kind.ENTER)), "0.05"),
                key(Key.Kind.ENTER)));
        modes.put("help", press(start, Key.character('?')));
        modes.put("confirm reset", press(start, Key.character('t'), Key.character('x')));
        return modes;
    }

    private static TutorState at(Language language, String lesson, String step) {
        return TestCourse.at(language, lesson, step);
    }

    /** Every key a learner can press: each named key, every printable ASCII character, a kana, and Ctrl-A to Ctrl-Z. */
    public static List<Key> everyKey() {
        var keys = new ArrayList<Key>();
        for (var kind : Key.Kind.values()) {
            if (kind != Key.Kind.CHARACTER) {
                keys.add(Key.of(kind));
            }
        }
        for (char c = ' '; c <= '~'; c++) {
            keys.add(Key.character(c));
        }
        keys.add(Key.character('あ'));
        for (char c = 'a'; c <= 'z'; c++) {
            keys.add(Key.ctrl(c));
        }
        return keys;
    }
}
