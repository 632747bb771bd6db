package io.github.journeykit.analytics.internal.csv;

import io.github.journeykit.core.model.Violation;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules every CSV reader of the module applies to a row as a whole (its length, its quoting,
 * its number of fields). Not public API.
 */
public final class CsvRows {
  /** The rule a record longer than {@link CsvScanner#MAX_ROW_BYTES} breaks. */
  public static final String TOO_LONG_RULE =
      "must be at most " + CsvScanner.MAX_ROW_BYTES + " bytes long";

  /** The rule a record that quotes against RFC 4180 breaks. */
  public static final String QUOTE_RULE =
      "must quote as RFC 4180 does: a quote only around a whole field, doubled inside it";

  private CsvRows() {}

  /**
   * Whether the record scanned last can be read field by field: quoted well, as wide as the header.
   */
  public static boolean readable(CsvScanner record, int columns) {
    return !record.tooLong() && !record.badQuotes() && record.fieldCount() == columns;
  }

  /**
   * The rule the record scanned last breaks as a whole, if it is not {@link #readable}.
   *
   * @return a list of the one problem, to which a reader may add nothing more; or null if the
   *     record is readable
   */
  public static List<Violation> problems(CsvScanner record, int columns) {
    Violation problem;
    if (record.tooLong()) {
      problem = Violation.of("row", TOO_LONG_RULE);
    } else if (record.badQuotes()) {
      problem = Violation.of("row", QUOTE_RULE);
    } else if (record.fieldCount() != columns) {
      problem =
          Violation.of(
              "row", "must have " + columns + " columns, as the header has", record.fieldCount());
    } else {
      return null;
    }
    List<Violation> problems = new ArrayList<>(1);
    problems.add(problem);
    return problems;
  }
}
