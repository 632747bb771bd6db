package io.github.journeykit.core.progress;

/**
 * Hears how far long work has got. Called from the thread that does the work (where several threads
 * share it, from one of them at a time), from time to time and once at the end; it must return
 * quickly.
 *
 * <pre>{@code
 * ProgressListener log = (done, total) -> System.err.printf("%d of %d%n", done, total);
 * }</pre>
 */
@FunctionalInterface
public interface ProgressListener {
  /**
   * Reports progress.
   *
   * @param done how many items have been handled so far
   * @param total how many there are in all, or -1 when that is not known in advance
   */
  void progressed(long done, long total);

  /**
   * A listener that ignores progress.
   *
   * @return the listener
   */
  static ProgressListener none() {
    return (done, total) -> {};
  }
}
