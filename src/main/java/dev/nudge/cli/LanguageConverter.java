package dev.nudge.cli;

import dev.nudge.i18n.Language;
import picocli.CommandLine;

/** Reads {@code --lang} and says which values exist when the given one does not. */
final class LanguageConverter implements CommandLine.ITypeConverter<Language> {
    @Override
    public Language convert(String value) {
        return Language.fromCode(value).orElseThrow(() -> new CommandLine.TypeConversionException(
                "unknown language '" + value + "'; choose en (English) or ja (Japanese)"));
    }
}
