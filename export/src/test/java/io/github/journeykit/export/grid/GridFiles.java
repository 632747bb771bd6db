package io.github.journeykit.export.grid;

import io.github.journeykit.core.model.Journey;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/** Grids in memory: written, read back, and taken apart or edited part by part. */
final class GridFiles {
  /** The part of a workbook that holds the first sheet. */
  static final String FIRST_SHEET = "xl/worksheets/sheet1.xml";

  private GridFiles() {}

  static byte[] xlsx(Journey journey) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      JourneyGrid.writeXlsx(journey, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  static String csv(Journey journey) {
    StringWriter out = new StringWriter();
    try {
      JourneyGrid.writeCsv(journey, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  static Journey readXlsx(byte[] workbook) {
    try {
      return JourneyGrid.readXlsx(new ByteArrayInputStream(workbook), "journey.xlsx");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Journey readCsv(String csv) {
    try {
      return JourneyGrid.readCsv(new StringReader(csv), "journey.csv");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every part of a workbook, by name, as UTF-8 text. */
  static Map<String, String> parts(byte[] workbook) {
    // Read through the central directory: FastExcel's zip entries carry their sizes after the data,
    // which the JDK's streaming reader refuses for stored entries.
    Map<String, String> parts = new LinkedHashMap<>();
    try {
      Path file = Files.createTempFile("grid", ".xlsx");
      try {
        Files.write(file, workbook);
        try (ZipFile zip = new ZipFile(file.toFile())) {
          for (ZipEntry entry : Collections.list(zip.entries())) {
            try (InputStream in = zip.getInputStream(entry)) {
              parts.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
          }
        }
      } finally {
        Files.delete(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return parts;
  }

  /** The workbook with {@code part} in place of the part of that name, or added. */
  static byte[] withPart(byte[] workbook, String name, byte[] part) {
    Map<String, byte[]> parts = new LinkedHashMap<>();
    parts(workbook).forEach((n, text) -> parts.put(n, text.getBytes(StandardCharsets.UTF_8)));
    parts.put(name, part);
    return zip(parts);
  }

  /** A zip archive of {@code parts}, by name, in their order. */
  static byte[] zip(Map<String, byte[]> parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (Map.Entry<String, byte[]> entry : parts.entrySet()) {
        zip.putNextEntry(new ZipEntry(entry.getKey()));
        zip.write(entry.getValue());
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** The workbook with {@code from} replaced by {@code to} in its first sheet's XML. */
  static byte[] editedSheet(byte[] workbook, String from, String to) {
    String sheet = parts(workbook).get(FIRST_SHEET);
    if (!sheet.contains(from)) {
      throw new AssertionError("the sheet lacks " + from + ":\n" + sheet);
    }
    return withPart(
        workbook, FIRST_SHEET, sheet.replace(from, to).getBytes(StandardCharsets.UTF_8));
  }
}
