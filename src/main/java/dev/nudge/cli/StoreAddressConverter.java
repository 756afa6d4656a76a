package dev.nudge.cli;

import dev.nudge.progress.postgresql.PostgresAddress;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code --store LOCATION}, saying what is wrong with a location and what to give instead. */
final class StoreAddressConverter implements ITypeConverter<PostgresAddress> {
    @Override
    public PostgresAddress convert(String value) {
        try {
            return PostgresAddress.parse(value);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }
}
