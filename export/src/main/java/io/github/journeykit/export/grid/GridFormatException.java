package io.github.journeykit.export.grid;

import com.google.common.collect.ImmutableList;
import io.github.journeykit.core.internal.Problems;
import java.util.List;

/**
 * Thrown when a sheet or CSV file is not a valid journey grid, or when a journey holds text that a
 * grid cannot hold. It lists every problem found, each with its sheet, cell and rule, so that one
 * attempt shows everything to fix.
 *
 * <pre>{@code
 * try {
 *   Journey journey = JourneyGrid.readCsv(Path.of("journey.csv"));
 * } catch (GridFormatException e) {
 *   e.problems().forEach(System.out::println);
 *   // journey.csv!B20: must be one of web, app, ... or a key (was "Web site!")
 * }
 * }</pre>
 */
public class GridFormatException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** Every problem found; never empty. */
  private final ImmutableList<GridProblem> problems;

  /**
   * An exception listing {@code problems}.
   *
   * @param problems every problem found; at least one
   * @throws IllegalArgumentException if {@code problems} is empty
   */
  public GridFormatException(List<GridProblem> problems) {
    super(Problems.message("The journey grid is invalid", problems));
    this.problems = ImmutableList.copyOf(problems);
  }

  /**
   * Every problem found, in the order of the rows, then of the model's rules.
   *
   * @return the problems; never empty
   */
  public List<GridProblem> problems() {
    return problems;
  }
}
