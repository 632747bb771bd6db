package io.github.journeykit.export.internal.grid;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import io.github.journeykit.core.model.Journey;
import io.github.journeykit.export.internal.text.Decimals;
import io.github.journeykit.export.internal.text.FormulaGuard;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes grids as XLSX sheets and as CSV. Every text is written as a string cell, never as a
 * formula, whatever it starts with; in CSV, text that a spreadsheet would run as a formula, and
 * text that starts with an apostrophe, gets an apostrophe before it. Not public API.
 */
public final class GridWriter {
  /** The name of the sheet a journey is written to. */
  public static final String SHEET = "Journey";

  /** A sheet to write: its name and rows, and whether it is a grid (wide stage columns). */
  static final class Sheet {
    final String name;
    final List<GridRows.Row> rows;
    final boolean grid;

    Sheet(String name, List<GridRows.Row> rows, boolean grid) {
      this.name = name;
      this.rows = rows;
      this.grid = grid;
    }
  }

  private GridWriter() {}

  /**
   * Writes {@code journey} as a workbook of one sheet, {@value #SHEET}, without closing {@code
   * out}.
   *
   * @param journey the journey
   * @param out where the workbook goes
   * @throws io.github.journeykit.export.grid.GridFormatException if a text is longer than a cell
   *     holds
   * @throws IOException if {@code out} fails
   */
  public static void writeXlsx(Journey journey, OutputStream out) throws IOException {
    xlsx(List.of(new Sheet(SHEET, GridRows.of(journey, SHEET), true)), out);
  }

  /**
   * Writes {@code journey} as CSV, one record a row of the grid, without closing {@code out}.
   *
   * @param journey the journey
   * @param out where the CSV goes
   * @throws io.github.journeykit.export.grid.GridFormatException if a text is longer than a cell
   *     holds
   * @throws IOException if {@code out} fails
   */
  public static void writeCsv(Journey journey, Writer out) throws IOException {
    List<GridRows.Row> rows = GridRows.of(journey, SHEET);
    int width = 0;
    for (GridRows.Row row : rows) {
      width = Math.max(width, row.cells.size());
    }
    // Not closed: closing would close the caller's writer.
    CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF).build(out);
    for (GridRows.Row row : rows) {
      List<String> fields = new ArrayList<>(width);
      for (Object cell : row.cells) {
        fields.add(csvField(cell));
      }
      while (fields.size() < width) {
        fields.add("");
      }
      csv.writeRecord(fields);
    }
    csv.flush();
  }

  private static String csvField(Object cell) {
    if (cell == null) {
      return "";
    }
    if (cell instanceof Double) {
      return Decimals.exact((Double) cell);
    }
    return FormulaGuard.guardedReversibly((String) cell);
  }

  /**
   * Writes {@code sheets} as one workbook, without closing {@code out}; the same sheets give the
   * same bytes.
   */
  static void xlsx(List<Sheet> sheets, OutputStream out) throws IOException {
    // FastExcel keeps a sheet's cells until it finishes, so holding the compressed workbook too
    // costs little; it is copied with a fixed creation time (see ReproducibleWorkbook).
    ByteArrayOutputStream written = new ByteArrayOutputStream();
    Workbook workbook = new Workbook(written, "JourneyKit", "1.0");
    for (Sheet sheet : sheets) {
      Worksheet worksheet = workbook.newWorksheet(sheet.name);
      int widest = 1;
      for (int r = 0; r < sheet.rows.size(); r++) {
        GridRows.Row row = sheet.rows.get(r);
        widest = Math.max(widest, row.cells.size());
        for (int c = 0; c < row.cells.size(); c++) {
          Object cell = row.cells.get(c);
          if (cell instanceof Double) {
            worksheet.value(r, c, (Double) cell);
          } else if (cell != null) {
            worksheet.value(r, c, SheetText.escaped((String) cell));
          }
          if (row.heading || c == 0) {
            worksheet.style(r, c).bold().fillColor(row.heading ? "DDEBF7" : "F2F2F2").set();
          } else {
            worksheet.style(r, c).horizontalAlignment("left").set();
          }
        }
      }
      worksheet.width(0, sheet.grid ? 34 : 40);
      for (int c = 1; c < widest; c++) {
        worksheet.width(c, sheet.grid ? 30 : 90);
      }
      if (sheet.grid) {
        worksheet.freezePane(1, 0);
      }
      // Printed, a sheet fits the page's width, so that every stage is on each page.
      worksheet.pageOrientation("landscape");
      worksheet.setFitToPage(true);
      worksheet.fitToWidth((short) 1);
      worksheet.fitToHeight((short) 0);
    }
    workbook.finish();
    ReproducibleWorkbook.copy(written.toByteArray(), out);
  }
}
