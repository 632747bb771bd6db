package io.github.journeykit.export.grid;

import io.github.journeykit.core.internal.ValueStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One problem in a journey grid: the sheet and cell where it is, the rule the grid breaks, and the
 * offending value.
 *
 * <pre>{@code
 * try {
 *   JourneyGrid.readXlsx(Path.of("journey.xlsx"));
 * } catch (GridFormatException e) {
 *   for (GridProblem p : e.problems()) {
 *     System.out.println(p.location() + ": " + p.rule()); // Journey!C20: must be a number ...
 *   }
 * }
 * }</pre>
 */
@Value.Immutable
@ValueStyle
public abstract class GridProblem {
  GridProblem() {}

  /**
   * A problem.
   *
   * @param sheet the sheet's name, or for a CSV file the name it was read under
   * @param cell the cell, such as {@code D7}; empty for the sheet or file as a whole
   * @param rule what the grid must satisfy, phrased as "must ..."
   * @param value the offending value as shown in messages, or empty
   * @return the problem
   */
  public static GridProblem of(String sheet, String cell, String rule, Optional<String> value) {
    return ImmutableGridProblem.of(sheet, cell, rule, value);
  }

  /**
   * The sheet's name; for a CSV file, the name it was read under (its file name).
   *
   * @return the sheet
   */
  @Value.Parameter
  public abstract String sheet();

  /**
   * The cell, as a spreadsheet names it: column letters, then the row counted from 1.
   *
   * @return the cell, such as {@code D7}; empty for the sheet or file as a whole
   */
  @Value.Parameter
  public abstract String cell();

  /**
   * The rule, phrased as "must ...".
   *
   * @return the rule
   */
  @Value.Parameter
  public abstract String rule();

  /**
   * The offending value as shown in messages (quoted, truncated, with control characters escaped).
   *
   * @return the value, or empty where there is no single value
   */
  @Value.Parameter
  public abstract Optional<String> value();

  /**
   * Where the problem is, as a spreadsheet's formulas name a cell: {@code Journey!D7}, with the
   * sheet quoted when its name holds anything but letters, digits, '_' and '.' ({@code 'My
   * map'!D7}); the sheet alone for the sheet as a whole.
   *
   * @return the location
   */
  public String location() {
    String sheet = sheet();
    if (!sheet.matches("[A-Za-z0-9_.]+")) {
      sheet = "'" + sheet.replace("'", "''") + "'";
    }
    return cell().isEmpty() ? sheet : sheet + "!" + cell();
  }

  /**
   * The message, such as {@code Journey!C20: must be a number (was "minus one")}.
   *
   * @return the message
   */
  @Override
  public String toString() {
    return location() + ": " + rule() + value().map(v -> " (was " + v + ")").orElse("");
  }
}
