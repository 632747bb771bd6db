package io.github.journeykit.export.internal.grid;

import io.github.journeykit.core.model.ActionItem;
import io.github.journeykit.core.model.ActionKind;
import io.github.journeykit.core.model.ActionStatus;
import io.github.journeykit.core.model.Channel;
import io.github.journeykit.core.model.Gap;
import io.github.journeykit.core.model.GapType;
import io.github.journeykit.core.model.Governance;
import io.github.journeykit.core.model.Journey;
import io.github.journeykit.core.model.Lane;
import io.github.journeykit.core.model.Location;
import io.github.journeykit.core.model.Measurement;
import io.github.journeykit.core.model.Metric;
import io.github.journeykit.core.model.MomentThatMatters;
import io.github.journeykit.core.model.Persona;
import io.github.journeykit.core.model.Polarity;
import io.github.journeykit.core.model.Scale;
import io.github.journeykit.core.model.Severity;
import io.github.journeykit.core.model.Stage;
import io.github.journeykit.core.model.Touchpoint;
import io.github.journeykit.export.internal.grid.GridLayout.Column;
import io.github.journeykit.export.internal.grid.GridLayout.Label;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The workbook a team starts from: an example sheet holding a small journey, a blank sheet with
 * every label, and a sheet that says how to fill one in. Not public API.
 */
public final class StarterWorkbook {
  /** The sheet that holds the example journey. */
  public static final String EXAMPLE = "Example";

  /** The blank sheet. */
  public static final String BLANK = "Blank";

  /** The sheet that says how to fill in a grid. */
  public static final String HOW_TO = "How to fill in";

  private static final Map<Label, String> LABEL_HELP = new EnumMap<>(Label.class);
  private static final Map<Column, String> COLUMN_HELP = new EnumMap<>(Column.class);

