package dev.nudge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nudge.i18n.Language;
import dev.nudge.layout.Subscripts;
import dev.nudge.tui.view.ViewOptions;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CommandLineTest {
    private static final Map<String, String> UTF8_ENGLISH = Map.of("LANG", "en_US.UTF-8", "TERM", "xterm-256color");

    /** Runs the command line with a session that only records what it was given. */
    private static final class Run {
        final StringWriter out = new StringWriter();
        final StringWriter err = new StringWriter();
        Language language;
        ViewOptions options;
        LearnerData who;
        final int exitCode;

        Run(Map<String, String> environment, String... args) {
            LocalSession session = (language, options, plain, who, errors) -> {
                this.language = language;
                this.options = options;
                this.who = who;
                return 0;
            };
            exitCode = Commands.run(new LocaleDefaults(environment), session, new PrintWriter(out),
                    new PrintWriter(err), args);
        }
    }

    @Test
    void noArgumentsStartsTheTutorWithTheLocaleDefaults() {
        var run = new Run(UTF8_ENGLISH);
        assertThat(run.exitCode).isZero();
        assertThat(run.language).isEqualTo(Language.EN);
        assertThat(run.options).isEqualTo(new ViewOptions(false, true));
    }

    @Test
    void optionsOverrideTheLocale() {
        var run = new Run(UTF8_ENGLISH, "--lang", "ja", "--ascii", "--no-color");
        assertThat(run.language).isEqualTo(Language.JA);
        assertThat(run.options).isEqualTo(new ViewOptions(true, false));
    }

    @Test
    void unicodeCanBeForcedInAnAsciiLocale() {
        var run = new Run(Map.of("LANG", "C"), "--unicode");
        assertThat(run.options.ascii()).isFalse();
    }

    @Test
    void noColorVariableTurnsColourOff() {
        var run = new Run(Map.of("LANG", "en_US.UTF-8", "NO_COLOR", "1"));
        assertThat(run.options.color()).isFalse();
    }

    @Test
    void helpDescribesTheOptionsAndKeys() {
        var run = new Run(UTF8_ENGLISH, "--help");
        assertThat(run.exitCode).isZero();
        assertThat(run.out.toString())
                .contains("Usage: nudge", "--lang=en|ja", "--ascii", "--unicode", "--no-color", "--version",
                        "Keys in the tutor", "NO_COLOR");
        assertThat(run.language).isNull();
    }

    @Test
    void theLearnerIsTheUserNameUnlessGiven() {
        assertThat(new Run(UTF8_ENGLISH).who.learner()).isEqualTo(Learners.local());
        assertThat(new Run(UTF8_ENGLISH, "--user", "ada").who.learner()).isEqualTo("ada");
    }

    @Test
    void anEmptyUserNameIsRefused() {
        var run = new Run(UTF8_ENGLISH, "--user", " ");
        assertThat(run.exitCode).isEqualTo(2);
        assertThat(run.err.toString()).contains("--user needs a name");
    }

    @Test
    void dataChoosesWhereProgressIsKept() {
        var run = new Run(UTF8_ENGLISH, "--data", "/srv/class");
        assertThat(run.who.data().progressFile()).isEqualTo(Path.of("/srv/class/progress.db"));
    }

    @Test
    void helpSaysWhereProgressLives() {
        assertThat(new Run(UTF8_ENGLISH, "--help").out.toString())
                .contains("--user=NAME", "--data=DIR", "NUDGE_DATA", "XDG_DATA_HOME", "nudge report", "report");
    }

    @Test
    void helpListsEveryCommandInItsOrder() {
        var help = new Run(UTF8_ENGLISH, "--help").out.toString();
        var commands = help.substring(help.indexOf("Commands:"));
        assertThat(commands).containsSubsequence("  lessons ", "  math ", "  report ", "  serve ", "  lab ");
    }

    @Test
    void theLessonsCommandHasItsCheck() {
        var run = new Run(UTF8_ENGLISH, "lessons", "--help");
        assertThat(run.exitCode).isZero();
        assertThat(run.out.toString()).contains("Usage: nudge lessons", "check");
    }

    @Test
    void aCommandNameAsAnOptionValueIsRefusedAsPicocliAlwaysDid() {
        var run = new Run(UTF8_ENGLISH, "--user", "serve");
        assertThat(run.exitCode).isEqualTo(2);
        assertThat(run.err.toString()).startsWith("nudge: Expected parameter for option '--user' but found 'serve'");
        assertThat(run.language).isNull();
    }

    @Test
    void versionNamesTheProduct() {
        var run = new Run(UTF8_ENGLISH, "--version");
        assertThat(run.exitCode).isZero();
        assertThat(run.out.toString()).startsWith("nudge ");
    }

    @Test
    void anUnknownOptionSaysWhatWasWrongWithTheUsageLineAndExits2() {
        var run = new Run(UTF8_ENGLISH, "--colour");
        assertThat(run.exitCode).isEqualTo(2);
        assertThat(run.err.toString()).isEqualTo(String.join(System.lineSeparator(),
                "nudge: Unknown option: '--colour'",
                "Usage: nudge [-hV] [--no-color] [--plain] [--data=DIR] [--lang=en|ja]",
                "      [--store=LOCATION] [--subscripts=auto|digits|inline] [--user=NAME]",
                "      [--ascii | --unicode] [COMMAND]",
                "Try 'nudge --help' for more information.", ""));
        assertThat(run.language).isNull();
    }

    @Test
    void subscriptsAreAskedOfTheTerminalUnlessTheOptionOrTheVariableSays() {
        assertThat(new Run(UTF8_ENGLISH).options.subscripts()).isEqualTo(Subscripts.UNMEASURED);
        assertThat(new Run(UTF8_ENGLISH, "--subscripts", "inline").options.subscripts()).isEqualTo(Subscripts.INLINE);
        var forced = Map.of("LANG", "ja_JP.UTF-8", "NUDGE_SUBSCRIPTS", "digits");
        assertThat(new Run(forced).options.subscripts()).isEqualTo(Subscripts.DIGITS);
        assertThat(new Run(forced, "--subscripts=auto").options.subscripts()).isEqualTo(Subscripts.UNMEASURED);
        assertThat(new Run(Map.of("LANG", "C.UTF-8", "NUDGE_SUBSCRIPTS", "wide")).options.subscripts())
                .as("a word the variable does not know").isEqualTo(Subscripts.UNMEASURED);
        assertThat(new Run(UTF8_ENGLISH, "--help").out.toString()).contains("--subscripts=auto|digits|inline",
                "NUDGE_SUBSCRIPTS");
    }

    @Test
    void anUnknownSubscriptsChoiceListsTheKnownOnes() {
        var run = new Run(UTF8_ENGLISH, "--subscripts", "wide");
        assertThat(run.exitCode).isEqualTo(2);
        assertThat(run.err.toString()).contains("choose auto (ask the terminal), digits (P₀) or inline (P_0)");
    }

    @Test
    void anUnknownLanguageListsTheKnownOnes() {
        var run = new Run(UTF8_ENGLISH, "--lang", "fr");
        assertThat(run.exitCode).isEqualTo(2);
        assertThat(run.err.toString()).contains("unknown language 'fr'; choose en (English) or ja (Japanese)");
    }

    @Test
    void asciiAndUnicodeExcludeEachOther() {
        var run = new Run(UTF8_ENGLISH, "--ascii", "--unicode");
        assertThat(run.exitCode).isEqualTo(2);
        assertThat(run.err.toString()).contains("mutually exclusive");
    }
}
