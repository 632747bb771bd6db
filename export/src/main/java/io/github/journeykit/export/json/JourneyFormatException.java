package io.github.journeykit.export.json;

import com.google.common.collect.ImmutableList;
import io.github.journeykit.core.internal.Problems;
import java.util.List;

/**
 * Thrown when a JSON document is not a valid JourneyKit document. It lists every problem found,
 * each with its JSON Pointer, line and column, and rule, so that one attempt shows everything to
 * fix.
 *
 * <pre>{@code
 * try {
 *   Journey journey = JourneyJson.read(text);
 * } catch (JourneyFormatException e) {
 *   e.problems().forEach(System.out::println);
 *   // /stages/0/touchpoints/1/lane (line 31, column 17): must be one of CUSTOMER_ACTION, ...
 * }
 * }</pre>
 */
public class JourneyFormatException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** Every problem found; never empty. */
  private final ImmutableList<FormatProblem> problems;

  /**
   * An exception listing {@code problems}.
   *
   * @param problems every problem found; at least one
   * @throws IllegalArgumentException if {@code problems} is empty
   */
  public JourneyFormatException(List<FormatProblem> problems) {
    super(Problems.message("The JSON journey document is invalid", problems));
    this.problems = ImmutableList.copyOf(problems);
  }

  /**
   * Every problem found, in document order as far as the reader got.
   *
   * @return the problems; never empty
   */
  public List<FormatProblem> problems() {
    return problems;
  }
}
