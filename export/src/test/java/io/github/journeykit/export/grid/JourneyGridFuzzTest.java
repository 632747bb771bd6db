package io.github.journeykit.export.grid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.journeykit.core.fixtures.SampleJourneys;
import io.github.journeykit.core.model.Journey;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The grid readers on any input at all. Their contract: a journey, or a {@link GridFormatException}
 * that names its problems, and no other exception; and a journey read, written again and read again
 * is its held part ({@link JourneyGrid#heldPart}), in XLSX and in CSV. XLSX is fuzzed as raw bytes,
 * and, so that the fuzzer reaches the sheet's parser and the grid reader past the zip archive, as a
 * valid grid with cells of its choosing and as a valid workbook with parts of its choosing. In the
 * build the committed inputs are replayed; {@code JAZZER_FUZZ=1} fuzzes (see README, "Fuzzing").
 */
class JourneyGridFuzzTest {
  /** The cells of a valid grid, row by row, as the CSV writer writes them. */
  private static final EditedGrid GRID = new EditedGrid(SampleJourneys.broadbandFault());

  /** The parts of a valid workbook, by name. */
  private static final Map<String, String> PARTS =
      GridFiles.parts(GridFiles.xlsx(SampleJourneys.broadbandFault()));

  @FuzzTest(maxDuration = "10m")
  void readsAnyCsvBytesWithinItsContract(byte[] input) throws IOException {
    Path file = Files.createTempFile("fuzz", ".csv");
    try {
      Files.write(file, input);
      assertWithinContract(() -> JourneyGrid.readCsv(file));
    } finally {
      Files.delete(file);
    }
  }

  @FuzzTest(maxDuration = "10m")
  void readsAnyXlsxBytesWithinItsContract(byte[] input) {
    assertWithinContract(() -> JourneyGrid.readXlsx(new ByteArrayInputStream(input), "fuzz.xlsx"));
  }

  /** A valid grid with some cells changed to text, numbers, booleans and formulas. */
  @FuzzTest(maxDuration = "10m")
  void readsAGridOfAnyCellsWithinItsContract(FuzzedDataProvider data) {
    List<List<String>> rows = GRID.rows();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      Workbook workbook = new Workbook(out, "JourneyKit", "1.0");
      Worksheet sheet = workbook.newWorksheet(JourneyGrid.SHEET);
      for (int r = 0; r < rows.size(); r++) {
        for (int c = 0; c < rows.get(r).size(); c++) {
          sheet.value(r, c, rows.get(r).get(c));
        }
      }
      for (int edits = data.consumeInt(1, 8); edits > 0 && data.remainingBytes() > 0; edits--) {
        int r = data.consumeInt(0, rows.size() + 2);
        int c = data.consumeInt(0, 8);
        switch (data.consumeInt(0, 4)) {
          case 0:
            sheet.value(r, c, data.consumeDouble());
            break;
          case 1:
            sheet.value(r, c, data.consumeBoolean());
            break;
          case 2:
            sheet.formula(r, c, data.consumeString(40));
            break;
          case 3:
            sheet.value(r, c, data.consumeString(200));
            sheet.style(r, c).format(data.consumeString(20)).set();
            break;
          default:
            sheet.value(r, c, data.consumeString(200));
        }
      }
      workbook.finish();
    } catch (IOException | RuntimeException e) {
      // FastExcel refuses what it cannot write, such as a bad formula or format: no grid to read.
      return;
    }
    byte[] workbook = out.toByteArray();
    assertWithinContract(
        () -> JourneyGrid.readXlsx(new ByteArrayInputStream(workbook), "fuzz.xlsx"));
  }

  /** A valid workbook with one of its parts replaced, or with text of it replaced. */
  @FuzzTest(maxDuration = "10m")
  void readsAWorkbookOfAnyPartsWithinItsContract(FuzzedDataProvider data) {
    List<String> names = new ArrayList<>(PARTS.keySet());
    String name = names.get(data.consumeInt(0, names.size() - 1));
    String part = PARTS.get(name);
    byte[] edited;
    if (data.consumeBoolean()) {
      int from = data.consumeInt(0, part.length());
      int to = data.consumeInt(from, Math.min(part.length(), from + 64));
      edited =
          (part.substring(0, from) + data.consumeString(200) + part.substring(to))
              .getBytes(StandardCharsets.UTF_8);
    } else {
      edited = data.consumeRemainingAsBytes();
    }
    Map<String, byte[]> parts = new LinkedHashMap<>();
    PARTS.forEach((n, text) -> parts.put(n, text.getBytes(StandardCharsets.UTF_8)));
    parts.put(name, edited);
    byte[] workbook = GridFiles.zip(parts);
    assertWithinContract(
        () -> JourneyGrid.readXlsx(new ByteArrayInputStream(workbook), "fuzz.xlsx"));
  }

  /** A journey to read, or a problem that the reader throws as documented. */
  interface Read {
    Journey journey() throws IOException;
  }

  /**
   * Reading gives a journey or a {@link GridFormatException} naming its problems; a journey read
   * back from what is written of it, in XLSX and CSV, is its held part.
   */
  static void assertWithinContract(Read read) {
    Journey journey;
    try {
      journey = read.journey();
    } catch (GridFormatException e) {
      assertFalse(e.problems().isEmpty(), "a refused grid names its problems");
      return;
    } catch (IOException e) {
      // Only the stream can fail this way, and the fuzzed streams do not.
      throw new UncheckedIOException(e);
    }
    Journey held = JourneyGrid.heldPart(journey);
    assertEquals(held, GridFiles.readXlsx(GridFiles.xlsx(journey)));
    assertEquals(held, GridFiles.readCsv(GridFiles.csv(journey)));
  }
}
