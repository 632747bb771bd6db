package io.github.journeykit.export.grid;

import io.github.journeykit.core.model.Journey;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The Java half of {@code export/src/test/sh/check-starter-workbook.sh}, which checks the starter
 * workbook with LibreOffice: {@code write FILE} writes the workbook; {@code compare CSV XLSX} reads
 * the CSV that LibreOffice made of the example sheet and fails unless it is the journey of the
 * workbook's example sheet.
 */
public final class StarterWorkbookCheck {
  private StarterWorkbookCheck() {}

  /**
   * Runs one step of the check.
   *
   * @param args {@code write FILE} or {@code compare CSV XLSX}
   * @throws IOException if a file cannot be read or written
   */
  public static void main(String[] args) throws IOException {
    if (args.length == 2 && args[0].equals("write")) {
      Path file = Path.of(args[1]);
      Files.createDirectories(file.toAbsolutePath().getParent());
      try (OutputStream out = Files.newOutputStream(file)) {
        JourneyGrid.writeStarterWorkbook(out);
      }
      System.out.println("wrote " + file);
    } else if (args.length == 3 && args[0].equals("compare")) {
      Journey fromCsv = JourneyGrid.readCsv(Path.of(args[1]));
      Journey fromXlsx = JourneyGrid.readXlsx(Path.of(args[2]), JourneyGrid.EXAMPLE_SHEET);
      if (!fromCsv.equals(fromXlsx)) {
        throw new AssertionError(
            "LibreOffice's CSV of the example reads as\n" + fromCsv + "\nnot as\n" + fromXlsx);
      }
      System.out.println(
          "LibreOffice's CSV of the example reads as the example journey: "
              + fromCsv.stages().size()
              + " stages, "
              + fromCsv.touchpoints().size()
              + " touchpoints, "
              + fromCsv.moments().size()
              + " moments, "
              + fromCsv.gaps().size()
              + " gaps, "
              + fromCsv.actions().size()
              + " actions");
    } else {
      throw new IllegalArgumentException("args: must be write FILE or compare CSV XLSX");
    }
  }
}
