package io.github.journeykit.export.grid;

import static java.util.Objects.requireNonNull;

import io.github.journeykit.core.model.Journey;
import io.github.journeykit.export.internal.grid.CsvSheet;
import io.github.journeykit.export.internal.grid.GridWriter;
import io.github.journeykit.export.internal.grid.HeldFields;
import io.github.journeykit.export.internal.grid.StarterWorkbook;
import io.github.journeykit.export.internal.grid.XlsxSheets;
import io.github.journeykit.export.internal.problems.ProblemList;
import io.github.journeykit.export.internal.text.StrictUtf8;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A journey as a spreadsheet: a grid with the stages as columns, that a team fills in without
 * reading code, read from and written to XLSX and CSV.
 *
 * <p>Cell A1 says {@code JourneyKit journey grid} and B1 the layout's version ({@value
 * #LAYOUT_VERSION}). Column A holds labels: first the journey's rows (id, title, description,
 * vision, state, counterpart, map owner, personas, tags), then the stage rows (one stage a column
 * from B on: id, name, customer goal, owner, description), then the four service-blueprint lanes,
 * each followed by blocks of touchpoint rows (name, id, channel, owner, emotion, expectation,
 * perception; one touchpoint of each stage a block), then three tables, one item a row: moments
 * that matter, gaps and actions. The README shows the layout; the starter workbook ({@link
 * #writeStarterWorkbook}) has an example, a blank sheet and a sheet that says how to fill one in.
 *
 * <p>A grid holds part of a journey, {@link #heldPart}: reading what was written gives {@code
 * heldPart(journey)}. Text is kept exactly: every text is written as a string cell, never as a
 * formula; in XLSX, characters a sheet cannot hold (control characters, lone surrogates) are
 * written as the sheet's own {@code _xHHHH_} escape; in CSV, text that a spreadsheet would run as a
 * formula ({@code =}, {@code +}, {@code -}, {@code @}, tab, carriage return) or that starts with an
 * apostrophe gets an apostrophe before it, which the reader takes away. A cell holding a formula is
 * read as the value the spreadsheet last computed and saved with it.
 *
 * <p>The reader reports every problem at once, each at its sheet and cell: see {@link
 * GridFormatException}. Limits: at most {@value #MAX_ROWS} rows and {@value #MAX_COLUMNS} columns,
 * {@value #MAX_CELL_LENGTH} characters a cell (a spreadsheet's own limit), workbooks of at most
 * {@value #MAX_XLSX_BYTES} bytes that unpack to at most {@value #MAX_UNPACKED_BYTES} bytes, CSV of
 * at most {@value #MAX_CSV_LENGTH} characters, and it stops after {@value #MAX_PROBLEMS} problems.
 *
 * <pre>{@code
 * try (OutputStream out = Files.newOutputStream(Path.of("journey.xlsx"))) {
 *   JourneyGrid.writeXlsx(journey, out);
 * }
 * Journey back = JourneyGrid.readXlsx(Path.of("journey.xlsx"));  // equals heldPart(journey)
 * }</pre>
 */
public final class JourneyGrid {
  /** The version of the layout, in cell B1; the reader reads this version. */
  public static final int LAYOUT_VERSION = 1;

  /** The name of the sheet {@link #writeXlsx} writes. */
  public static final String SHEET = GridWriter.SHEET;

  /** The sheet of the starter workbook that holds an example journey. */
  public static final String EXAMPLE_SHEET = StarterWorkbook.EXAMPLE;

  /** The sheet of the starter workbook with every label and nothing filled in. */
  public static final String BLANK_SHEET = StarterWorkbook.BLANK;

  /** The sheet of the starter workbook that says how to fill in a grid. */
  public static final String HOW_TO_SHEET = StarterWorkbook.HOW_TO;

  /** The most rows read. */
  public static final int MAX_ROWS = 10_000;

  /** The most columns read. */
  public static final int MAX_COLUMNS = 1_000;

  /** The longest text of a cell, in characters: the most a spreadsheet's cell holds. */
  public static final int MAX_CELL_LENGTH = 32_767;

  /** The largest XLSX workbook read, in bytes: 32 MiB. */
  public static final long MAX_XLSX_BYTES = 32L << 20;

  /** The most bytes the parts of an XLSX workbook may unpack to: 256 MiB. */
  public static final long MAX_UNPACKED_BYTES = 256L << 20;

  /** The longest CSV read, in characters: 16 Mi. */
  public static final int MAX_CSV_LENGTH = 16 << 20;

  /** The reader stops after this many problems. */
  public static final int MAX_PROBLEMS = ProblemList.MAX_PROBLEMS;

  private JourneyGrid() {}

  /**
   * Reads a journey from the first sheet of an XLSX workbook whose cell A1 begins a grid.
   *
   * @param file the workbook
   * @return the journey
   * @throws GridFormatException listing every problem, with the file's name as the source
   * @throws IOException if the file cannot be read
   */
  public static Journey readXlsx(Path file) throws IOException {
    requireNonNull(file, "file");
    return xlsx(file, null);
  }

  /**
   * Reads a journey from one sheet of an XLSX workbook.
   *
   * @param file the workbook
   * @param sheet the sheet's name
   * @return the journey
   * @throws GridFormatException listing every problem
   * @throws IOException if the file cannot be read
   */
  public static Journey readXlsx(Path file, String sheet) throws IOException {
    requireNonNull(file, "file");
    requireNonNull(sheet, "sheet");
    return xlsx(file, sheet);
  }

  private static Journey xlsx(Path file, String sheet) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return XlsxSheets.read(in, String.valueOf(file.getFileName()), sheet);
    }
  }

  /**
   * Reads a journey from the first sheet of an XLSX workbook whose cell A1 begins a grid, to the
   * end of {@code in}, without closing it.
   *
   * @param in the workbook's bytes
   * @param sourceName the name problems give the workbook before a sheet is known, such as its
   *     file's name
   * @return the journey
   * @throws GridFormatException listing every problem
   * @throws IOException if {@code in} fails
   */
  public static Journey readXlsx(InputStream in, String sourceName) throws IOException {
    requireNonNull(in, "in");
    requireNonNull(sourceName, "sourceName");
    return XlsxSheets.read(in, sourceName, null);
  }

  /**
   * Reads a journey from one sheet of an XLSX workbook, to the end of {@code in}, without closing
   * it.
   *
   * @param in the workbook's bytes
   * @param sourceName the name problems give the workbook before a sheet is known
   * @param sheet the sheet's name
   * @return the journey
   * @throws GridFormatException listing every problem
   * @throws IOException if {@code in} fails
   */
  public static Journey readXlsx(InputStream in, String sourceName, String sheet)
      throws IOException {
    requireNonNull(in, "in");
    requireNonNull(sourceName, "sourceName");
    requireNonNull(sheet, "sheet");
    return XlsxSheets.read(in, sourceName, sheet);
  }

  /**
   * Reads a journey from a CSV file of UTF-8 text (a byte order mark is skipped), one record a row
   * of the grid.
   *
   * @param file the CSV file
   * @return the journey
   * @throws GridFormatException listing every problem, with the file's name as the sheet's
   * @throws IOException if the file cannot be read
   */
  public static Journey readCsv(Path file) throws IOException {
    requireNonNull(file, "file");
    String source = String.valueOf(file.getFileName());
    byte[] bytes;
    try (InputStream in = Files.newInputStream(file)) {
      bytes = in.readNBytes(4 * MAX_CSV_LENGTH + 1);
    }
    if (bytes.length > 4 * MAX_CSV_LENGTH) {
      // More bytes than any text of MAX_CSV_LENGTH characters takes: the reader refuses it as too
      // long, whatever the bytes are, rather than as not UTF-8 where the read cut a character.
      return readCsv(new StringReader(new String(bytes, StandardCharsets.UTF_8)), source);
    }
    String text;
    try {
      text = StrictUtf8.decoder().decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw new GridFormatException(
          List.of(GridProblem.of(source, "", "must be UTF-8 text", Optional.empty())));
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    return readCsv(new StringReader(text), source);
  }

  /**
   * Reads a journey from CSV, one record a row of the grid, to the end of {@code in}, without
   * closing it.
   *
   * @param in the CSV text
   * @param sourceName the name problems give as the sheet's, such as the file's name
   * @return the journey
   * @throws GridFormatException listing every problem
   * @throws IOException if {@code in} fails
   */
  public static Journey readCsv(Reader in, String sourceName) throws IOException {
    requireNonNull(in, "in");
    requireNonNull(sourceName, "sourceName");
    return CsvSheet.read(in, sourceName);
  }

  /**
   * Writes the part of {@code journey} a grid holds as an XLSX workbook of one sheet, {@value
   * #SHEET}, without closing {@code out}. The same journey gives the same bytes: the workbook
   * claims a fixed creation time, not the time of writing.
   *
   * @param journey the journey
   * @param out where the workbook goes
   * @throws GridFormatException if a text is longer than {@value #MAX_CELL_LENGTH} characters
   * @throws IOException if {@code out} fails
   */
  public static void writeXlsx(Journey journey, OutputStream out) throws IOException {
    requireNonNull(journey, "journey");
    requireNonNull(out, "out");
    GridWriter.writeXlsx(journey, out);
  }

  /**
   * Writes the part of {@code journey} a grid holds as CSV (RFC 4180, CRLF line ends), one record a
   * row of the grid, without closing {@code out}. The same journey gives the same characters.
   *
   * @param journey the journey
   * @param out where the CSV goes
   * @throws GridFormatException if a text is longer than {@value #MAX_CELL_LENGTH} characters
   * @throws IOException if {@code out} fails
   */
  public static void writeCsv(Journey journey, Writer out) throws IOException {
    requireNonNull(journey, "journey");
    requireNonNull(out, "out");
    GridWriter.writeCsv(journey, out);
  }

  /**
   * Writes the starter workbook, without closing {@code out}: the sheet {@value #EXAMPLE_SHEET}
   * holds a small journey (opening a current account), {@value #BLANK_SHEET} every label with
   * nothing filled in, and {@value #HOW_TO_SHEET} what to write in each row and column. It is the
   * same bytes each time.
   *
   * @param out where the workbook goes
   * @throws IOException if {@code out} fails
   */
  public static void writeStarterWorkbook(OutputStream out) throws IOException {
    requireNonNull(out, "out");
    StarterWorkbook.write(out);
  }

  /**
   * The part of a journey that a grid holds; reading a written grid gives it. It keeps the
   * journey's id, title, description, vision, state, counterpart, tags, the owner of its governance
   * and its personas' ids, names and segments; each stage's id, name, goal, owner and description;
   * each touchpoint's id, name, channel, lane and owner, and its latest emotion, expectation and
   * perception when they are on their usual scales (-2 to +2, 1 to 7), without sample size, date or
   * source; each moment's id, touchpoint, polarity and why it matters; each gap's id, type, title,
   * description, severity and location; each action's id, title, kind, status, owner, due date and
   * the gaps, moments and touchpoints it addresses. Within a stage, touchpoints come lane by lane
   * (in the order of {@link io.github.journeykit.core.model.Lane}), in their order within a lane.
   *
   * @param journey the journey
   * @return the part a grid holds
   */
  public static Journey heldPart(Journey journey) {
    requireNonNull(journey, "journey");
    return HeldFields.of(journey);
  }
}
