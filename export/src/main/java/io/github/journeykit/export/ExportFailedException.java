package io.github.journeykit.export;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.util.Map;

/**
 * Thrown when {@link ExporterRegistry#writeAll} could not write some formats. It names every format
 * that failed with its cause (every file, when several reports were written at once), and its
 * message says what was left as it was; the first cause is also {@link #getCause()}, the others are
 * suppressed exceptions.
 *
 * <pre>{@code
 * try {
 *   registry.writeAll(report, dir);
 * } catch (ExportFailedException e) {
 *   e.failures().keySet(); // [svg]
 * }
 * }</pre>
 */
public final class ExportFailedException extends IOException {
  private static final long serialVersionUID = 1L;

  /** The causes by format name. */
  private final transient ImmutableMap<String, Exception> failures;

  /**
   * An exception for the formats that failed.
   *
   * @param message what was being written and what was left in place
   * @param failures the cause of each failure, by format or file name; at least one
   * @throws IllegalArgumentException if {@code failures} is empty
   */
  public ExportFailedException(String message, Map<String, ? extends Exception> failures) {
    super(requireNonNull(message, "message"), first(failures));
    this.failures = ImmutableMap.copyOf(failures);
    this.failures.values().stream().skip(1).forEach(this::addSuppressed);
  }

  private static Exception first(Map<String, ? extends Exception> failures) {
    requireNonNull(failures, "failures");
    if (failures.isEmpty()) {
      throw new IllegalArgumentException("failures: must not be empty");
    }
    return failures.values().iterator().next();
  }

  /**
   * The cause of each failure, in the order the files were written: by format name when one report
   * was written, by file name ({@link ExporterRegistry#fileName}) when several were.
   *
   * @return the failures; never empty
   */
  public Map<String, Exception> failures() {
    return failures;
  }
}
