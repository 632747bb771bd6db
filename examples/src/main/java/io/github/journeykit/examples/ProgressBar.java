package io.github.journeykit.examples;

import io.github.journeykit.core.progress.ProgressListener;
import java.io.PrintStream;

/**
 * A one-line progress bar for reading a file, redrawn in place with a carriage return whenever the
 * share done grows by a percent, and ended with a new line when the work is done.
 *
 * <pre>{@code
 * ingestion.readCsv(file, new ProgressBar("observations.csv", Files.size(file), System.err),
 *     CancellationCheck.never());
 * // observations.csv [########################################] 100%
 * }</pre>
 */
final class ProgressBar implements ProgressListener {
  private static final int WIDTH = 40;

  private final String name;
  private final long size;
  private final PrintStream out;
  private int shown = -1;

  /**
   * A bar.
   *
   * @param name what is read, shown before the bar
   * @param size how many units there are in all, used when the work does not know it; 0 or less
   *     when unknown
   * @param out where to draw
   */
  ProgressBar(String name, long size, PrintStream out) {
    this.name = name;
    this.size = size;
    this.out = out;
  }

  @Override
  public void progressed(long done, long total) {
    long all = total > 0 ? total : size;
    int percent = all > 0 ? (int) Math.min(100, done * 100 / all) : 0;
    if (percent <= shown) {
      return;
    }
    shown = percent;
    int filled = percent * WIDTH / 100;
    out.print(
        "\r"
            + name
            + " ["
            + "#".repeat(filled)
            + "-".repeat(WIDTH - filled)
            + "] "
            + percent
            + "%");
    if (percent == 100) {
      out.println();
    }
    out.flush();
  }
}
