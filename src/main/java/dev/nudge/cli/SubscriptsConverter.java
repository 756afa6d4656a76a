package dev.nudge.cli;

import dev.nudge.layout.Subscripts;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine;

/**
 * Reads {@code --subscripts} and {@code NUDGE_SUBSCRIPTS}: {@code digits} ({@code P₀}), {@code inline} ({@code P_0}),
 * or {@code auto}, which asks the terminal at the start. The learner's word for a terminal that answers wrongly.
 */
final class SubscriptsConverter implements CommandLine.ITypeConverter<Subscripts> {
    /** The environment variable that sets the default. */
    static final String VARIABLE = "NUDGE_SUBSCRIPTS";

    @Override
    public Subscripts convert(String value) {
        return read(value).orElseThrow(() -> new CommandLine.TypeConversionException(
                "unknown subscripts '" + value + "'; choose auto (ask the terminal), digits (P₀) or inline (P_0)"));
    }

    /** The choice {@code word} names, in any case; empty for any other word. */
    static Optional<Subscripts> read(String word) {
        return switch (word.strip().toLowerCase(Locale.ROOT)) {
            case "auto" -> Optional.of(Subscripts.UNMEASURED);
            case "digits" -> Optional.of(Subscripts.DIGITS);
            case "inline" -> Optional.of(Subscripts.INLINE);
            default -> Optional.empty();
        };
    }
}
