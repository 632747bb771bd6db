package io.github.journeykit.export.internal.grid;

import io.github.journeykit.core.internal.Problems;
import io.github.journeykit.core.model.ActionItem;
import io.github.journeykit.core.model.ActionKind;
import io.github.journeykit.core.model.ActionStatus;
import io.github.journeykit.core.model.Channel;
import io.github.journeykit.core.model.Gap;
import io.github.journeykit.core.model.GapType;
import io.github.journeykit.core.model.Governance;
import io.github.journeykit.core.model.Journey;
import io.github.journeykit.core.model.JourneyState;
import io.github.journeykit.core.model.Lane;
import io.github.journeykit.core.model.Location;
import io.github.journeykit.core.model.Measurement;
import io.github.journeykit.core.model.Metric;
import io.github.journeykit.core.model.MomentThatMatters;
import io.github.journeykit.core.model.Persona;
import io.github.journeykit.core.model.Polarity;
import io.github.journeykit.core.model.Severity;
import io.github.journeykit.core.model.Stage;
import io.github.journeykit.core.model.Touchpoint;
import io.github.journeykit.core.model.ValidationException;
import io.github.journeykit.core.model.Violation;
import io.github.journeykit.export.internal.grid.GridLayout.Column;
import io.github.journeykit.export.internal.grid.GridLayout.Label;
import io.github.journeykit.export.internal.grid.GridLayout.Section;
import io.github.journeykit.export.internal.problems.ProblemList;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Reads one sheet's cells as a journey, the layout of {@link GridLayout}, and reports every problem
 * at the cell that holds it: labels out of place, missing required cells, enum constants, numbers
 * and dates that do not parse, and every rule of the model (unique ids, references that resolve,
 * values on their scales), each at the cell of the field it names. Not public API.
 */
final class GridReader {
  private static final Pattern NUMBER =
      Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
  private static final Pattern ID_SEPARATORS = Pattern.compile("[\\s,;]+");

  /** A touchpoint block: the rows of one touchpoint in each stage column, within one lane. */
  private static final class Block {
    final Lane lane;
    final Map<Label, Integer> rows = new EnumMap<>(Label.class);

    Block(Lane lane) {
      this.lane = lane;
    }
  }

  /** A table below the map: its header row, its columns and its rows. */
  private static final class Table {
    final Map<Column, Integer> columns = new EnumMap<>(Column.class);
    final List<Integer> rows = new ArrayList<>();
  }

  private final GridCells cells;
  private final GridProblems problems;

  private final Map<Label, Integer> single = new EnumMap<>(Label.class);
  private final List<Integer> personaRows = new ArrayList<>();
  private final List<Block> blocks = new ArrayList<>();
  private final Map<Label, Table> tables = new EnumMap<>(Label.class);

  /** The cell of each field read, by its path in the model, for the model's own rules. */
  private final Map<String, String> cellOfPath = new HashMap<>();

  /** The ids, as problems show them, of elements that could not be built. */
  private final Set<String> lostIds = new HashSet<>();

  /** Whether an element whose id could not be read was lost: any reference may name it. */
  private boolean unknownIdLost;

  /** The personas built so far. */
  private int personaCount;

  private GridReader(GridCells cells, GridProblems problems) {
    this.cells = cells;
    this.problems = problems;
  }

  /**
   * The journey the cells hold.
   *
   * @throws io.github.journeykit.export.grid.GridFormatException listing every problem
   */
  static Journey read(GridCells cells, GridProblems problems) {
    GridReader reader = new GridReader(cells, problems);
    Journey journey = null;
    try {
      journey = reader.journey();
    } catch (GridProblems.Stop e) {
      // The problems say why.
    }
    problems.throwIfAny();
    return journey;
  }