  static {
    LABEL_HELP.put(
        Label.JOURNEY_ID,
        "Required. A short identifier: letters, digits, '.', '_', ':' or '-', no spaces, such as"
            + " open-account.");
    LABEL_HELP.put(
        Label.TITLE,
        "Required. The goal the customer pursues, in their words, such as \"Open a current"
            + " account\".");
    LABEL_HELP.put(Label.DESCRIPTION, "More about the journey.");
    LABEL_HELP.put(Label.VISION, "The experience the organisation wants to deliver.");
    LABEL_HELP.put(
        Label.STATE,
        "CURRENT for the journey as it is today, FUTURE for the journey as it should be; CURRENT"
            + " when empty.");
    LABEL_HELP.put(
        Label.COUNTERPART,
        "The id of the same journey in the other state, if there is a map of it.");
    LABEL_HELP.put(Label.MAP_OWNER, "Who keeps the map current.");
    LABEL_HELP.put(
        Label.PERSONA,
        "One row per persona: an id in column B, a name in C, a segment in D. Add rows with the"
            + " same label for more personas.");
    LABEL_HELP.put(Label.TAGS, "Free labels, one a cell from column B on.");
    LABEL_HELP.put(
        Label.STAGE_ID,
        "One stage a column, from column B on, left to right in the order customers go through"
            + " them. Required for each stage: a short identifier.");
    LABEL_HELP.put(Label.STAGE, "Required for each stage: its name, such as Apply.");
    LABEL_HELP.put(Label.GOAL, "What the customer wants to achieve in the stage.");
    LABEL_HELP.put(Label.STAGE_OWNER, "Who in the organisation owns the stage.");
    LABEL_HELP.put(Label.STAGE_DESCRIPTION, "More about the stage.");
    LABEL_HELP.put(
        Label.CUSTOMER_ACTIONS,
        "The lane of what customers do themselves. The touchpoint rows below it, up to the next"
            + " lane, are touchpoints in this lane.");
    LABEL_HELP.put(
        Label.FRONTSTAGE,
        "The lane of what customers see of the organisation: staff, screens, messages.");
    LABEL_HELP.put(
        Label.BACKSTAGE, "The lane of what the organisation does out of customers' sight.");
    LABEL_HELP.put(
        Label.SUPPORT_PROCESSES, "The lane of the systems and processes behind the backstage.");
    LABEL_HELP.put(
        Label.TOUCHPOINT,
        "A touchpoint's name, under the stage it belongs to. For a second touchpoint of the same"
            + " stage in the same lane, repeat the block of touchpoint rows (Touchpoint to"
            + " Perception) below the first.");
    LABEL_HELP.put(
        Label.TOUCHPOINT_ID,
        "Required for each touchpoint: a short identifier, unique in the whole journey.");
    LABEL_HELP.put(
        Label.CHANNEL,
        "Required for each touchpoint: web, app, phone, store, chat, email, sms, social, mail,"
            + " in-person, or a name of your own in lower case, such as video-call.");
    LABEL_HELP.put(Label.OWNER, "Who owns the touchpoint.");
    LABEL_HELP.put(
        Label.EMOTION,
        "How customers feel here, from -2 (very bad) to +2 (very good); below 0 is a pain point.");
    LABEL_HELP.put(
        Label.EXPECTATION, "What customers expect here, from 1 (very little) to 7 (a great deal).");
    LABEL_HELP.put(
        Label.PERCEPTION,
        "What customers perceive they get here, from 1 to 7. Perception minus expectation is the"
            + " experience gap.");
    LABEL_HELP.put(
        Label.MOMENTS,
        "The header of the table of moments that matter: one moment a row below it.");
    LABEL_HELP.put(Label.GAPS, "The header of the table of gaps: one gap a row below it.");
    LABEL_HELP.put(Label.ACTIONS, "The header of the table of actions: one action a row below it.");
    COLUMN_HELP.put(Column.MOMENT_ID, "Required: a short identifier, unique in the journey.");
    COLUMN_HELP.put(
        Column.MOMENT_TOUCHPOINT, "Required: the id of the touchpoint where the moment happens.");
    COLUMN_HELP.put(
        Column.POLARITY, "Required: MAKE if the moment wins customers, BREAK if it loses them.");
    COLUMN_HELP.put(Column.WHY, "Required: why the moment matters.");
    COLUMN_HELP.put(Column.GAP_ID, "Required: a short identifier, unique in the journey.");
    COLUMN_HELP.put(Column.GAP_TITLE, "Required: the gap in one line.");
    COLUMN_HELP.put(
        Column.GAP_TYPE,
        "Required: CUSTOMER_EXPECTATIONS, ORGANISATIONAL, LEADERSHIP_UNDERSTANDING,"
            + " EMPLOYEE_KNOWLEDGE_AND_SKILLS or EXPERIENCE.");
    COLUMN_HELP.put(Column.SEVERITY, "LOW, MEDIUM, HIGH or CRITICAL; MEDIUM when empty.");
    COLUMN_HELP.put(
        Column.GAP_STAGE,
        "The id of the stage where the gap is; leave it and the touchpoint empty for a gap of the"
            + " whole journey.");
    COLUMN_HELP.put(
        Column.GAP_TOUCHPOINT,
        "Or the id of the touchpoint where the gap is. An EXPERIENCE gap is at a stage or a"
            + " touchpoint.");
    COLUMN_HELP.put(Column.GAP_DESCRIPTION, "More about the gap.");
    COLUMN_HELP.put(Column.ACTION_ID, "Required: a short identifier, unique in the journey.");
    COLUMN_HELP.put(Column.ACTION_TITLE, "Required: what will be done, in one line.");
    COLUMN_HELP.put(
        Column.KIND, "Required: FIX, AMPLIFY, PILOT, RESEARCH, TRAINING or COMMUNICATION.");
    COLUMN_HELP.put(
        Column.STATUS, "PROPOSED, PLANNED, IN_PROGRESS, DONE or DROPPED; PROPOSED when empty.");
    COLUMN_HELP.put(Column.ACTION_OWNER, "The champion who sees the action through.");
    COLUMN_HELP.put(Column.DUE, "When the action is due, as a date such as 2026-12-15.");
    COLUMN_HELP.put(Column.GAP_IDS, "The ids of the gaps the action closes, separated by commas.");
    COLUMN_HELP.put(
        Column.MOMENT_IDS, "The ids of the moments the action improves, separated by commas.");
    COLUMN_HELP.put(
        Column.TOUCHPOINT_IDS,
        "The ids of the touchpoints the action changes, separated by commas.");
  }

  private StarterWorkbook() {}

  /**
   * Writes the workbook, without closing {@code out}.
   *
   * @param out where the workbook goes
   * @throws IOException if {@code out} fails
   */
  public static void write(OutputStream out) throws IOException {
    GridWriter.xlsx(
        List.of(
            new GridWriter.Sheet(EXAMPLE, GridRows.of(example(), EXAMPLE), true),
            new GridWriter.Sheet(BLANK, GridRows.blank(), true),
            new GridWriter.Sheet(HOW_TO, howTo(), false)),
        out);
  }

  /** What each label and column is for, one a row, under a few lines on the grid as a whole. */
  static List<GridRows.Row> howTo() {
    List<GridRows.Row> rows = new ArrayList<>();
    rows.add(row(true, "How to fill in a journey grid", null));
    rows.add(
        row(
            false,
            "The sheet",
            "Copy the Blank sheet (or the Example) and fill it in. Cell A1 must say \""
                + GridLayout.MARKER
                + "\" and B1 the layout's version, "
                + GridLayout.VERSION
                + ". Column A holds the labels below; their case and the hints in parentheses do"
                + " not matter. Empty rows may be added anywhere."));
    rows.add(
        row(
            false,
            "The parts",
            "From the top: the journey's rows, the stage rows (one stage a column), the lanes with"
                + " their touchpoints, then three tables: moments that matter, gaps and actions."
                + " Keep the parts in this order."));
    rows.add(
        row(
            false,
            "Text",
            "Text is kept exactly as typed, including line breaks. A cell holding a formula is read"
                + " as the value the spreadsheet last computed."));
    rows.add(row(true, "Label or column", "What to write"));
    for (Label label : Label.values()) {
      rows.add(row(false, label.text, LABEL_HELP.get(label)));
      if (label.section == GridLayout.Section.TABLES) {
        for (Column column : Column.of(label)) {
          if (column != Column.of(label).get(0)) {
            rows.add(row(false, "    " + column.text, COLUMN_HELP.get(column)));
          }
        }
      }
    }
    return rows;
  }

