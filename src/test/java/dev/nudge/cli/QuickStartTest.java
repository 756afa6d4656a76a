package dev.nudge.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.nudge.i18n.Language;
import dev.nudge.tui.view.ViewOptions;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;
import picocli.CommandLine;

/** The tutor's options read without picocli must be read exactly as picocli reads them, or left to picocli. */
class QuickStartTest {
    private static final LocaleDefaults DEFAULTS = new LocaleDefaults(Map.of("LANG", "en_US.UTF-8", "TERM", "xterm"));

    /** What a tutor session was started with. */
    private record Started(Language language, ViewOptions options, boolean plain, LearnerData who) {
    }

    /** The session the quick path starts for {@code args}, or empty when it leaves them to picocli. */
    private static Optional<Started> quick(String... args) {
        var started = new Started[1];
        LocalSession session = (language, options, plain, who, err) -> {
            started[0] = new Started(language, options, plain, who);
            return 0;
        };
        return QuickStart.read(args, DEFAULTS, session).map(tutor -> {
            assertThat(QuickStart.run(tutor, new PrintWriter(new StringWriter()))).isZero();
            return started[0];
        });
    }

    /** The session picocli starts for {@code args}, or empty when it refuses them or starts none. */
    private static Optional<Started> picocli(String... args) {
        var started = new Started[1];
        LocalSession session = (language, options, plain, who, err) -> {
            started[0] = new Started(language, options, plain, who);
            return 0;
        };
        int code = Commands.run(DEFAULTS, session, (config, out, err) -> 0, (model, language, options, err) -> 0,
                new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), args);
        return code == 0 ? Optional.ofNullable(started[0]) : Optional.empty();
    }

    @Test
    void knowsExactlyTheTutorsOwnOptionsAsPicocliDeclaresThem() {
        var declared = new HashSet<String>();
        new CommandLine(new NudgeCommand(DEFAULTS, (l, o, p, w, e) -> 0)).getCommandSpec().options()
                .forEach(option -> declared.addAll(Arrays.asList(option.names())));
        declared.removeAll(Set.of("-h", "--help", "-V", "--version"));
        var known = new HashSet<>(QuickStart.FLAGS);
        known.addAll(QuickStart.WITH_VALUE);
        assertThat(known).isEqualTo(declared);
    }

    @Test
    void readsTheTutorsOptionsInEveryFormTheHelpShows() {
        assertThat(quick("--lang", "ja", "--ascii")).isEqualTo(picocli("--lang", "ja", "--ascii")).isPresent();
        assertThat(quick("--subscripts", "inline", "--lang=ja")).isEqualTo(picocli("--subscripts", "inline", "--lang=ja"))
                .isPresent();
        assertThat(quick("--subscripts=DIGITS")).isEqualTo(picocli("--subscripts=DIGITS")).isPresent();
        assertThat(quick("--lang=ja", "--no-color", "--plain", "--user", "ada", "--data=/srv/class"))
                .isEqualTo(picocli("--lang=ja", "--no-color", "--plain", "--user", "ada", "--data=/srv/class"))
                .isPresent();
        assertThat(quick()).isEqualTo(picocli()).isPresent();
    }

    @Test
    void leavesHelpCommandsRepeatsConflictsAndDoubtfulValuesToPicocli() {
        for (var args : List.of(List.of("--help"), List.of("--version"), List.of("serve", "--open"),
                List.of("--ascii", "--unicode"), List.of("--lang", "ja", "--lang", "en"), List.of("--plain", "--plain"),
                List.of("--lang", "fr"), List.of("--user", " "), List.of("--user=serve"), List.of("--data", "lab"),
                List.of("--user", "--plain"), List.of("--lang"), List.of("@args.txt"), List.of("--colour"),
                List.of("--"), List.of("-h"), List.of("--subscripts", "wide"))) {
            assertThat(quick(args.toArray(String[]::new))).as(args.toString()).isEmpty();
        }
    }

    @Test
    void everyCommandLineItReadsPicocliReadsTheSame() {
        var tokens = Generate.pick(List.of("--ascii", "--unicode", "--no-color", "--plain", "--lang", "--lang=ja",
                "--lang=EN", "ja", "en", "fr", "--user", "--user=ada", "ada", " ", "", "--data", "--data=/tmp/p",
                "lab", "serve", "-x", "--help", "--", "--data=", "@f", "--subscripts", "--subscripts=inline", "digits",
                "auto"));
        qt().withFixedSeed(14L).withExamples(400).forAll(lists().of(tokens).ofSizeBetween(0, 6))
                .checkAssert(args -> {
                    var line = args.toArray(String[]::new);
                    quick(line).ifPresent(started -> assertThat(picocli(line)).as(args.toString()).contains(started));
                });
    }
}
