package dev.nudge.cli;

import dev.nudge.i18n.Language;
import dev.nudge.layout.Subscripts;
import dev.nudge.tui.view.ViewOptions;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/**
 * How the screens look, as the tutor and the lab both take it on the command line: the language, the character set
 * colour and subscripts. What is not given comes from the locale and the environment.
 */
final class DisplayOptions {
    @Option(names = "--lang", paramLabel = "en|ja", converter = LanguageConverter.class,
            description = "Language of the screens. Default: from LC_ALL, LC_MESSAGES or LANG (ja* gives Japanese).")
    Language language;

    @ArgGroup(exclusive = true)
    CharacterSet characterSet;

    @Option(names = "--no-color", description = "Draw without colour (also when NO_COLOR is set).")
    boolean noColor;

    @Option(names = "--subscripts", paramLabel = "auto|digits|inline", converter = SubscriptsConverter.class,
            description = "How formulas write subscripts: digits (P₀), inline (P_0), or auto: ask the terminal at the "
                    + "start whether it draws subscript digits one column wide. Default: NUDGE_SUBSCRIPTS, else auto.")
    Subscripts subscripts;

    /** {@code --ascii} and {@code --unicode} exclude each other. */
    static final class CharacterSet {
        @Option(names = "--ascii", required = true,
                description = "Draw with ASCII characters only. Default when the locale is not UTF-8.")
        boolean ascii;

        @Option(names = "--unicode", required = true,
                description = "Draw with Unicode characters. Default when the locale is UTF-8.")
        boolean unicode;
    }

    Language language(LocaleDefaults defaults) {
        return language != null ? language : defaults.language();
    }

    /** The drawing asked for on the command line, else what the locale and environment suggest. */
    ViewOptions viewOptions(LocaleDefaults defaults) {
        boolean ascii = characterSet != null ? characterSet.ascii : !defaults.unicode();
        return new ViewOptions(ascii, !noColor && defaults.color(),
                subscripts != null ? subscripts : defaults.subscripts());
    }
}
