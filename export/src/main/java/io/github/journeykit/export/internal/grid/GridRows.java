package io.github.journeykit.export.internal.grid;

import io.github.journeykit.core.model.ActionItem;
import io.github.journeykit.core.model.Gap;
import io.github.journeykit.core.model.Journey;
import io.github.journeykit.core.model.Lane;
import io.github.journeykit.core.model.LocationKind;
import io.github.journeykit.core.model.Metric;
import io.github.journeykit.core.model.MomentThatMatters;
import io.github.journeykit.core.model.Persona;
import io.github.journeykit.core.model.Stage;
import io.github.journeykit.core.model.Touchpoint;
import io.github.journeykit.export.internal.grid.GridLayout.Column;
import io.github.journeykit.export.internal.grid.GridLayout.Label;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A journey as the rows of a grid, the layout of {@link GridLayout}: each cell a {@code String}, a
 * {@code Double} or null for an empty cell. The XLSX and CSV writers write these same rows. Not
 * public API.
 */
final class GridRows {
  /** One row: its cells, and whether it is a heading (the marker row, a lane, a table's header). */
  static final class Row {
    final List<Object> cells;
    final boolean heading;

    Row(List<Object> cells, boolean heading) {
      this.cells = cells;
      this.heading = heading;
    }
  }

  private final List<Row> rows = new ArrayList<>();
  private final GridProblems problems;

  private GridRows(String sheet) {
    this.problems = new GridProblems(sheet);
  }

  /**
   * The rows of the part of {@code journey} that a grid holds.
   *
   * @param journey the journey
   * @param sheet the sheet's name, for problems
   * @return the rows
   * @throws io.github.journeykit.export.grid.GridFormatException if a text is longer than a cell
   *     holds
   */
  static List<Row> of(Journey journey, String sheet) {
    GridRows grid = new GridRows(sheet);
    grid.journey(HeldFields.of(journey));
    grid.problems.throwIfAny();
    return grid.rows;
  }

  /**
   * The rows of an empty grid: every label, one empty touchpoint in each lane, the tables' headers.
   *
   * @return the rows
   */
  static List<Row> blank() {
    GridRows grid = new GridRows("");
    grid.add(true, GridLayout.MARKER, (double) GridLayout.VERSION);
    for (Label label : Label.values()) {
      if (label.section == GridLayout.Section.HEADER) {
        grid.add(false, label.text);
      }
    }
    grid.add(false);
    for (Label label : GridLayout.STAGE_ROWS) {
      grid.add(label == Label.STAGE_ID, label.text);
    }
    for (Lane lane : Lane.values()) {
      grid.add(true, Label.of(lane).text);
      for (Label field : GridLayout.TOUCHPOINT_FIELDS) {
        grid.add(false, field.text);
      }
    }
    for (Label table : List.of(Label.MOMENTS, Label.GAPS, Label.ACTIONS)) {
      grid.add(false);
      grid.header(table);
    }
    return grid.rows;
  }

