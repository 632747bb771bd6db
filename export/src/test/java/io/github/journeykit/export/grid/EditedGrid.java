package io.github.journeykit.export.grid;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.writer.CsvWriter;
import io.github.journeykit.core.model.Journey;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * A journey's grid as CSV cells to edit the way a team edits a sheet: find a cell by what it holds,
 * change it, and read the result.
 */
final class EditedGrid {
  private final List<List<String>> rows = new ArrayList<>();

  EditedGrid(Journey journey) {
    try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(GridFiles.csv(journey))) {
      for (CsvRecord record : reader) {
        rows.add(new ArrayList<>(record.getFields()));
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The address, such as {@code D7}, of the first cell, row by row, that holds {@code text}. */
  String find(String text) {
    for (int r = 0; r < rows.size(); r++) {
      int c = rows.get(r).indexOf(text);
      if (c >= 0) {
        return address(r, c);
      }
    }
    throw new AssertionError("no cell holds " + text);
  }

  /** The address {@code rows} rows below {@code address}. */
  static String below(String address, int rows) {
    int digits = address.replaceAll("[A-Z]", "").length();
    String column = address.substring(0, address.length() - digits);
    return column + (Integer.parseInt(address.substring(column.length())) + rows);
  }

  /** The address {@code columns} columns right of {@code address} (within A to Z). */
  static String right(String address, int columns) {
    return (char) (address.charAt(0) + columns) + address.substring(1);
  }

  /** Puts {@code text} in the cell at {@code address}. */
  EditedGrid set(String address, String text) {
    int column = address.charAt(0) - 'A';
    int row = Integer.parseInt(address.substring(1)) - 1;
    while (rows.size() <= row) {
      rows.add(new ArrayList<>());
    }
    List<String> cells = rows.get(row);
    while (cells.size() <= column) {
      cells.add("");
    }
    cells.set(column, text);
    return this;
  }

  /** Adds a row at the end. */
  EditedGrid addRow(String... cells) {
    rows.add(new ArrayList<>(List.of(cells)));
    return this;
  }

  /** The cells, row by row; a copy. */
  List<List<String>> rows() {
    List<List<String>> copy = new ArrayList<>();
    rows.forEach(row -> copy.add(new ArrayList<>(row)));
    return copy;
  }

  String csv() {
    StringWriter out = new StringWriter();
    try (CsvWriter csv = CsvWriter.builder().build(out)) {
      for (List<String> row : rows) {
        csv.writeRecord(row);
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return out.toString();
  }

  /** The problems reading the edited grid gives. */
  List<GridProblem> problems() {
    try {
      GridFiles.readCsv(csv());
    } catch (GridFormatException e) {
      return e.problems();
    }
    throw new AssertionError("the edited grid reads as a journey:\n" + csv());
  }

  private static String address(int row, int column) {
    return (char) ('A' + column) + Integer.toString(row + 1);
  }
}
