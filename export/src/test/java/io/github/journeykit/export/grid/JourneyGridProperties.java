package io.github.journeykit.export.grid;

import static io.github.journeykit.core.fixtures.Theories.qt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.lists;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import io.github.journeykit.core.fixtures.JourneyGenerators;
import io.github.journeykit.core.model.Journey;
import io.github.journeykit.export.fixtures.HostileReports;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A journey written as a grid and read back is its held part ({@link JourneyGrid#heldPart}), in
 * XLSX and in CSV, whatever its text: markup, formulas, control characters, lone surrogates, very
 * long text. Text stays data: no part of the workbook holds a formula, and no CSV cell starts a
 * formula but the numbers the grid writes.
 */
class JourneyGridProperties {
  private static final Pattern NUMBER = Pattern.compile("-?[0-9.E-]+");

  @Test
  void aJourneyReadsBackAsItsHeldPartFromXlsx() {
    qt(60)
        .forAll(JourneyGenerators.journeys())
        .checkAssert(
            journey ->
                assertEquals(
                    JourneyGrid.heldPart(journey), GridFiles.readXlsx(GridFiles.xlsx(journey))));
  }

  @Test
  void aJourneyReadsBackAsItsHeldPartFromCsv() {
    qt().forAll(JourneyGenerators.journeys())
        .checkAssert(
            journey ->
                assertEquals(
                    JourneyGrid.heldPart(journey), GridFiles.readCsv(GridFiles.csv(journey))));
  }

  @Test
  void hostileTextRoundTripsAndStaysData() {
    qt(40)
        .forAll(lists().of(HostileReports.texts()).ofSizeBetween(1, 12))
        .checkAssert(
            texts -> {
              Journey journey = HostileReports.withTexts(texts).journey();
              Journey held = JourneyGrid.heldPart(journey);
              byte[] workbook = GridFiles.xlsx(journey);
              assertEquals(held, GridFiles.readXlsx(workbook));
              assertNoFormula(workbook);
              String csv = GridFiles.csv(journey);
              assertEquals(held, GridFiles.readCsv(csv));
              assertNoCellStartsAFormula(csv);
            });
  }

  /** No part of the workbook holds a formula element, and every text is a string cell. */
  static void assertNoFormula(byte[] workbook) {
    Map<String, String> parts = GridFiles.parts(workbook);
    assertTrue(parts.containsKey(GridFiles.FIRST_SHEET), parts.keySet().toString());
    for (Map.Entry<String, String> part : parts.entrySet()) {
      assertFalse(part.getValue().contains("<f>"), part.getKey() + " holds a formula");
      assertFalse(part.getValue().contains("<f "), part.getKey() + " holds a formula");
    }
  }

  /** Every CSV cell that starts the way a formula starts is a number the grid wrote. */
  static void assertNoCellStartsAFormula(String csv) {
    try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(csv)) {
      for (CsvRecord record : reader) {
        for (String field : record.getFields()) {
          if (!field.isEmpty() && "=+-@\t\r".indexOf(field.charAt(0)) >= 0) {
            assertTrue(NUMBER.matcher(field).matches(), "a cell starts a formula: " + field);
          }
        }
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
