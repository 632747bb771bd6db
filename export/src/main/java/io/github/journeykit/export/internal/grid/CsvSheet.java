package io.github.journeykit.export.internal.grid;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import io.github.journeykit.core.model.Journey;
import io.github.journeykit.export.grid.JourneyGrid;
import io.github.journeykit.export.internal.text.FormulaGuard;
import java.io.IOException;
import java.io.Reader;
import java.nio.CharBuffer;

/**
 * Reads a grid from CSV, one record a row, within {@link JourneyGrid}'s limits, and hands the cells
 * to the {@link GridReader}. A cell that begins with an apostrophe loses it: the writer puts one
 * before text that a spreadsheet would run as a formula, and before text that begins with one. Not
 * public API.
 */
public final class CsvSheet {
  private CsvSheet() {}

  /**
   * Reads a journey from CSV, to the end of {@code in} or to the limit.
   *
   * @param in the CSV text
   * @param source the name the problems give as the sheet's
   * @return the journey
   * @throws io.github.journeykit.export.grid.GridFormatException listing every problem
   * @throws IOException if {@code in} fails
   */
  public static Journey read(Reader in, String source) throws IOException {
    GridProblems problems = new GridProblems(source);
    String text = bounded(in);
    GridCells cells = new GridCells();
    if (text == null) {
      problems.add("", "must be at most " + JourneyGrid.MAX_CSV_LENGTH + " characters long", null);
      problems.throwIfAny();
    }
    int row = 0;
    try (CsvReader<CsvRecord> reader =
        CsvReader.builder()
            .skipEmptyLines(false)
            .extraFieldStrategy(FieldMismatchStrategy.IGNORE)
            .missingFieldStrategy(FieldMismatchStrategy.IGNORE)
            .ofCsvRecord(text)) {
      for (CsvRecord record : reader) {
        if (row >= JourneyGrid.MAX_ROWS) {
          problems.rowBeyondLimit(row);
        }
        record(record, row++, cells, problems);
      }
    } catch (CsvParseException e) {
      problems.add(GridCells.address(row, 0), "must be well-formed CSV: " + e.getMessage(), null);
    } catch (GridProblems.Stop e) {
      // The problems say why.
    }
    problems.throwIfAny();
    return GridReader.read(cells, problems);
  }

  private static void record(CsvRecord record, int row, GridCells cells, GridProblems problems) {
    for (int column = 0; column < record.getFieldCount(); column++) {
      String field = record.getField(column);
      if (field.isEmpty()) {
        continue;
      }
      if (column >= JourneyGrid.MAX_COLUMNS) {
        problems.columnBeyondLimit(row, column);
        return;
      }
      String text = FormulaGuard.unguarded(field);
      if (problems.fitsACell(row, column, text)) {
        cells.set(row, column, text);
      }
    }
  }

  /** The whole text of {@code in}, or null if it is longer than the limit. */
  private static String bounded(Reader in) throws IOException {
    StringBuilder text = new StringBuilder();
    CharBuffer buffer = CharBuffer.allocate(8192);
    while (in.read(buffer) >= 0) {
      buffer.flip();
      if (text.length() + buffer.remaining() > JourneyGrid.MAX_CSV_LENGTH) {
        return null;
      }
      text.append(buffer);
      buffer.clear();
    }
    return text.toString();
  }
}
