package io.github.journeykit.export.internal.grid;

import io.github.journeykit.core.model.Lane;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The grid's layout: the labels of column A, in the order of their sections, and the columns of the
 * three tables below the map. Labels are matched without regard to case, spaces around them or a
 * hint in parentheses after them, so that "emotion" finds "Emotion (-2 to +2)". Not public API.
 */
final class GridLayout {
  /** What cell A1 of every grid says. */
  static final String MARKER = "JourneyKit journey grid";

  /** The layout's version, in cell B1. */
  static final int VERSION = 1;

  /** The parts of a grid, top to bottom; a row of one part must not follow a later part. */
  enum Section {
    HEADER,
    STAGES,
    LANES,
    TABLES
  }

  /** A label of column A. */
  enum Label {
    JOURNEY_ID(Section.HEADER, "Journey id"),
    TITLE(Section.HEADER, "Journey title (the customer's goal)"),
    DESCRIPTION(Section.HEADER, "Description"),
    VISION(Section.HEADER, "Vision"),
    STATE(Section.HEADER, "State (CURRENT or FUTURE)"),
    COUNTERPART(Section.HEADER, "Counterpart journey id"),
    MAP_OWNER(Section.HEADER, "Map owner"),
    PERSONA(Section.HEADER, "Persona (id, name, segment)"),
    TAGS(Section.HEADER, "Tags (one a cell)"),
    STAGE_ID(Section.STAGES, "Stage id"),
    STAGE(Section.STAGES, "Stage"),
    GOAL(Section.STAGES, "Customer goal"),
    STAGE_OWNER(Section.STAGES, "Stage owner"),
    STAGE_DESCRIPTION(Section.STAGES, "Stage description"),
    CUSTOMER_ACTIONS(Section.LANES, "Customer actions (lane)"),
    FRONTSTAGE(Section.LANES, "Frontstage (lane)"),
    BACKSTAGE(Section.LANES, "Backstage (lane)"),
    SUPPORT_PROCESSES(Section.LANES, "Support processes (lane)"),
    TOUCHPOINT(Section.LANES, "Touchpoint"),
    TOUCHPOINT_ID(Section.LANES, "Touchpoint id"),
    CHANNEL(Section.LANES, "Channel"),
    OWNER(Section.LANES, "Owner"),
    EMOTION(Section.LANES, "Emotion (-2 to +2)"),
    EXPECTATION(Section.LANES, "Expectation (1 to 7)"),
    PERCEPTION(Section.LANES, "Perception (1 to 7)"),
    MOMENTS(Section.TABLES, "Moment id"),
    GAPS(Section.TABLES, "Gap id"),
    ACTIONS(Section.TABLES, "Action id");

    final Section section;
    final String text;

    Label(Section section, String text) {
      this.section = section;
      this.text = text;
    }

    /** The lane this label opens, or null. */
    Lane lane() {
      switch (this) {
        case CUSTOMER_ACTIONS:
          return Lane.CUSTOMER_ACTION;
        case FRONTSTAGE:
          return Lane.FRONTSTAGE;
        case BACKSTAGE:
          return Lane.BACKSTAGE;
        case SUPPORT_PROCESSES:
          return Lane.SUPPORT_PROCESS;
        default:
          return null;
      }
    }

    /** Whether the label names a field of a touchpoint. */
    boolean isTouchpointField() {
      return section == Section.LANES && lane() == null;
    }

    /** The label that opens {@code lane}'s rows. */
    static Label of(Lane lane) {
      for (Label label : values()) {
        if (label.lane() == lane) {
          return label;
        }
      }
      throw new IllegalArgumentException("lane: must be one of " + List.of(Lane.values()));
    }
  }

  /** The touchpoint fields, in the order the writer writes them. */
  static final List<Label> TOUCHPOINT_FIELDS =
      List.of(
          Label.TOUCHPOINT,
          Label.TOUCHPOINT_ID,
          Label.CHANNEL,
          Label.OWNER,
          Label.EMOTION,
          Label.EXPECTATION,
          Label.PERCEPTION);