  private Journey journey() {
    if (!GridLayout.MARKER.equalsIgnoreCase(cells.text(0, 0))) {
      problems.at(
          0,
          0,
          "must be \"" + GridLayout.MARKER + "\": a journey grid begins with it",
          cells.raw(0, 0));
      throw new GridProblems.Stop();
    }
    String version = cells.text(0, 1);
    if (!NUMBER.matcher(version).matches() || Double.parseDouble(version) != GridLayout.VERSION) {
      problems.at(
          0,
          1,
          "must be " + GridLayout.VERSION + ", the layout version this reader knows",
          version);
      throw new GridProblems.Stop();
    }
    rows();
    List<Integer> stageColumns = stageColumns();
    Journey.Builder journey = Journey.builder();
    header(journey);
    stages(journey, stageColumns);
    moments(journey);
    gaps(journey);
    actions(journey);
    try {
      return journey.build();
    } catch (ValidationException e) {
      for (Violation violation : e.violations()) {
        String value = violation.value().orElse(null);
        if (!lostIds.contains(value) && !(unknownIdLost && isReference(violation.path()))) {
          problems.add(cellOf(violation.path()), violation.rule(), value);
        }
      }
      return null;
    }
  }

  // ------------------------------------------------------------------ rows

  /** Sorts the rows into their parts: the header, the stage rows, the blocks and the tables. */
  private void rows() {
    Section section = Section.HEADER;
    Lane lane = null;
    Block block = null;
    Table table = null;
    for (int row = 1; row < cells.rows(); row++) {
      String text = cells.text(row, 0);
      Label label = GridLayout.label(text);
      // Below a table's header, column A holds ids; a label that cannot be an id is out of place.
      boolean outOfPlace = label != null && label.section != Section.TABLES && !Problems.isId(text);
      if (table != null && (label == null || label.section != Section.TABLES) && !outOfPlace) {
        if (!cells.isBlank(row, 0)) {
          table.rows.add(row);
        }
        continue;
      }
      if (text.isEmpty()) {
        if (!cells.isBlank(row, 1)) {
          problems.at(row, 0, "must hold a label: each row of the grid begins with one", null);
        }
        continue;
      }
      if (label == null) {
        problems.at(row, 0, "must be a label of the grid: " + GridLayout.labels(), text);
        continue;
      }
      if (label.section.compareTo(section) < 0) {
        problems.at(
            row,
            0,
            "must come before the "
                + section.name().toLowerCase(Locale.ROOT)
                + " part: the journey's rows come first, then the stage rows, the lanes and the"
                + " tables",
            text);
        continue;
      }
      section = label.section;
      if (label == Label.PERSONA) {
        personaRows.add(row);
      } else if (label.section == Section.HEADER || label.section == Section.STAGES) {
        once(label, row);
      } else if (label.lane() != null) {
        lane = label.lane();
        block = null;
      } else if (label.isTouchpointField()) {
        if (lane == null) {
          problems.at(
              row, 0, "must follow a lane's row, such as " + Label.CUSTOMER_ACTIONS.text, text);
          continue;
        }
        if (block == null || block.rows.containsKey(label)) {
          block = new Block(lane);
          blocks.add(block);
        }
        block.rows.put(label, row);
      } else {
        table = table(label, row);
      }
    }
  }

  private void once(Label label, int row) {
    Integer first = single.putIfAbsent(label, row);
    if (first != null) {
      problems.at(row, 0, "must appear once; row " + (first + 1) + " has it already", label.text);
    }
  }

  private Table table(Label label, int row) {
    Table table = new Table();
    if (tables.putIfAbsent(label, table) != null) {
      problems.at(
          row, 0, "must appear once: the grid has one " + label.text + " table", label.text);
    }
    table.columns.put(Column.of(label).get(0), 0);
    for (int column = 1; column < cells.columns(row); column++) {
      String text = cells.text(row, column);
      if (text.isEmpty()) {
        continue;
      }
      Column found = GridLayout.column(label, text);
      if (found == null || found == Column.of(label).get(0)) {
        problems.at(
            row,
            column,
            "must be a column of the " + label.text + " table: " + GridLayout.columns(label),
            text);
      } else if (table.columns.putIfAbsent(found, column) != null) {
        problems.at(row, column, "must appear once in the table's header", text);
      }
    }
    for (Column column : Column.of(label)) {
      if (column.required && !table.columns.containsKey(column)) {
        problems.at(
            row,
            Math.max(1, cells.columns(row)),
            "must be the column \"" + column.text + "\": the " + label.text + " table needs it",
            null);
      }
    }
    return table;
  }