  private void journey(Journey journey) {
    add(true, GridLayout.MARKER, (double) GridLayout.VERSION);
    add(false, Label.JOURNEY_ID.text, journey.id());
    add(false, Label.TITLE.text, journey.title());
    add(false, Label.DESCRIPTION.text, journey.description().orElse(null));
    add(false, Label.VISION.text, journey.vision().orElse(null));
    add(false, Label.STATE.text, journey.state().name());
    add(false, Label.COUNTERPART.text, journey.counterpartId().orElse(null));
    add(false, Label.MAP_OWNER.text, journey.governance().owner().orElse(null));
    if (journey.personas().isEmpty()) {
      add(false, Label.PERSONA.text);
    }
    for (Persona persona : journey.personas()) {
      add(false, Label.PERSONA.text, persona.id(), persona.name(), persona.segment().orElse(null));
    }
    List<Object> tags = new ArrayList<>();
    tags.add(Label.TAGS.text);
    tags.addAll(journey.tags());
    add(false, tags.toArray());
    add(false);
    List<Stage> stages = journey.stages();
    stageRow(true, Label.STAGE_ID, stages, s -> Optional.of(s.id()));
    stageRow(false, Label.STAGE, stages, s -> Optional.of(s.name()));
    stageRow(false, Label.GOAL, stages, Stage::goal);
    stageRow(false, Label.STAGE_OWNER, stages, Stage::owner);
    stageRow(false, Label.STAGE_DESCRIPTION, stages, Stage::description);
    for (Lane lane : Lane.values()) {
      lane(lane, stages);
    }
    add(false);
    header(Label.MOMENTS);
    for (MomentThatMatters moment : journey.moments()) {
      add(
          false,
          moment.id(),
          moment.touchpointId(),
          moment.polarity().name(),
          moment.whyItMatters());
    }
    add(false);
    header(Label.GAPS);
    for (Gap gap : journey.gaps()) {
      String at = gap.location().elementId().orElse(null);
      add(
          false,
          gap.id(),
          gap.title(),
          gap.type().name(),
          gap.severity().name(),
          gap.location().kind() == LocationKind.STAGE ? at : null,
          gap.location().kind() == LocationKind.TOUCHPOINT ? at : null,
          gap.description().orElse(null));
    }
    add(false);
    header(Label.ACTIONS);
    for (ActionItem action : journey.actions()) {
      add(
          false,
          action.id(),
          action.title(),
          action.kind().name(),
          action.status().name(),
          action.owner().orElse(null),
          action.due().map(Object::toString).orElse(null),
          ids(action.gapIds()),
          ids(action.momentIds()),
          ids(action.touchpointIds()));
    }
  }

  private interface StageField {
    Optional<String> of(Stage stage);
  }

  private void stageRow(boolean heading, Label label, List<Stage> stages, StageField field) {
    List<Object> cells = new ArrayList<>();
    cells.add(label.text);
    for (Stage stage : stages) {
      cells.add(field.of(stage).orElse(null));
    }
    add(heading, cells.toArray());
  }

  /** A lane's row, then as many touchpoint blocks as its fullest stage needs, at least one. */
  private void lane(Lane lane, List<Stage> stages) {
    add(true, Label.of(lane).text);
    List<List<Touchpoint>> inLane = new ArrayList<>();
    int blocks = 1;
    for (Stage stage : stages) {
      List<Touchpoint> touchpoints = new ArrayList<>();
      for (Touchpoint touchpoint : stage.touchpoints()) {
        if (touchpoint.lane() == lane) {
          touchpoints.add(touchpoint);
        }
      }
      inLane.add(touchpoints);
      blocks = Math.max(blocks, touchpoints.size());
    }
    for (int block = 0; block < blocks; block++) {
      for (Label field : GridLayout.TOUCHPOINT_FIELDS) {
        List<Object> cells = new ArrayList<>();
        cells.add(field.text);
        for (List<Touchpoint> touchpoints : inLane) {
          cells.add(block < touchpoints.size() ? value(touchpoints.get(block), field) : null);
        }
        add(false, cells.toArray());
      }
    }
  }

  private static Object value(Touchpoint touchpoint, Label field) {
    switch (field) {
      case TOUCHPOINT:
        return touchpoint.name();
      case TOUCHPOINT_ID:
        return touchpoint.id();
      case CHANNEL:
        return touchpoint.channel().name();
      case OWNER:
        return touchpoint.owner().orElse(null);
      case EMOTION:
        return HeldFields.held(touchpoint, Metric.EMOTION).orElse(null);
      case EXPECTATION:
        return HeldFields.held(touchpoint, Metric.EXPECTATION).orElse(null);
      default:
        return HeldFields.held(touchpoint, Metric.PERCEPTION).orElse(null);
    }
  }

  private void header(Label table) {
    List<Object> cells = new ArrayList<>();
    for (Column column : Column.of(table)) {
      cells.add(column.text);
    }
    add(true, cells.toArray());
  }

  private static String ids(List<String> ids) {
    return ids.isEmpty() ? null : String.join(", ", ids);
  }

  private void add(boolean heading, Object... cells) {
    int row = rows.size();
    for (int column = 0; column < cells.length; column++) {
      if (cells[column] instanceof String) {
        problems.fitsACell(row, column, (String) cells[column]);
      }
    }
    rows.add(new Row(Arrays.asList(cells), heading));
  }
}