  private static GridRows.Row row(boolean heading, String label, String text) {
    return new GridRows.Row(Arrays.asList(label, text), heading);
  }

  /**
   * The example journey: opening a current account online, in three stages.
   *
   * @return the journey
   */
  public static Journey example() {
    return Journey.builder("open-account", "Open a current account")
        .description("New customers open an account online, from first visit to first payment.")
        .vision("Open an account in ten minutes, from any device, without a branch visit.")
        .addPersona(
            Persona.builder().id("new-to-bank").name("New to bank").segment("Retail").build())
        .governance(Governance.builder().owner("Head of onboarding").build())
        .addTag("onboarding")
        .addTag("retail")
        .addStage(
            Stage.builder("discover", "Discover")
                .goal("Find an account that suits me")
                .owner("Marketing")
                .addTouchpoint(
                    touchpoint(
                        "compare-page",
                        "Compare accounts page",
                        Channel.WEB,
                        Lane.CUSTOMER_ACTION,
                        "Web team",
                        1,
                        5,
                        5))
                .addTouchpoint(
                    touchpoint(
                        "advice-chat",
                        "Chat with an adviser",
                        Channel.CHAT,
                        Lane.FRONTSTAGE,
                        "Contact centre",
                        1.5,
                        5,
                        6))
                .build())
        .addStage(
            Stage.builder("apply", "Apply")
                .goal("Apply without a branch visit")
                .owner("Digital onboarding")
                .addTouchpoint(
                    touchpoint(
                        "form",
                        "Fill in the application form",
                        Channel.WEB,
                        Lane.CUSTOMER_ACTION,
                        "Digital onboarding",
                        -1.5,
                        6,
                        3))
                .addTouchpoint(
                    touchpoint(
                        "id-check",
                        "Upload a photo of my ID",
                        Channel.APP,
                        Lane.CUSTOMER_ACTION,
                        "Digital onboarding",
                        -2,
                        6,
                        2))
                .addTouchpoint(
                    Touchpoint.builder("kyc-review", "Identity review", Channel.of("back-office"))
                        .lane(Lane.BACKSTAGE)
                        .owner("Financial crime team")
                        .build())
                .build())
        .addStage(
            Stage.builder("get-started", "Get started")
                .goal("Use my account for the first time")
                .owner("Everyday banking")
                .addTouchpoint(
                    touchpoint(
                        "welcome-email",
                        "Welcome email with card details",
                        Channel.EMAIL,
                        Lane.FRONTSTAGE,
                        "CRM team",
                        1,
                        5,
                        5))
                .build())
        .addMoment(
            MomentThatMatters.of(
                "id-fail",
                "id-check",
                Polarity.BREAK,
                "Customers give up when the photo is refused"))
        .addMoment(
            MomentThatMatters.of(
                "first-payment",
                "welcome-email",
                Polarity.MAKE,
                "The first payment that works earns trust"))
        .addGap(
            Gap.builder()
                .id("slow-form")
                .type(GapType.EXPERIENCE)
                .title("The form takes 25 minutes")
                .severity(Severity.HIGH)
                .location(Location.touchpoint("form"))
                .build())
        .addGap(
            Gap.builder()
                .id("kyc-silo")
                .type(GapType.ORGANISATIONAL)
                .title("Identity checks run in a separate team with its own queue")
                .location(Location.stage("apply"))
                .build())
        .addAction(
            ActionItem.builder("shorten-form", "Cut the form to 8 fields", ActionKind.FIX)
                .status(ActionStatus.PLANNED)
                .owner("Digital onboarding")
                .due(LocalDate.of(2026, 12, 15))
                .addGapId("slow-form")
                .addTouchpointId("form")
                .build())
        .addAction(
            ActionItem.builder("photo-tips", "Show photo tips before the upload", ActionKind.PILOT)
                .addMomentId("id-fail")
                .addTouchpointId("id-check")
                .build())
        .build();
  }

  private static Touchpoint touchpoint(
      String id,
      String name,
      Channel channel,
      Lane lane,
      String owner,
      double emotion,
      double expectation,
      double perception) {
    return Touchpoint.builder(id, name, channel)
        .lane(lane)
        .owner(owner)
        .addMeasurement(Measurement.of(Metric.EMOTION, emotion, Scale.EMOTION))
        .addMeasurement(Measurement.of(Metric.EXPECTATION, expectation, Scale.LIKERT_7))
        .addMeasurement(Measurement.of(Metric.PERCEPTION, perception, Scale.LIKERT_7))
        .build();
  }
}
