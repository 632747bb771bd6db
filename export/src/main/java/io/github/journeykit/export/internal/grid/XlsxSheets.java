package io.github.journeykit.export.internal.grid;

import io.github.journeykit.core.model.Journey;
import io.github.journeykit.export.grid.GridFormatException;
import io.github.journeykit.export.grid.GridProblem;
import io.github.journeykit.export.grid.JourneyGrid;
import io.github.journeykit.export.internal.problems.ProblemList;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * Reads the cells of one sheet of an XLSX workbook, within {@link JourneyGrid}'s limits, and hands
 * them to the {@link GridReader}.
 *
 * <p>An XLSX workbook is a zip archive of XML parts; FastExcel's reader unpacks the parts it reads
 * without a bound. So, before FastExcel sees the workbook, every part is unpacked once here,
 * through the same zip library and so the same view of the archive, counting the bytes it really
 * gives rather than the sizes the archive claims: a workbook that unpacks to more than {@link
 * JourneyGrid#MAX_UNPACKED_BYTES} is refused. Not public API.
 */
public final class XlsxSheets {
  private static final int MAX_ENTRIES = 1_000;

  private XlsxSheets() {}

  /**
   * Reads a journey from the sheet named {@code sheetName}, or from the first sheet whose cell A1
   * begins a grid.
   *
   * @param in the workbook's bytes, read to the end or to the limit
   * @param source the name the workbook was read under, for problems before a sheet is known
   * @param sheetName the sheet to read, or null for the first grid
   * @return the journey
   * @throws GridFormatException listing every problem
   * @throws IOException if {@code in} fails
   */
  public static Journey read(InputStream in, String source, String sheetName) throws IOException {
    byte[] bytes = in.readNBytes((int) JourneyGrid.MAX_XLSX_BYTES + 1);
    if (bytes.length > JourneyGrid.MAX_XLSX_BYTES) {
      throw whole(source, "must be at most " + JourneyGrid.MAX_XLSX_BYTES + " bytes long");
    }
    checkUnpackedSize(bytes, source);
    GridProblems problems;
    GridCells cells = new GridCells();
    // FastExcel parses as it goes and fails on a malformed part with whatever exception its code
    // meets (IndexOutOfBoundsException, NumberFormatException, the XML parser's own): a failure
    // while it reads the rows is a problem of the sheet, after the problems of the rows before;
    // one elsewhere is a problem of the workbook.
    try (ReadableWorkbook workbook =
        new ReadableWorkbook(new ByteArrayInputStream(bytes), new ReadingOptions(true, false))) {
      Sheet sheet = sheet(workbook, source, sheetName);
      problems = new GridProblems(sheet.getName());
      try (Stream<Row> stream = sheet.openStream()) {
        Iterator<Row> rows = stream.iterator();
        int lastRow = 0;
        for (Row row = next(rows, problems, lastRow);
            row != null;
            row = next(rows, problems, lastRow)) {
          row(row, cells, problems);
          lastRow = row.getRowNum();
        }
      } catch (GridProblems.Stop e) {
        problems.throwIfAny();
      }
    } catch (GridFormatException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      throw whole(source, "must be a readable XLSX workbook", e);
    }
    return GridReader.read(cells, problems);
  }

  /**
   * The next row, or null at the end of the sheet.
   *
   * @throws GridProblems.Stop if the sheet cannot be read further, after recording why
   */
  private static Row next(Iterator<Row> rows, GridProblems problems, int lastRow) {
    try {
      return rows.hasNext() ? rows.next() : null;
    } catch (RuntimeException e) {
      problems.add(
          "",
          lastRow == 0
              ? "must be a well-formed sheet: its first row cannot be read"
              : "must be a well-formed sheet: it cannot be read past row " + lastRow,
          shown(e));
      throw new GridProblems.Stop();
    }
  }

  /** Refuses archives of too many parts, or whose parts unpack to too many bytes. */
  private static void checkUnpackedSize(byte[] bytes, String source) {
    long unpacked = 0;
    int entries = 0;
    byte[] buffer = new byte[8192];
    try (ZipFile zip =
        ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(bytes)).get()) {
      for (Enumeration<ZipArchiveEntry> all = zip.getEntries(); all.hasMoreElements(); ) {
        ZipArchiveEntry entry = all.nextElement();
        if (++entries > MAX_ENTRIES) {
          throw whole(source, "must hold at most " + MAX_ENTRIES + " parts");
        }
        try (InputStream part = zip.getInputStream(entry)) {
          for (int n = part.read(buffer); n >= 0; n = part.read(buffer)) {
            unpacked += n;
            if (unpacked > JourneyGrid.MAX_UNPACKED_BYTES) {
              throw whole(
                  source,
                  "must unpack to at most "
                      + JourneyGrid.MAX_UNPACKED_BYTES
                      + " bytes: a larger workbook is refused as a possible zip bomb");
            }
          }
        }
      }
    } catch (GridFormatException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      throw whole(source, "must be an XLSX workbook, which is a zip archive", e);
    }
  }

  private static Sheet sheet(ReadableWorkbook workbook, String source, String sheetName)
      throws IOException {
    List<String> names = new ArrayList<>();
    for (Sheet sheet : (Iterable<Sheet>) workbook.getSheets()::iterator) {
      names.add(sheet.getName());
      if (sheetName != null ? sheet.getName().equals(sheetName) : beginsAGrid(sheet)) {
        return sheet;
      }
    }
    throw whole(
        source,
        sheetName != null
            ? "must have a sheet named " + ProblemList.shown(sheetName) + "; it has " + names
            : "must have a sheet whose cell A1 says \""
                + GridLayout.MARKER
                + "\"; none of "
                + names
                + " does");
  }

  private static boolean beginsAGrid(Sheet sheet) throws IOException {
    try (Stream<Row> rows = sheet.openStream()) {
      Optional<Row> first = rows.findFirst();
      return first.isPresent()
          && first.get().getRowNum() == 1
          && first.get().getOptionalCell(0).map(Cell::getRawValue).isPresent()
          && GridLayout.MARKER.equalsIgnoreCase(text(first.get().getCell(0)).strip());
    }
  }

  private static void row(Row row, GridCells cells, GridProblems problems) {
    int index = row.getRowNum() - 1;
    if (index >= JourneyGrid.MAX_ROWS) {
      problems.rowBeyondLimit(index);
    }
    for (Cell cell : row) {
      if (cell == null || cell.getType() == CellType.EMPTY) {
        continue;
      }
      int column = cell.getColumnIndex();
      if (column >= JourneyGrid.MAX_COLUMNS) {
        problems.columnBeyondLimit(index, column);
        continue;
      }
      String text = cellText(cell, index, column, problems);
      if (text != null) {
        cells.set(index, column, text);
      }
    }
  }

  /** A cell's text, or null after recording why it has none. */
  private static String cellText(Cell cell, int row, int column, GridProblems problems) {
    if (cell.getType() == CellType.ERROR) {
      problems.at(row, column, "must not be an error of the spreadsheet", cell.getRawValue());
      return null;
    }
    if (cell.getType() == CellType.FORMULA && cell.getRawValue() == null) {
      problems.at(
          row,
          column,
          "must hold a value: a formula is read as the value the spreadsheet computed and saved,"
              + " and this one has none",
          "=" + cell.getFormula());
      return null;
    }
    String text;
    try {
      text = text(cell);
    } catch (RuntimeException e) {
      problems.at(row, column, "must be a readable cell", cell.getRawValue());
      return null;
    }
    return problems.fitsACell(row, column, text) ? text : null;
  }

  /** The text of a cell: a string, a number as written, a date as ISO-8601, TRUE or FALSE. */
  private static String text(Cell cell) {
    switch (cell.getType()) {
      case STRING:
        return SheetText.unescaped(cell.asString());
      case BOOLEAN:
        return "1".equals(cell.getRawValue()) ? "TRUE" : "FALSE";
      case NUMBER:
        if (isDate(cell)) {
          LocalDateTime date = cell.asDate();
          return date.toLocalTime().equals(LocalTime.MIDNIGHT)
              ? date.toLocalDate().toString()
              : date.toString();
        }
        return cell.getRawValue();
      default:
        return cell.getRawValue() == null ? "" : SheetText.unescaped(cell.getRawValue());
    }
  }

  /** Whether a number cell is shown as a date, as a date typed into a spreadsheet is. */
  private static boolean isDate(Cell cell) {
    String format = cell.getDataFormatString();
    if (format == null) {
      return false;
    }
    String letters = format.replaceAll("\"[^\"]*\"|\\[[^]]*]", "").toLowerCase(Locale.ROOT);
    return letters.contains("y") || letters.contains("d");
  }

  private static GridFormatException whole(String source, String rule) {
    return new GridFormatException(List.of(GridProblem.of(source, "", rule, Optional.empty())));
  }

  private static GridFormatException whole(String source, String rule, Exception cause) {
    return new GridFormatException(
        List.of(GridProblem.of(source, "", rule, Optional.of(shown(cause)))));
  }

  /** What went wrong, as a problem shows a value: the message, or the exception's kind. */
  private static String shown(Exception e) {
    return ProblemList.shown(e.getMessage() != null ? e.getMessage() : e.getClass().getName());
  }
}