  /** The columns that hold a stage: those with a cell in a stage row. */
  private List<Integer> stageColumns() {
    int last = 0;
    for (Label label : GridLayout.STAGE_ROWS) {
      Integer row = single.get(label);
      if (row != null) {
        last = Math.max(last, cells.columns(row) - 1);
      }
    }
    List<Integer> columns = new ArrayList<>();
    for (int column = 1; column <= last; column++) {
      if (!stageCellsEmpty(column)) {
        columns.add(column);
      }
    }
    for (Block block : blocks) {
      for (int row : block.rows.values()) {
        for (int column = 1; column < cells.columns(row); column++) {
          if (!cells.text(row, column).isEmpty() && !columns.contains(column)) {
            problems.at(
                row,
                column,
                "must be under a stage: column "
                    + GridCells.columnName(column)
                    + " has no stage in the stage rows",
                cells.raw(row, column));
          }
        }
      }
    }
    return columns;
  }

  private boolean stageCellsEmpty(int column) {
    for (Label label : GridLayout.STAGE_ROWS) {
      Integer row = single.get(label);
      if (row != null && !cells.text(row, column).isEmpty()) {
        return false;
      }
    }
    return true;
  }

  // ---------------------------------------------------------------- header

  private void header(Journey.Builder journey) {
    for (Map.Entry<Label, Integer> entry : single.entrySet()) {
      Label label = entry.getKey();
      if (label.section == Section.HEADER && label != Label.TAGS) {
        onlyColumnB(entry.getValue(), label);
      }
    }
    journey.id(required(Label.JOURNEY_ID, "the journey needs an id", false, "id", "journey"));
    journey.title(
        required(
            Label.TITLE, "the journey needs a title: the customer's goal", true, "title", "-"));
    optional(Label.DESCRIPTION, "description", true).ifPresent(journey::description);
    optional(Label.VISION, "vision", true).ifPresent(journey::vision);
    String state = optional(Label.STATE, "state", false).orElse(null);
    if (state != null) {
      JourneyState parsed = constant(JourneyState.class, state, single.get(Label.STATE), 1);
      if (parsed != null) {
        journey.state(parsed);
      }
    }
    optional(Label.COUNTERPART, "counterpartId", false).ifPresent(journey::counterpartId);
    optional(Label.MAP_OWNER, "governance.owner", true)
        .ifPresent(
            owner -> {
              Governance governance =
                  build(
                      () -> Governance.builder().owner(owner).build(),
                      "governance",
                      address(single.get(Label.MAP_OWNER), 1),
                      null);
              if (governance != null) {
                journey.governance(governance);
              }
            });
    for (int row : personaRows) {
      persona(journey, row);
    }
    Integer tags = single.get(Label.TAGS);
    if (tags != null) {
      for (int column = 1; column < cells.columns(tags); column++) {
        String tag = cells.raw(tags, column);
        if (!tag.isBlank()) {
          journey.addTag(tag);
        }
      }
    }
  }

  private void onlyColumnB(int row, Label label) {
    for (int column = 2; column < cells.columns(row); column++) {
      if (!cells.text(row, column).isEmpty()) {
        problems.at(
            row,
            column,
            "must be empty: \"" + label.text + "\" takes one cell, in column B",
            cells.raw(row, column));
      }
    }
  }

