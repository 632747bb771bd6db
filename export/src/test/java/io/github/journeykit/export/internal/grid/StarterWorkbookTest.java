package io.github.journeykit.export.internal.grid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.journeykit.export.internal.grid.GridLayout.Column;
import io.github.journeykit.export.internal.grid.GridLayout.Label;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The "How to fill in" sheet says what to write for every label and every column of a table. */
class StarterWorkbookTest {
  @Test
  void everyLabelAndColumnHasItsHelp() {
    Map<String, Object> help = new HashMap<>();
    for (GridRows.Row row : StarterWorkbook.howTo()) {
      help.put(((String) row.cells.get(0)).strip(), row.cells.get(1));
    }
    for (Label label : Label.values()) {
      assertTrue(help.get(label.text) instanceof String, label.text);
    }
    for (Column column : Column.values()) {
      if (column != Column.of(column.table).get(0)) {
        assertTrue(help.get(column.text) instanceof String, column.text);
      }
    }
    assertEquals(
        Label.values().length + Column.values().length - 3 + 5,
        StarterWorkbook.howTo().size(),
        "a heading, three lines on the grid as a whole, the header of the list, then one row each");
  }
}
