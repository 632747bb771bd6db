package io.github.journeykit.export.internal.grid;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Enumeration;
import java.util.regex.Pattern;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * Makes a workbook that FastExcel wrote the same bytes for the same cells. FastExcel stamps the
 * time of writing into the core properties ({@value #CORE_PROPERTIES}, {@code dcterms:created}) and
 * offers no way to set it; so the workbook is copied part by part, that one part with a fixed time
 * ({@value #CREATED}) and every other part as it is, still compressed, each entry dated that same
 * time. Not public API.
 */
final class ReproducibleWorkbook {
  /** The part that holds the workbook's core properties. */
  static final String CORE_PROPERTIES = "docProps/core.xml";

  /**
   * The creation time every workbook claims: the first midnight that a zip entry's date holds in
   * every time zone without the extra time fields the zip library adds for earlier ones.
   */
  static final String CREATED = "1980-01-02T00:00:00Z";

  private static final Pattern CREATED_ELEMENT =
      Pattern.compile("(<dcterms:created\\b[^>]*>)[^<]*(</dcterms:created>)");

  private ReproducibleWorkbook() {}

  /**
   * Writes {@code workbook}, with a fixed creation time and fixed entry times, to {@code out},
   * without closing it.
   *
   * @param workbook a workbook as FastExcel wrote it
   * @param out where the workbook goes
   * @throws IOException if {@code out} fails
   */
  static void copy(byte[] workbook, OutputStream out) throws IOException {
    // Zip entries hold a local date and time: 1980-01-02 00:00 in the default zone is those same
    // fields in every zone.
    long entryTime =
        LocalDateTime.of(1980, 1, 2, 0, 0)
            .atZone(ZoneId.systemDefault())
            .toInstant()
            .toEpochMilli();
    ZipArchiveOutputStream zip = new ZipArchiveOutputStream(out);
    try (ZipFile parts =
        ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(workbook)).get()) {
      for (Enumeration<ZipArchiveEntry> all = parts.getEntries(); all.hasMoreElements(); ) {
        ZipArchiveEntry part = all.nextElement();
        ZipArchiveEntry entry = new ZipArchiveEntry(part.getName());
        entry.setTime(entryTime);
        entry.setMethod(part.getMethod());
        if (part.getName().equals(CORE_PROPERTIES)) {
          byte[] text;
          try (InputStream in = parts.getInputStream(part)) {
            text = withFixedCreationTime(in.readAllBytes());
          }
          zip.putArchiveEntry(entry);
          zip.write(text);
          zip.closeArchiveEntry();
        } else {
          entry.setCrc(part.getCrc());
          entry.setSize(part.getSize());
          entry.setCompressedSize(part.getCompressedSize());
          try (InputStream raw = parts.getRawInputStream(part)) {
            zip.addRawArchiveEntry(entry, raw);
          }
        }
      }
    }
    // Finished, not closed: closing would close the caller's stream.
    zip.finish();
    zip.flush();
  }

  /** The core properties with {@link #CREATED} as the creation time. */
  private static byte[] withFixedCreationTime(byte[] coreProperties) {
    String text = new String(coreProperties, StandardCharsets.UTF_8);
    return CREATED_ELEMENT
        .matcher(text)
        .replaceAll("$1" + CREATED + "$2")
        .getBytes(StandardCharsets.UTF_8);
  }
}