  private void persona(Journey.Builder journey, int row) {
    for (int column = 4; column < cells.columns(row); column++) {
      if (!cells.text(row, column).isEmpty()) {
        problems.at(
            row,
            column,
            "must be empty: a persona row holds an id, a name and a segment, in columns B to D",
            cells.raw(row, column));
      }
    }
    if (cells.isBlank(row, 1)) {
      return;
    }
    String path = "personas[" + personaCount++ + "]";
    String id = cells.text(row, 1);
    String name = cells.raw(row, 2);
    String segment = cells.raw(row, 3);
    boolean complete =
        present(row, 1, id, "a persona needs an id")
            & present(row, 2, name, "a persona needs a name");
    Map<String, String> fields =
        Map.of("id", address(row, 1), "name", address(row, 2), "segment", address(row, 3));
    register(path, fields);
    Persona persona =
        !complete
            ? null
            : build(
                () -> {
                  Persona.Builder builder = Persona.builder().id(id).name(name);
                  if (!segment.isBlank()) {
                    builder.segment(segment);
                  }
                  return builder.build();
                },
                path,
                address(row, 1),
                fields);
    if (persona == null) {
      lose(id);
      personaCount--;
    } else {
      journey.addPersona(persona);
    }
  }

  /** The text of a required header row's cell B, or {@code standIn} after recording a problem. */
  private String required(Label label, String why, boolean text, String path, String standIn) {
    Integer row = single.get(label);
    if (row == null) {
      problems.add("", "must have a row \"" + label.text + "\": " + why, null);
      return standIn;
    }
    String value = text ? cells.raw(row, 1) : cells.text(row, 1);
    cellOfPath.put(path, address(row, 1));
    if (value.isBlank()) {
      problems.at(row, 1, "must not be empty: " + why, null);
      return standIn;
    }
    return value;
  }

  private Optional<String> optional(Label label, String path, boolean text) {
    Integer row = single.get(label);
    if (row == null) {
      return Optional.empty();
    }
    cellOfPath.put(path, address(row, 1));
    String value = text ? cells.raw(row, 1) : cells.text(row, 1);
    return value.isBlank() ? Optional.empty() : Optional.of(value);
  }

  // ---------------------------------------------------------------- stages

  private void stages(Journey.Builder journey, List<Integer> stageColumns) {
    int stageIndex = 0;
    for (int column : stageColumns) {
      String path = "stages[" + stageIndex + "]";
      Map<String, String> fields = new HashMap<>();
      String id = stageCell(Label.STAGE_ID, column, "id", fields, false);
      String name = stageCell(Label.STAGE, column, "name", fields, true);
      String goal = stageCell(Label.GOAL, column, "goal", fields, true);
      String owner = stageCell(Label.STAGE_OWNER, column, "owner", fields, true);
      String description = stageCell(Label.STAGE_DESCRIPTION, column, "description", fields, true);
      register(path, fields);
      boolean complete =
          presentIn(Label.STAGE_ID, column, id, "a stage needs an id")
              & presentIn(Label.STAGE, column, name, "a stage needs a name");
      List<Touchpoint> touchpoints = touchpoints(column, path);
      Stage stage =
          !complete
              ? null
              : build(
                  () -> {
                    Stage.Builder builder = Stage.builder(id, name).addAllTouchpoints(touchpoints);
                    if (!goal.isBlank()) {
                      builder.goal(goal);
                    }
                    if (!owner.isBlank()) {
                      builder.owner(owner);
                    }
                    if (!description.isBlank()) {
                      builder.description(description);
                    }
                    return builder.build();
                  },
                  path,
                  fields.getOrDefault("id", address(0, column)),
                  fields);
      if (stage == null) {
        lose(id);
        for (Touchpoint touchpoint : touchpoints) {
          lose(touchpoint.id());
        }
      } else {
        journey.addStage(stage);
        stageIndex++;
      }
    }
  }

  private String stageCell(
      Label label, int column, String field, Map<String, String> fields, boolean text) {
    Integer row = single.get(label);
    if (row == null) {
      return "";
    }
    fields.put(field, address(row, column));
    return text ? cells.raw(row, column) : cells.text(row, column);
  }

