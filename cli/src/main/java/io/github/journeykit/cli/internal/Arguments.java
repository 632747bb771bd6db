package io.github.journeykit.cli.internal;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * How the commands read the values of their flags, each refusal naming the rule and the value.
 * Relative paths stay relative: they resolve against the current directory. Not public API.
 */
final class Arguments {
  private Arguments() {}

  /** Any text but blank text. */
  static final class NonBlank implements ITypeConverter<String> {
    @Override
    public String convert(String value) {
      if (value.isBlank()) {
        throw new TypeConversionException("must not be blank (was \"" + value + "\")");
      }
      return value;
    }
  }

  /** A path, which must not be blank. */
  static final class FileName implements ITypeConverter<Path> {
    @Override
    public Path convert(String value) {
      try {
        return Path.of(new NonBlank().convert(value));
      } catch (InvalidPathException e) {
        throw new TypeConversionException(
            "must be a path: " + e.getReason() + " (was \"" + value + "\")");
      }
    }
  }

  /** An ISO-8601 date. */
  static final class IsoDate implements ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
      try {
        return LocalDate.parse(value);
      } catch (DateTimeParseException e) {
        throw new TypeConversionException(
            "must be an ISO-8601 date such as 2026-11-23 (was \"" + value + "\")");
      }
    }
  }
}
