package io.github.journeykit.benchmarks;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.SplittableRandom;

/**
 * The CSV of observations that W1 aggregates: {@code rows} survey answers on the touchpoints of
 * {@link Workloads#journey(int, long)}, in the format of the sample file. Files are written once
 * into the temporary directory and reused by later forks and runs.
 */
final class ObservationsFile {
  /** Touchpoints of the journey the rows observe. */
  static final int TOUCHPOINTS = 1_000;

  static final String HEADER = "touchpoint_id,metric,value,observed_at,source,respondent_id";

  private static final String[] METRICS = {"csat", "nps", "emotion"};
  private static final long FROM = Instant.parse("2026-01-01T00:00:00Z").getEpochSecond();
  private static final long SPAN = 300L * 24 * 3600;

  private ObservationsFile() {}

  /** The file of {@code rows} observations, written on first use. */
  static Path of(long rows) throws IOException {
    Path directory = Path.of(System.getProperty("java.io.tmpdir"), "journeykit-benchmarks");
    Files.createDirectories(directory);
    Path file = directory.resolve("observations-" + rows + ".csv");
    if (Files.exists(file)) {
      return file;
    }
    // Written aside and moved into place, so a run stopped half-way never leaves a short file.
    Path partial = Files.createTempFile(directory, "observations-", ".partial");
    try (BufferedWriter out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
      write(rows, out);
    }
    Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    return file;
  }

  private static void write(long rows, BufferedWriter out) throws IOException {
    SplittableRandom random = new SplittableRandom(20261123L);
    StringBuilder line = new StringBuilder(96);
    out.write(HEADER);
    out.write('\n');
    for (long row = 0; row < rows; row++) {
      int metric = random.nextInt(METRICS.length);
      line.setLength(0);
      line.append("tp-").append(random.nextInt(TOUCHPOINTS)).append(',');
      line.append(METRICS[metric]).append(',');
      switch (metric) {
        case 0:
          line.append(1 + random.nextInt(5));
          break;
        case 1:
          line.append(random.nextInt(11));
          break;
        default:
          line.append((random.nextInt(9) - 4) / 2.0);
          break;
      }
      line.append(',').append(Instant.ofEpochSecond(FROM + random.nextLong(SPAN))).append(',');
      line.append("pulse-survey,r-").append(row % 1_000_000).append('\n');
      out.append(line);
    }
  }
}
