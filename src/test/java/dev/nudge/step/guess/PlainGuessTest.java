package dev.nudge.step.guess;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nudge.i18n.Language;
import dev.nudge.i18n.Messages;
import dev.nudge.tutor.TestCourse;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The words a guess typed as a line takes come from the message bundles, in every language. */
class PlainGuessTest {

    @Test
    void everyWordInTheBundlesMakesAGuess() {
        var guess = (GuessSession) TestCourse.at(Language.EN, "trap", "which-way").session();
        var accepted = PlainGuess.accepted();
        for (var language : Language.values()) {
            for (var direction : List.of("up", "down", "none")) {
                for (var word : Messages.text(language, "plain.guess." + direction).split(" ")) {
                    assertThat(accepted).containsKey(word);
                    assertThat(PlainGuess.keys(guess, word + " " + word)).as(word).isNotEmpty();
                }
            }
        }
        assertThat(PlainGuess.keys(guess, "sideways up")).isEmpty();
    }
}
