package io.github.journeykit.cli.internal;

import io.github.journeykit.core.progress.ProgressListener;
import java.io.PrintStream;

/**
 * A one-line progress bar for reading a file on a terminal, redrawn in place with a carriage return
 * whenever the share done grows by a percent. It shows 100% only when told that the work is {@link
 * #done}, so that a failure found while reading the last bytes is not preceded by a full bar; when
 * closed, it ends its line, so that what is printed next starts a line of its own. Off a terminal
 * it draws nothing: carriage returns would smear a log. Not public API.
 *
 * <pre>{@code
 * try (ProgressBar bar = new ProgressBar("observations.csv", Files.size(file), System.err, true)) {
 *   result = ingestion.readCsv(file, bar, CancellationCheck.never());
 *   bar.done();
 * }
 * // observations.csv [########################################] 100%
 * }</pre>
 */
final class ProgressBar implements ProgressListener, AutoCloseable {
  private static final int WIDTH = 40;

  private final String name;
  private final long size;
  private final PrintStream out;
  private final boolean terminal;
  private int shown = -1;

  /**
   * A bar.
   *
   * @param name what is read, shown before the bar
   * @param size how many units there are in all, used when the work does not know it; 0 or less
   *     when unknown
   * @param out where to draw
   * @param terminal whether {@code out} is a terminal; if not, nothing is drawn
   */
  ProgressBar(String name, long size, PrintStream out, boolean terminal) {
    this.name = name;
    this.size = size;
    this.out = out;
    this.terminal = terminal;
  }

  @Override
  public void progressed(long done, long total) {
    long all = total > 0 ? total : size;
    draw(all > 0 ? (int) Math.min(99, done * 100 / all) : 0);
  }

  /** Shows the work done: the full bar. */
  void done() {
    draw(100);
  }

  private void draw(int percent) {
    if (!terminal || percent <= shown) {
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
    out.flush();
  }

  /** Ends the bar's line, if it drew one. */
  @Override
  public void close() {
    if (shown >= 0) {
      out.println();
      shown = -1;
    }
  }
}