  private boolean presentIn(Label label, int column, String value, String why) {
    Integer row = single.get(label);
    if (row == null) {
      problems.add("", "must have a row \"" + label.text + "\": " + why, null);
      return false;
    }
    return present(row, column, value, why);
  }

  private List<Touchpoint> touchpoints(int column, String stagePath) {
    List<Touchpoint> touchpoints = new ArrayList<>();
    for (Block block : blocks) {
      boolean empty = true;
      for (int row : block.rows.values()) {
        empty &= cells.text(row, column).isEmpty();
      }
      if (empty) {
        continue;
      }
      Touchpoint touchpoint = touchpoint(block, column, stagePath, touchpoints.size());
      if (touchpoint != null) {
        touchpoints.add(touchpoint);
      }
    }
    return touchpoints;
  }

  private Touchpoint touchpoint(Block block, int column, String stagePath, int index) {
    String path = stagePath + ".touchpoints[" + index + "]";
    Map<String, String> fields = new HashMap<>();
    for (Map.Entry<Label, Integer> entry : block.rows.entrySet()) {
      fields.put(fieldOf(entry.getKey()), address(entry.getValue(), column));
    }
    register(path, fields);
    String id = blockCell(block, Label.TOUCHPOINT_ID, column, false);
    String name = blockCell(block, Label.TOUCHPOINT, column, true);
    String channelText = blockCell(block, Label.CHANNEL, column, false);
    String owner = blockCell(block, Label.OWNER, column, true);
    boolean complete =
        presentInBlock(block, Label.TOUCHPOINT_ID, column, id, "a touchpoint needs an id")
            & presentInBlock(block, Label.TOUCHPOINT, column, name, "a touchpoint needs a name")
            & presentInBlock(
                block, Label.CHANNEL, column, channelText, "a touchpoint needs a channel");
    Channel channel = channelText.isEmpty() ? null : channel(channelText, block, column);
    List<Measurement> measurements = new ArrayList<>();
    complete &= measurement(block, Label.EMOTION, Metric.EMOTION, column, measurements);
    complete &= measurement(block, Label.EXPECTATION, Metric.EXPECTATION, column, measurements);
    complete &= measurement(block, Label.PERCEPTION, Metric.PERCEPTION, column, measurements);
    if (!complete || channel == null) {
      lose(id);
      return null;
    }
    Touchpoint touchpoint =
        build(
            () -> {
              Touchpoint.Builder builder =
                  Touchpoint.builder(id, name, channel)
                      .lane(block.lane)
                      .addAllMeasurements(measurements);
              if (!owner.isBlank()) {
                builder.owner(owner);
              }
              return builder.build();
            },
            path,
            fields.get("id"),
            fields);
    if (touchpoint == null) {
      lose(id);
    }
    return touchpoint;
  }

  private static String fieldOf(Label label) {
    switch (label) {
      case TOUCHPOINT:
        return "name";
      case TOUCHPOINT_ID:
        return "id";
      case CHANNEL:
        return "channel";
      case OWNER:
        return "owner";
      default:
        return "measurements." + label.name().toLowerCase(Locale.ROOT);
    }
  }

  private String blockCell(Block block, Label label, int column, boolean text) {
    Integer row = block.rows.get(label);
    if (row == null) {
      return "";
    }
    return text ? cells.raw(row, column) : cells.text(row, column);
  }

  private boolean presentInBlock(Block block, Label label, int column, String value, String why) {
    Integer row = block.rows.get(label);
    if (row == null) {
      int first = block.rows.values().iterator().next();
      problems.at(
          first,
          0,
          "must be followed by a row \"" + label.text + "\" in the same touchpoint: " + why,
          cells.raw(first, 0));
      return false;
    }
    return present(row, column, value, why);
  }

  /** A channel, named without regard to case where its name in lower case is a key. */
  private Channel channel(String text, Block block, int column) {
    String lower = text.toLowerCase(Locale.ROOT);
    String name = !Problems.isKey(text) && Problems.isKey(lower) ? lower : text;
    int row = block.rows.get(Label.CHANNEL);
    return build(() -> Channel.of(name), "channel", address(row, column), null);
  }

