package io.github.journeykit.core.progress;

/**
 * Asked by long work, from time to time, whether to stop. When it answers yes, the work throws
 * {@link java.util.concurrent.CancellationException} and returns nothing.
 *
 * <pre>{@code
 * AtomicBoolean stop = new AtomicBoolean();
 * CancellationCheck check = stop::get;
 * }</pre>
 */
@FunctionalInterface
public interface CancellationCheck {
  /**
   * Whether the work should stop.
   *
   * @return true to stop
   */
  boolean isCancelled();

  /**
   * A check that never cancels.
   *
   * @return the check
   */
  static CancellationCheck never() {
    return () -> false;
  }
}
