package dev.nudge.cli;

import dev.nudge.report.ReportFormat;
import picocli.CommandLine;

/** Reads {@code --format} and says which formats exist when the given one does not. */
final class ReportFormatConverter implements CommandLine.ITypeConverter<ReportFormat> {
    @Override
    public ReportFormat convert(String value) {
        return ReportFormat.fromCode(value).orElseThrow(() -> new CommandLine.TypeConversionException(
                "unknown format '" + value + "'; choose table, csv or json"));
    }
}