  private boolean measurement(
      Block block, Label label, Metric metric, int column, List<Measurement> measurements) {
    Integer row = block.rows.get(label);
    if (row == null || cells.text(row, column).isEmpty()) {
      return true;
    }
    Double value = number(row, column);
    if (value == null) {
      return false;
    }
    Measurement measurement =
        build(
            () -> Measurement.of(metric, value, metric.usualScale().orElseThrow()),
            "measurement",
            address(row, column),
            null);
    if (measurement == null) {
      return false;
    }
    measurements.add(measurement);
    return true;
  }

  // ---------------------------------------------------------------- tables

  private void moments(Journey.Builder journey) {
    Table table = tables.get(Label.MOMENTS);
    if (table == null) {
      return;
    }
    int index = 0;
    for (int row : table.rows) {
      String path = "moments[" + index + "]";
      Map<String, String> fields = new HashMap<>();
      String id = cell(table, row, Column.MOMENT_ID, "id", fields, false);
      String at = cell(table, row, Column.MOMENT_TOUCHPOINT, "touchpointId", fields, false);
      String polarityText = cell(table, row, Column.POLARITY, "polarity", fields, false);
      String why = cell(table, row, Column.WHY, "whyItMatters", fields, true);
      register(path, fields);
      boolean complete =
          present(table, row, Column.MOMENT_ID, id, "a moment needs an id")
              & present(table, row, Column.MOMENT_TOUCHPOINT, at, "a moment is at a touchpoint")
              & present(table, row, Column.POLARITY, polarityText, "a moment makes or breaks")
              & present(table, row, Column.WHY, why, "a moment needs a reason why it matters");
      Polarity polarity = constant(Polarity.class, polarityText, row, table, Column.POLARITY);
      MomentThatMatters moment =
          !complete || polarity == null
              ? null
              : build(
                  () ->
                      MomentThatMatters.builder()
                          .id(id)
                          .touchpointId(at)
                          .polarity(polarity)
                          .whyItMatters(why)
                          .build(),
                  path,
                  fields.get("id"),
                  fields);
      if (moment == null) {
        lose(id);
      } else {
        journey.addMoment(moment);
        index++;
      }
    }
  }

  private void gaps(Journey.Builder journey) {
    Table table = tables.get(Label.GAPS);
    if (table == null) {
      return;
    }
    int index = 0;
    for (int row : table.rows) {
      String path = "gaps[" + index + "]";
      Map<String, String> fields = new HashMap<>();
      String id = cell(table, row, Column.GAP_ID, "id", fields, false);
      String title = cell(table, row, Column.GAP_TITLE, "title", fields, true);
      String typeText = cell(table, row, Column.GAP_TYPE, "type", fields, false);
      String severityText = cell(table, row, Column.SEVERITY, "severity", fields, false);
      String stage = cell(table, row, Column.GAP_STAGE, "stage", fields, false);
      String touchpoint = cell(table, row, Column.GAP_TOUCHPOINT, "touchpoint", fields, false);
      String description = cell(table, row, Column.GAP_DESCRIPTION, "description", fields, true);
      fields.put(
          "location",
          fields.getOrDefault(touchpoint.isEmpty() ? "stage" : "touchpoint", address(row, 0)));
      register(path, fields);
      boolean complete =
          present(table, row, Column.GAP_ID, id, "a gap needs an id")
              & present(table, row, Column.GAP_TITLE, title, "a gap needs a title")
              & present(table, row, Column.GAP_TYPE, typeText, "a gap needs a type");
      GapType type = constant(GapType.class, typeText, row, table, Column.GAP_TYPE);
      Severity severity =
          severityText.isEmpty()
              ? Severity.MEDIUM
              : constant(Severity.class, severityText, row, table, Column.SEVERITY);
      if (!stage.isEmpty() && !touchpoint.isEmpty()) {
        problems.add(
            fields.get("stage"),
            "must be empty when the gap's touchpoint is given: a gap is at one stage, at one"
                + " touchpoint or, with both empty, at the whole journey",
            ProblemList.shown(stage));
        complete = false;
      }
      // Built on its own, so that an id the model refuses is a problem at its cell.
      Location location =
          build(
              () ->
                  !touchpoint.isEmpty()
                      ? Location.touchpoint(touchpoint)
                      : !stage.isEmpty() ? Location.stage(stage) : Location.journey(),
              path,
              fields.get("location"),
              null);
      Gap gap =
          !complete || type == null || severity == null || location == null
              ? null
              : build(
                  () -> {
                    Gap.Builder builder =
                        Gap.builder()
                            .id(id)
                            .title(title)
                            .type(type)
                            .severity(severity)
                            .location(location);
                    if (!description.isBlank()) {
                      builder.description(description);
                    }
                    return builder.build();
                  },
                  path,
                  fields.get("id"),
                  fields);
      if (gap == null) {
        lose(id);
      } else {
        journey.addGap(gap);
        index++;
      }
    }
  }

