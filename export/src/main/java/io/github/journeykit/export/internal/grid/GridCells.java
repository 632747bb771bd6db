package io.github.journeykit.export.internal.grid;

import java.util.ArrayList;
import java.util.List;

/**
 * The text of one sheet's cells, row by row, as the grid reader reads them, whether they came from
 * an XLSX sheet or a CSV file; the empty string for an empty cell. Not public API.
 */
final class GridCells {
  private final List<List<String>> rows = new ArrayList<>();

  /** Sets the text of the cell at {@code row} and {@code column}, counted from 0. */
  void set(int row, int column, String text) {
    while (rows.size() <= row) {
      rows.add(new ArrayList<>());
    }
    List<String> cells = rows.get(row);
    while (cells.size() <= column) {
      cells.add("");
    }
    cells.set(column, text);
  }

  /** The number of rows, up to the last that was set. */
  int rows() {
    return rows.size();
  }

  /** The number of cells in {@code row}, up to the last that was set. */
  int columns(int row) {
    return rows.get(row).size();
  }

  /** The text of a cell, stripped of spaces around it; empty if it was not set. */
  String text(int row, int column) {
    return raw(row, column).strip();
  }

  /** The text of a cell as it is; empty if it was not set. */
  String raw(int row, int column) {
    if (row >= rows.size() || column >= rows.get(row).size()) {
      return "";
    }
    return rows.get(row).get(column);
  }

  /** Whether every cell of {@code row} from {@code column} on is empty or blank. */
  boolean isBlank(int row, int column) {
    for (int c = column; c < (row < rows.size() ? rows.get(row).size() : 0); c++) {
      if (!text(row, c).isEmpty()) {
        return false;
      }
    }
    return true;
  }

  /** A cell's address as a spreadsheet writes it: {@code D7} for row 6 and column 3. */
  static String address(int row, int column) {
    return columnName(column) + (row + 1);
  }

  /** A column's letters: {@code A} for 0, {@code Z} for 25, {@code AA} for 26. */
  static String columnName(int column) {
    StringBuilder name = new StringBuilder();
    for (int c = column + 1; c > 0; c = (c - 1) / 26) {
      name.insert(0, (char) ('A' + (c - 1) % 26));
    }
    return name.toString();
  }
}