  /** The stage rows, in the order the writer writes them. */
  static final List<Label> STAGE_ROWS =
      List.of(Label.STAGE_ID, Label.STAGE, Label.GOAL, Label.STAGE_OWNER, Label.STAGE_DESCRIPTION);

  /** A column of one of the tables below the map; the first of each is the id, in column A. */
  enum Column {
    MOMENT_ID(Label.MOMENTS, "Moment id", true),
    MOMENT_TOUCHPOINT(Label.MOMENTS, "Touchpoint id", true),
    POLARITY(Label.MOMENTS, "Make or break (MAKE or BREAK)", true),
    WHY(Label.MOMENTS, "Why it matters", true),
    GAP_ID(Label.GAPS, "Gap id", true),
    GAP_TITLE(Label.GAPS, "Gap", true),
    GAP_TYPE(Label.GAPS, "Type", true),
    SEVERITY(Label.GAPS, "Severity (LOW to CRITICAL)", false),
    GAP_STAGE(Label.GAPS, "Stage id", false),
    GAP_TOUCHPOINT(Label.GAPS, "Touchpoint id", false),
    GAP_DESCRIPTION(Label.GAPS, "Description", false),
    ACTION_ID(Label.ACTIONS, "Action id", true),
    ACTION_TITLE(Label.ACTIONS, "Action", true),
    KIND(Label.ACTIONS, "Kind", true),
    STATUS(Label.ACTIONS, "Status", false),
    ACTION_OWNER(Label.ACTIONS, "Owner", false),
    DUE(Label.ACTIONS, "Due (YYYY-MM-DD)", false),
    GAP_IDS(Label.ACTIONS, "Closes gaps (ids)", false),
    MOMENT_IDS(Label.ACTIONS, "Improves moments (ids)", false),
    TOUCHPOINT_IDS(Label.ACTIONS, "Changes touchpoints (ids)", false);

    final Label table;
    final String text;

    /** Whether every table must have the column: it holds a required field. */
    final boolean required;

    Column(Label table, String text, boolean required) {
      this.table = table;
      this.text = text;
      this.required = required;
    }

    /** The columns of {@code table}, in the order the writer writes them. */
    static List<Column> of(Label table) {
      List<Column> columns = new ArrayList<>();
      for (Column column : values()) {
        if (column.table == table) {
          columns.add(column);
        }
      }
      return columns;
    }
  }

  private static final Map<String, Label> LABELS = new HashMap<>();

  static {
    for (Label label : Label.values()) {
      LABELS.put(key(label.text), label);
    }
  }

  private GridLayout() {}

  /** The label that {@code text} names, or null. */
  static Label label(String text) {
    return LABELS.get(key(text));
  }

  /** The column of {@code table} that {@code text} names, or null. */
  static Column column(Label table, String text) {
    String key = key(text);
    for (Column column : Column.of(table)) {
      if (key(column.text).equals(key)) {
        return column;
      }
    }
    return null;
  }

  /** The labels of column A, as a problem lists them. */
  static String labels() {
    List<String> texts = new ArrayList<>();
    for (Label label : Label.values()) {
      texts.add(label.text);
    }
    return String.join(", ", texts);
  }

  /** The columns of {@code table}, as a problem lists them. */
  static String columns(Label table) {
    List<String> texts = new ArrayList<>();
    for (Column column : Column.of(table)) {
      texts.add(column.text);
    }
    return String.join(", ", texts);
  }

  /** A label without case, surrounding spaces or a hint in parentheses at its end. */
  private static String key(String text) {
    String key = text.strip();
    int hint = key.indexOf(" (");
    if (hint > 0 && key.endsWith(")")) {
      key = key.substring(0, hint);
    }
    return key.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }
}