  private void actions(Journey.Builder journey) {
    Table table = tables.get(Label.ACTIONS);
    if (table == null) {
      return;
    }
    int index = 0;
    for (int row : table.rows) {
      String path = "actions[" + index + "]";
      Map<String, String> fields = new HashMap<>();
      String id = cell(table, row, Column.ACTION_ID, "id", fields, false);
      String title = cell(table, row, Column.ACTION_TITLE, "title", fields, true);
      String kindText = cell(table, row, Column.KIND, "kind", fields, false);
      String statusText = cell(table, row, Column.STATUS, "status", fields, false);
      String owner = cell(table, row, Column.ACTION_OWNER, "owner", fields, true);
      String dueText = cell(table, row, Column.DUE, "due", fields, false);
      String gapIds = cell(table, row, Column.GAP_IDS, "gapIds", fields, false);
      String momentIds = cell(table, row, Column.MOMENT_IDS, "momentIds", fields, false);
      String touchpointIds =
          cell(table, row, Column.TOUCHPOINT_IDS, "touchpointIds", fields, false);
      register(path, fields);
      boolean complete =
          present(table, row, Column.ACTION_ID, id, "an action needs an id")
              & present(table, row, Column.ACTION_TITLE, title, "an action needs a title")
              & present(table, row, Column.KIND, kindText, "an action needs a kind");
      ActionKind kind = constant(ActionKind.class, kindText, row, table, Column.KIND);
      ActionStatus status =
          statusText.isEmpty()
              ? ActionStatus.PROPOSED
              : constant(ActionStatus.class, statusText, row, table, Column.STATUS);
      LocalDate due = dueText.isEmpty() ? null : date(dueText, fields.get("due"));
      ActionItem action =
          !complete || kind == null || status == null || (!dueText.isEmpty() && due == null)
              ? null
              : build(
                  () -> {
                    ActionItem.Builder builder =
                        ActionItem.builder(id, title, kind)
                            .status(status)
                            .addAllGapIds(ids(gapIds))
                            .addAllMomentIds(ids(momentIds))
                            .addAllTouchpointIds(ids(touchpointIds));
                    if (!owner.isBlank()) {
                      builder.owner(owner);
                    }
                    if (due != null) {
                      builder.due(due);
                    }
                    return builder.build();
                  },
                  path,
                  fields.get("id"),
                  fields);
      if (action == null) {
        lose(id);
      } else {
        journey.addAction(action);
        index++;
      }
    }
  }

  private String cell(
      Table table, int row, Column column, String field, Map<String, String> fields, boolean text) {
    Integer at = table.columns.get(column);
    if (at == null) {
      return "";
    }
    fields.put(field, address(row, at));
    return text ? cells.raw(row, at) : cells.text(row, at);
  }

