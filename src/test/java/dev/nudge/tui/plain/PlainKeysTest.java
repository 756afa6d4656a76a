package dev.nudge.tui.plain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nudge.i18n.Language;
import dev.nudge.i18n.Messages;
import dev.nudge.keys.Key;
import dev.nudge.progress.ProgressSink;
import dev.nudge.step.guess.GuessSession;
import dev.nudge.step.guess.RevealStage;
import dev.nudge.tui.view.ViewOptions;
import dev.nudge.tutor.KeyModes;
import dev.nudge.tutor.TestCourse;
import dev.nudge.tutor.Tutor;
import dev.nudge.tutor.TutorState;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.HashSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The plain mode's keys: a guess takes the words of the message bundles (any language's, and the signs), its usage
 * lists them, and its help names exactly the commands that the keymaps bind.
 */
class PlainKeysTest {
    private static final Pattern LETTER = Pattern.compile("(?<![A-Za-z])[a-z?](?![A-Za-z])");

    /** The state after the plain tutor read {@code input} at the two-parameter guess, and what it printed. */
    private static String run(Language language, String input, TutorState[] end) throws IOException {
        var out = new StringWriter();
        var tutor = new PlainTutor(new BufferedReader(new StringReader(input)), new PrintWriter(out),
                new ViewOptions(false, false), 80, ProgressSink.NONE);
        end[0] = tutor.run(TestCourse.at(language, "trap", "which-way"));
        return out.toString();
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void aGuessTakesTheWordsOfEveryLanguage(Language language) throws IOException {
        var end = new TutorState[1];
        run(language, "上げる 下げる\n", end);
        assertThat(((GuessSession) end[0].session()).stage()).isNotEqualTo(RevealStage.CHOOSING);
        run(language, "up none\n", end);
        assertThat(((GuessSession) end[0].session()).stage()).isNotEqualTo(RevealStage.CHOOSING);
    }

    @Test
    void aWrongGuessLineListsTheWordsOfTheLanguageAndOfEnglish() throws IOException {
        var end = new TutorState[1];
        assertThat(run(Language.JA, "sideways\n", end)).contains("上げる・下げる・影響なし", "up, down or none");
        assertThat(run(Language.EN, "sideways\n", end)).contains("up, down or none").doesNotContain("上げる");
    }

    @Test
    void thePlainHelpNamesEveryCommandAndOnlyBoundKeys() {
        // Japanese prose has no Latin words of one letter, so every such letter in it is a key it names.
        var named = new HashSet<String>();
        LETTER.matcher(Messages.text(Language.JA, "plain.help", "", "")).results().forEach(m -> named.add(m.group()));
        assertThat(named).containsAll(PlainTutor.COMMANDS);
        var english = Messages.text(Language.EN, "plain.help", "", "");
        var modes = KeyModes.all(Language.EN).values();
        for (var command : named) {
            assertThat(LETTER.matcher(english).results().map(m -> m.group())).as(command).contains(command);
            var key = Key.character(command.charAt(0));
            assertThat(modes).as(command).anyMatch(state -> Tutor.keymap(state).lookup(key)
                    .filter(binding -> binding.keys().stream().anyMatch(p -> p.specific() && p.matches(key)))
                    .isPresent());
        }
    }
}
