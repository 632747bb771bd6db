package io.github.journeykit.export.json;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.journeykit.core.internal.Problems;
import java.util.List;

/**
 * Thrown when a document is not a valid journey: a JSON document of JourneyKit's format, or a
 * document of another interchange format such as CJML. It lists every problem found, each with its
 * location (a JSON Pointer, or for XML an element path), line and column, and rule, so that one
 * attempt shows everything to fix.
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
   * An exception listing {@code problems} of a JSON document.
   *
   * @param problems every problem found; at least one
   * @throws IllegalArgumentException if {@code problems} is empty
   */
  public JourneyFormatException(List<FormatProblem> problems) {
    this("JSON journey document", problems);
  }

  /**
   * An exception listing {@code problems} of the document {@code document}.
   *
   * <pre>{@code
   * new JourneyFormatException("CJML journey document map.xml", problems).getMessage();
   * // The CJML journey document map.xml is invalid: /CJML/plannedJourney/journeyID (line 3, ...
   * }</pre>
   *
   * @param document the document as messages name it, such as {@code CJML journey document map.xml}
   * @param problems every problem found; at least one
   * @throws IllegalArgumentException if {@code problems} is empty
   */
  public JourneyFormatException(String document, List<FormatProblem> problems) {
    super(
        Problems.message("The " + requireNonNull(document, "document") + " is invalid", problems));
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