  private boolean present(Table table, int row, Column column, String value, String why) {
    Integer at = table.columns.get(column);
    return at != null && present(row, at, value, why);
  }

  private <E extends Enum<E>> E constant(
      Class<E> type, String text, int row, Table table, Column column) {
    Integer at = table.columns.get(column);
    return text.isEmpty() || at == null ? null : constant(type, text, row, at);
  }

  // ---------------------------------------------------------------- values

  private boolean present(int row, int column, String value, String why) {
    if (value.isBlank()) {
      problems.at(row, column, "must not be empty: " + why, null);
      return false;
    }
    return true;
  }

  /** An enum constant, named without regard to case, with spaces or '-' for '_'. */
  private <E extends Enum<E>> E constant(Class<E> type, String text, int row, int column) {
    String name = text.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(name)) {
        return constant;
      }
    }
    problems.at(row, column, "must be one of " + Arrays.toString(type.getEnumConstants()), text);
    return null;
  }

  private Double number(int row, int column) {
    String text = cells.text(row, column);
    if (!NUMBER.matcher(text).matches()) {
      problems.at(row, column, "must be a number, such as -1.5 or 4", text);
      return null;
    }
    return Double.parseDouble(text);
  }

  private LocalDate date(String text, String cell) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      problems.add(cell, "must be a date such as 2026-12-15", ProblemList.shown(text));
      return null;
    }
  }

  private static List<String> ids(String text) {
    List<String> ids = new ArrayList<>();
    for (String id : ID_SEPARATORS.split(text.strip())) {
      if (!id.isEmpty()) {
        ids.add(id);
      }
    }
    return ids;
  }

  // ------------------------------------------------------- the model's rules

  /**
   * Builds an element; if the model refuses it, records each of its violations at the cell of the
   * field it names, else at {@code fallback}.
   *
   * @return the element, or null if the model refused it
   */
  private <T> T build(
      Supplier<T> builder, String path, String fallback, Map<String, String> fields) {
    try {
      return builder.get();
    } catch (ValidationException e) {
      for (Violation violation : e.violations()) {
        String field = violation.path();
        String cell = fields == null ? null : fieldCell(fields, field);
        problems.add(
            cell != null ? cell : fallback, violation.rule(), violation.value().orElse(null));
      }
      return null;
    }
  }

  /** The cell of {@code field} or of the field it is part of, such as {@code goalIds[2]}. */
  private static String fieldCell(Map<String, String> fields, String field) {
    for (String path = field; !path.isEmpty(); path = parent(path)) {
      String cell = fields.get(path);
      if (cell != null) {
        return cell;
      }
    }
    return null;
  }

  private void register(String path, Map<String, String> fields) {
    for (Map.Entry<String, String> field : fields.entrySet()) {
      cellOfPath.put(path + "." + field.getKey(), field.getValue());
    }
    String first = fields.get("id");
    if (first != null) {
      cellOfPath.put(path, first);
    }
  }

  /** The cell of a path the model's rules name, or of the nearest element or field holding it. */
  private String cellOf(String path) {
    for (String at = path; !at.isEmpty(); at = parent(at)) {
      String cell = cellOfPath.get(at);
      if (cell != null) {
        return cell;
      }
    }
    return "";
  }

  private static String parent(String path) {
    int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
    return cut < 0 ? "" : path.substring(0, cut);
  }

  /** Notes that the element with {@code id} was not built: references to it are not problems. */
  private void lose(String id) {
    if (id.isEmpty()) {
      unknownIdLost = true;
    } else {
      lostIds.add(ProblemList.shown(id));
    }
  }

  private static boolean isReference(String path) {
    return path.matches(
        "moments\\[\\d+]\\.touchpointId|gaps\\[\\d+]\\.location"
            + "|actions\\[\\d+]\\.(gapIds|momentIds|touchpointIds)\\[\\d+]");
  }

  private static String address(int row, int column) {
    return GridCells.address(row, column);
  }
}
