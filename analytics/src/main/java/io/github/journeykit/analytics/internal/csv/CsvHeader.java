package io.github.journeykit.analytics.internal.csv;

import io.github.journeykit.core.model.ValidationException;
import io.github.journeykit.core.model.Violation;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The header of a CSV file: which column holds each of the columns a reader knows. Not public API:
 * every CSV reader of the module reads its header through it, so that a wrong header is told the
 * same way everywhere, naming the file, the line and every problem at once.
 *
 * <p>A reader names the columns it knows, the required ones first, and says whether other columns
 * are allowed (kept as attributes) or each is a problem. Column names are compared exactly.
 */
public final class CsvHeader {
  /** The most columns a header of a format that allows attribute columns may have. */
  public static final int MAX_COLUMNS = 1024;

  /** The columns a reader knows, the required ones first. */
  private final String[] known;

  private final int required;

  /** The most columns a header may have. */
  private final int maxColumns;

  /** Whether columns other than the known ones are allowed; if not, each is a problem. */
  private final boolean others;

  /** The column of each known column, or -1 for an absent optional one. */
  private final int[] columnOf;

  private int columns;

  /**
   * The header of a format.
   *
   * @param known the columns the reader knows, the required ones first
   * @param required how many of them are required
   * @param others whether other columns are allowed; if not, a header has at most the known ones
   * @param maxColumns the most columns a header may have
   */
  public CsvHeader(String[] known, int required, boolean others, int maxColumns) {
    this.known = known.clone();
    this.required = required;
    this.others = others;
    this.maxColumns = maxColumns;
    this.columnOf = new int[known.length];
  }

  /**
   * Reads the header at the start of the input: skips a byte order mark and blank lines, then maps
   * the columns of the first record, or throws naming every problem.
   *
   * @param scanner the scanner at the start of the input; it keeps {@code maxColumns + 1} fields
   *     while the header is read, and the known columns after it
   * @param name the input's name, for the exception
   * @throws ValidationException if there is no header or it is wrong
   */
  public void read(CsvScanner scanner, String name) throws IOException {
    scanner.fieldCapacity(maxColumns + 1);
    scanner.skipByteOrderMark();
    boolean found = false;
    while (!found && scanner.next()) {
      found = !scanner.blank();
    }
    if (!found) {
      throw new ValidationException(
          name,
          List.of(Violation.of("header", "must be the first line: " + String.join(",", known))));
    }
    map(scanner, name + ":" + scanner.line() + " (" + scanner.rowText() + ")");
    scanner.fieldCapacity(capacity());
  }

  /**
   * How many fields of a record a scanner must keep to hold every known column: the scanner of a
   * later part of a file, which shares the header of the first, keeps that many.
   */
  public int capacity() {
    int last = 0;
    for (int column : columnOf) {
      last = Math.max(last, column + 1);
    }
    return Math.max(1, last);
  }

  /**
   * The column that holds the known column {@code i}.
   *
   * @return its index in a record, or -1 if the column is optional and absent
   */
  public int column(int i) {
    return columnOf[i];
  }

  /** How many columns the header has: every row must have as many. */
  public int columns() {
    return columns;
  }

  private void map(CsvScanner scanner, String subject) {
    if (scanner.tooLong()) {
      throw new ValidationException(
          subject, List.of(Violation.of("header", CsvRows.TOO_LONG_RULE)));
    }
    Arrays.fill(columnOf, -1);
    int fieldCount = scanner.fieldCount();
    columns = fieldCount;
    List<Violation> problems = new ArrayList<>();
    if (scanner.badQuotes()) {
      problems.add(Violation.of("header", CsvRows.QUOTE_RULE));
    }
    Set<String> otherNames = new HashSet<>();
    List<String> knownNames = Arrays.asList(known);
    for (int i = 0; i < Math.min(fieldCount, maxColumns + 1); i++) {
      String column = scanner.field(i);
      int k = knownNames.indexOf(column);
      String path = "header[" + i + "]";
      if (k < 0 && !others) {
        problems.add(Violation.of(path, "must be one of " + String.join(", ", known), column));
      } else if (k < 0 && column.isBlank()) {
        problems.add(Violation.of(path, "must not be blank", column));
      } else if (k < 0 ? !otherNames.add(column) : columnOf[k] >= 0) {
        problems.add(Violation.of(path, "must not repeat a column", column));
      } else if (k >= 0) {
        columnOf[k] = i;
      }
    }
    if (fieldCount > maxColumns) {
      problems.add(
          Violation.of("header", "must have at most " + maxColumns + " columns", fieldCount));
    }
    for (int c = 0; c < required; c++) {
      if (columnOf[c] < 0) {
        problems.add(Violation.of("header", "must name the column " + known[c]));
      }
    }
    if (!problems.isEmpty()) {
      throw new ValidationException(subject, problems);
    }
  }
}
