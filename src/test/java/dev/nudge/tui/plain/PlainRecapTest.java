package dev.nudge.tui.plain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nudge.i18n.Language;
import dev.nudge.i18n.Messages;
import dev.nudge.layout.Glyphs;
import dev.nudge.layout.MathText;
import dev.nudge.progress.Progress;
import dev.nudge.progress.ProgressEvent;
import dev.nudge.progress.ProgressSink;
import dev.nudge.progress.StepKey;
import dev.nudge.tui.view.ViewOptions;
import dev.nudge.tutor.FixtureCourse;
import dev.nudge.tutor.Recap;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The plain tutor prints the whole recap at the end of the course, as a screen reader reads it, in each language. */
class PlainRecapTest {

    @ParameterizedTest
    @EnumSource(Language.class)
    void theEndOfTheCoursePrintsTheRecap(Language language) throws IOException {
        var progress = Progress.NONE
                .after(new ProgressEvent.Guessed(new StepKey("slope", "which-way"), "P_0 none, P_1 up", false));
        var out = new StringWriter();
        var tutor = new PlainTutor(new BufferedReader(new StringReader("n\n")), new PrintWriter(out),
                new ViewOptions(false, false), 80, ProgressSink.NONE);
        var state = FixtureCourse.at(language, progress, "downhill", "too-far");
        tutor.run(state);
        var text = out.toString();
        var update = Recap.of(state).update().orElseThrow().recap();
        var numbers = new MathText(Glyphs.choose(false, language));
        assertThat(text).contains(Messages.text(language, "complete.title"), Messages.text(language, "recap.guesses"),
                Messages.text(language, "recap.update"), Messages.text(language, "recap.lab"),
                Messages.text(language, "plain.complete"))
                .contains(Messages.text(language, "guess.up"), numbers.value(update.parameters().get(1).after()),
                        numbers.value(update.lossAfter()), numbers.value(update.change()))
                .doesNotContain("\u001b[");
    }
}
