package dev.nudge.report;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;

/** The ways {@code nudge report} can write a report: for reading in the terminal, for a spreadsheet, for programs. */
public enum ReportFormat {
    TABLE, CSV, JSON;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ReportFormat> fromCode(String code) {
        for (var format : values()) {
            if (format.code().equals(code)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    /** The report as text in this format; times in a table are shown in {@code zone}, elsewhere in UTC. */
    public String render(ClassReport report, ZoneId zone) {
        switch (this) {
            case CSV:
                return CsvReport.render(report);
            case JSON:
                return JsonReport.render(report);
            default:
                return TableReport.render(report, zone);
        }
    }
}
