package io.github.journeykit.export.internal.grid;

import io.github.journeykit.export.grid.GridFormatException;
import io.github.journeykit.export.grid.GridProblem;
import io.github.journeykit.export.grid.JourneyGrid;
import io.github.journeykit.export.internal.problems.ProblemList;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The problems of one sheet, in the order they are found. Not public API. */
final class GridProblems {
  /** Thrown to stop reading a sheet that cannot be read further: the problems say why. */
  static final class Stop extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Stop() {
      super(null, null, false, false);
    }
  }

  private final String sheet;
  private final List<GridProblem> problems = new ArrayList<>();

  GridProblems(String sheet) {
    this.sheet = sheet;
  }

  /**
   * Records a problem at a cell.
   *
   * @param cell the cell's address, or empty for the sheet as a whole
   * @param rule what the grid must satisfy
   * @param shown the offending value as shown, or null
   * @throws Stop after {@link ProblemList#MAX_PROBLEMS} problems
   */
  void add(String cell, String rule, String shown) {
    problems.add(GridProblem.of(sheet, cell, rule, Optional.ofNullable(shown)));
    if (problems.size() >= ProblemList.MAX_PROBLEMS) {
      problems.add(GridProblem.of(sheet, cell, ProblemList.STOPPED, Optional.empty()));
      throw new Stop();
    }
  }

  /** Records a problem at the cell at {@code row} and {@code column}, with its text shown. */
  void at(int row, int column, String rule, String text) {
    add(GridCells.address(row, column), rule, text == null ? null : ProblemList.shown(text));
  }

  /**
   * Records that a row lies beyond {@link JourneyGrid#MAX_ROWS}, and stops.
   *
   * @throws Stop always
   */
  void rowBeyondLimit(int row) {
    add(
        GridCells.address(row, 0),
        "must be within the first " + JourneyGrid.MAX_ROWS + " rows; reading stopped",
        null);
    throw new Stop();
  }

  /** Records that a cell lies beyond {@link JourneyGrid#MAX_COLUMNS}. */
  void columnBeyondLimit(int row, int column) {
    add(
        GridCells.address(row, column),
        "must be within the first " + JourneyGrid.MAX_COLUMNS + " columns",
        null);
  }

  /**
   * Checks that a cell's text is at most {@link JourneyGrid#MAX_CELL_LENGTH} characters long.
   *
   * @return whether it is
   */
  boolean fitsACell(int row, int column, String text) {
    if (text.length() <= JourneyGrid.MAX_CELL_LENGTH) {
      return true;
    }
    at(
        row,
        column,
        "must be at most "
            + JourneyGrid.MAX_CELL_LENGTH
            + " characters long, the most a spreadsheet's cell holds",
        text);
    return false;
  }

  /** Throws the problems, if there are any. */
  void throwIfAny() {
    if (!problems.isEmpty()) {
      throw new GridFormatException(problems);
    }
  }
}
