package io.github.journeykit.export.internal.svg;

import static io.github.journeykit.export.internal.svg.SvgCanvas.AMBER;
import static io.github.journeykit.export.internal.svg.SvgCanvas.GREEN;
import static io.github.journeykit.export.internal.svg.SvgCanvas.INK;
import static io.github.journeykit.export.internal.svg.SvgCanvas.MUTED;
import static io.github.journeykit.export.internal.svg.SvgCanvas.NAVY;
import static io.github.journeykit.export.internal.svg.SvgCanvas.RED;

import io.github.journeykit.core.model.ActionItem;
import io.github.journeykit.core.model.Gap;
import io.github.journeykit.core.model.Journey;
import io.github.journeykit.core.model.Lane;
import io.github.journeykit.core.model.LocationKind;
import io.github.journeykit.core.model.Measurement;
import io.github.journeykit.core.model.Metric;
import io.github.journeykit.core.model.MomentThatMatters;
import io.github.journeykit.core.model.Persona;
import io.github.journeykit.core.model.Polarity;
import io.github.journeykit.core.model.Scale;
import io.github.journeykit.core.model.Severity;
import io.github.journeykit.core.model.Stage;
import io.github.journeykit.core.model.Touchpoint;
import io.github.journeykit.core.path.DeviationCount;
import io.github.journeykit.core.path.DeviationKind;
import io.github.journeykit.core.path.TouchpointUse;
import io.github.journeykit.export.internal.view.ObservedPaths;
import io.github.journeykit.export.internal.view.ScoredReport;
import io.github.journeykit.export.internal.view.Words;
import io.github.journeykit.export.internal.xml.XmlOut;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Draws a journey map as SVG: a title block, stage headers over their columns, one column per
 * touchpoint with its card in one of the four service-blueprint lanes, the emotion curve against
 * its baseline (pain points and the stretches below the baseline in red), gap tags under the steps,
 * the top actions and the journey-wide gaps, and a legend. Not public API.
 *
 * <p>When the report has a path summary, each stage header also shows its stage's funnel (the cases
 * that reached it of those that could have, in figures and as a slim band), each card its
 * touchpoint's reach, the share of the event log's cases that took it, and a panel below the others
 * lists the most frequent deviations from the designed journey; the canvas grows to fit them.
 *
 * <p>The picture holds no scripts, no event attributes and no links: evidence URIs are not drawn.
 * Long texts are wrapped and cut with an ellipsis; each card's full text is in its {@code title},
 * which viewers show as a tooltip.
 */
public final class SvgJourneyMap {

  private static final double MARGIN = 24;
  private static final double LABEL_W = 150;
  private static final double COL_W = 184;
  private static final double CARD_W = 164;
  private static final double CARD_H = 100;

  /** How much taller cards and lanes are when the cards show their reach. */
  private static final double REACH_H = 17;

  /** The width of the bar beside a card's reach. */
  private static final double REACH_BAR_W = 56;

  /** How much taller stage headers are when they show their stage's funnel. */
  private static final double FUNNEL_H = 20;

  /** The width of a deviation's kind tag, which holds "Out of order" in bold. */
  private static final double KIND_W = 96;

  /** The width of a deviation's figures, such as "1204 cases, 1876 times". */
  private static final double DEVIATION_FIGURES_W = 190;

  /**
   * The most width of a deviation's touchpoint or activity: on a wide map its figures stay near it,
   * where the eye finds them, rather than at the far edge.
   */
  private static final double DEVIATION_SUBJECT_W = 560;

  private static final double MIN_W = 1180;
  private static final double TITLE_H = 70;
  private static final double STAGE_H = 64;
  private static final double LANE_H = 120;
  private static final double EMO_H = 190;
  private static final double GAPS_H = 70;
  private static final double LEGEND_H = 56;
  private static final int TOP_ACTIONS = 5;
  private static final int PANEL_LINES = 5;

  private static final String[][] LANE_STYLE = {
    {"Customer actions", "What the customer does", "#e3f0fc", "#5b8fc7"},
    {"Frontstage", "What the customer sees us do", "#e6f4ea", "#4f9a67"},
    {"Backstage", "What we do out of sight", "#efe9f8", "#8a6bbf"},
    {"Support processes", "Systems and teams behind it", "#eef0f2", "#7b8794"}
  };
  private static final String[] LINES = {
    "line of interaction", "line of visibility", "line of internal interaction"
  };

  /** One column of the map: a touchpoint, or an empty stage's placeholder. */
  private static final class Column {
    final int stage;
    final Touchpoint touchpoint;

    Column(int stage, Touchpoint touchpoint) {
      this.stage = stage;
      this.touchpoint = touchpoint;
    }
  }

  private final ScoredReport scored;
  private final ObservedPaths observed;
  private final Journey journey;
  private final XmlOut svg;
  private final SvgCanvas draw;
  private final List<Column> columns = new ArrayList<>();
  private final List<ScoredReport.RankedAction> top;
  private final Map<String, List<Integer>> topActionsAt = new HashMap<>();
  private final double width;

  /** The height of a card and of a lane: taller when the cards show their reach. */
  private final double cardH;

  /** The height of a stage header: taller when it shows its stage's funnel. */
  private final double stageH;

  private final double laneH;
  private final double stageTop;
  private final double lanesTop;
  private final double emotionTop;
  private final double gapsTop;
  private final double panelsTop;
  private final double panelH;
  private final double deviationsTop;
  private final double deviationsH;
  private final double legendTop;
  private final double height;

  private SvgJourneyMap(ScoredReport scored, XmlOut svg) {
    this.scored = scored;
    this.observed = ObservedPaths.of(scored.report());
    this.journey = scored.journey();
    this.svg = svg;
    this.draw = new SvgCanvas(svg);
    List<Stage> stages = journey.stages();
    for (int s = 0; s < stages.size(); s++) {
      if (stages.get(s).touchpoints().isEmpty()) {
        columns.add(new Column(s, null));
      }
      for (Touchpoint touchpoint : stages.get(s).touchpoints()) {
        columns.add(new Column(s, touchpoint));
      }
    }
    this.top = scored.topActions(TOP_ACTIONS);
    for (int i = 0; i < top.size(); i++) {
      for (String id : touchpointsOf(top.get(i).action())) {
        List<Integer> ranks = topActionsAt.computeIfAbsent(id, k -> new ArrayList<>());
        if (!ranks.contains(i + 1)) {
          ranks.add(i + 1);
        }
      }
    }
    boolean paths = observed.summary().isPresent();
    double reachH = paths ? REACH_H : 0;
    this.cardH = CARD_H + reachH;
    this.laneH = LANE_H + reachH;
    this.stageH = STAGE_H + (paths ? FUNNEL_H : 0);
    this.width = Math.max(MIN_W, 2 * MARGIN + LABEL_W + Math.max(1, columns.size()) * COL_W);
    this.stageTop = MARGIN + TITLE_H;
    this.lanesTop = stageTop + stageH + 10;
    this.emotionTop = lanesTop + 4 * laneH + 14;
    this.gapsTop = emotionTop + EMO_H + 8;
    this.panelsTop = gapsTop + GAPS_H + 18;
    int lines = Math.max(Math.max(top.size(), journeyWideGaps().size()), 1);
    this.panelH = 44 + Math.min(lines, PANEL_LINES + 1) * 22;
    this.deviationsTop = panelsTop + panelH + 16;
    int deviations = observed.deviations(PANEL_LINES + 1).size();
    this.deviationsH = paths ? 44 + Math.max(deviations, 1) * 22 : 0;
    this.legendTop = deviationsTop + (paths ? deviationsH + 16 : 0);
    this.height = legendTop + LEGEND_H + MARGIN;
  }

  /**
   * Draws the map of {@code scored} onto {@code out}.
   *
   * @param scored what to draw
   * @param out where to write
   * @param standalone true for an SVG file (with an XML declaration), false to embed in HTML
   * @throws IOException if {@code out} fails
   */
  public static void write(ScoredReport scored, Writer out, boolean standalone) throws IOException {
    XmlOut svg = SvgCanvas.writer(out);
    if (standalone) {
      svg.declaration();
    }
    new SvgJourneyMap(scored, svg).draw();
    svg.finish();
  }

  /** The touchpoints an action concerns: named ones, and those of its moments and gaps. */
  private List<String> touchpointsOf(ActionItem action) {
    List<String> ids = new ArrayList<>(action.touchpointIds());
    for (String momentId : action.momentIds()) {
      journey.moment(momentId).ifPresent(m -> ids.add(m.touchpointId()));
    }
    for (String gapId : action.gapIds()) {
      journey
          .gap(gapId)
          .filter(g -> g.location().kind() == LocationKind.TOUCHPOINT)
          .ifPresent(g -> ids.add(g.location().elementId().get()));
    }
    return ids;
  }

  private void draw() throws IOException {
    draw.open(width, height, "Journey map: " + journey.title());
    svg.start("desc")
        .text(
            journey.stages().size()
                + " stages, "
                + journey.touchpoints().size()
                + " touchpoints, "
                + journey.painPoints().size()
                + " pain points below the emotion baseline")
        .end();
    draw.rect(0, 0, width, height, 0, "#ffffff", null);
    titleBlock();
    stageHeaders();
    lanes();
    emotionCurve();
    cards();
    gapTags();
    panels();
    if (observed.summary().isPresent()) {
      deviationsPanel();
    }
    legend();
    svg.end();
  }

  // ------------------------------------------------------------------ title

  private void titleBlock() throws IOException {
    draw.text(
        MARGIN,
        MARGIN + 22,
        22,
        "bold",
        INK,
        TextFit.line(journey.title(), width - 2 * MARGIN, 22 * TextFit.BOLD));
    List<String> parts = new ArrayList<>();
    parts.add(Words.of(journey.state()) + " state");
    List<String> personas = new ArrayList<>();
    for (Persona persona : journey.personas()) {
      personas.add(persona.name());
    }
    if (!personas.isEmpty()) {
      parts.add("for " + String.join("; ", personas));
    }
    parts.add(journey.governance().owner().map(o -> "owner " + o).orElse("no owner"));
    journey.governance().lastReviewed().ifPresent(d -> parts.add("reviewed " + d));
    draw.text(
        MARGIN,
        MARGIN + 46,
        13,
        null,
        MUTED,
        TextFit.line(String.join("  \u00B7  ", parts), width - 2 * MARGIN, 13));
    if (journey.vision().isPresent()) {
      String vision = "Vision: " + journey.vision().get();
      draw.text(
          MARGIN, MARGIN + 64, 12, "italic", MUTED, TextFit.line(vision, width - 2 * MARGIN, 12));
    }
  }

  // ----------------------------------------------------------------- stages

  private double columnX(int column) {
    return MARGIN + LABEL_W + column * COL_W;
  }

  private void stageHeaders() throws IOException {
    List<Stage> stages = journey.stages();
    int first = 0;
    for (int s = 0; s < stages.size(); s++) {
      int count = 0;
      while (first + count < columns.size() && columns.get(first + count).stage == s) {
        count++;
      }
      Stage stage = stages.get(s);
      double x = columnX(first) + 4;
      double w = count * COL_W - 8;
      Optional<ObservedPaths.FunnelBar> funnel = observed.funnelBar(stage.id());
      svg.start("g");
      svg.start("title")
          .text(
              stage.name()
                  + stage.goal().map(g -> ": " + g).orElse("")
                  + funnel
                      .map(f -> " | reached " + f.stepFigures() + ", dropped " + f.dropOff())
                      .orElse(""))
          .end();
      draw.rect(x, stageTop, w, stageH, 6, NAVY, null);
      int gaps = journey.gapsAt(stage.id()).size();
      // The name leaves room for the gap badge beside it.
      double nameW = w - 24;
      if (gaps > 0) {
        String label = "\u26A0 " + gaps + (gaps == 1 ? " gap" : " gaps");
        double lw = TextFit.width(label, 10 * TextFit.BOLD) + 16;
        draw.rect(x + w - lw - 6, stageTop + 6, lw, 16, 8, "#fff4e0", null);
        draw.text(x + w - lw + 2, stageTop + 18, 10, "bold", AMBER, label);
        nameW -= lw;
      }
      draw.text(
          x + 12,
          stageTop + 22,
          14,
          "bold",
          "#ffffff",
          TextFit.line((s + 1) + "  " + stage.name(), nameW, 14 * TextFit.BOLD));
      double goalTop = stageTop + 40;
      if (observed.summary().isPresent()) {
        stageFunnel(funnel, x + 12, stageTop + 39, w - 24);
        goalTop += FUNNEL_H;
      }
      List<String> goal = TextFit.wrap(stage.goal().orElse(""), w - 24, 11, 2);
      for (int i = 0; i < goal.size(); i++) {
        draw.text(x + 12, goalTop + i * 14, 11, "italic", "#d6e0ee", goal.get(i));
      }
      svg.end();
      first += count;
    }
  }

  /**
   * A stage's funnel in its header, from {@code (x, y)} and {@code w} wide: {@code reached 602 of
   * 640 (94.06%)}, or without {@code reached} where that does not fit, over a slim band as long as
   * the share; {@code no funnel data} when the path summary's funnel lacks the stage.
   */
  private void stageFunnel(Optional<ObservedPaths.FunnelBar> funnel, double x, double y, double w)
      throws IOException {
    if (funnel.isEmpty()) {
      draw.text(x, y, 11, "italic", "#d6e0ee", TextFit.line("no funnel data", w, 11));
      return;
    }
    String figures = funnel.get().stepFigures();
    String words = "reached " + figures;
    double size = 11 * TextFit.BOLD;
    draw.text(
        x,
        y,
        11,
        "bold",
        "#ffffff",
        TextFit.width(words, size) <= w ? words : TextFit.line(figures, w, size));
    draw.rect(x, y + 5, w, 4, 2, "#3d5f8a", null);
    double share = Math.max(0, Math.min(1, funnel.get().stepShare().orElse(0)));
    if (share > 0) {
      draw.rect(x, y + 5, Math.max(2, share * w), 4, 2, "#9cc3f0", null);
    }
  }

  // ------------------------------------------------------------------ lanes

  private double laneTop(Lane lane) {
    return lanesTop + lane.ordinal() * laneH;
  }

  private void lanes() throws IOException {
    double right = width - MARGIN;
    for (Lane lane : Lane.values()) {
      String[] style = LANE_STYLE[lane.ordinal()];
      double top = laneTop(lane);
      draw.rect(
          MARGIN,
          top,
          right - MARGIN,
          laneH,
          0,
          lane.ordinal() % 2 == 0 ? "#f8fafc" : "#f1f4f8",
          null);
      draw.rect(MARGIN, top + 8, 4, laneH - 16, 2, style[3], null);
      List<String> label = TextFit.wrap(style[0], LABEL_W - 24, 13 * TextFit.BOLD, 2);
      for (int i = 0; i < label.size(); i++) {
        draw.text(MARGIN + 14, top + 28 + i * 16, 13, "bold", INK, label.get(i));
      }
      List<String> what = TextFit.wrap(style[1], LABEL_W - 24, 10.5, 3);
      for (int i = 0; i < what.size(); i++) {
        draw.text(
            MARGIN + 14, top + 30 + label.size() * 16 + i * 13, 10.5, null, MUTED, what.get(i));
      }
      if (lane.ordinal() > 0) {
        draw.line(MARGIN, top, right, top, "#9aa5b4", 1, "6 4");
        draw.text(MARGIN + 14, top - 5, 9.5, "italic", "#7a8594", LINES[lane.ordinal() - 1]);
      }
    }
  }

  private double cardX(int column) {
    return columnX(column) + (COL_W - CARD_W) / 2;
  }

  private double cardY(Lane lane) {
    return laneTop(lane) + (laneH - cardH) / 2;
  }

  private void cards() throws IOException {
    for (int c = 0; c < columns.size(); c++) {
      Touchpoint touchpoint = columns.get(c).touchpoint;
      if (touchpoint == null) {
        draw.text(
            cardX(c) + 10,
            laneTop(Lane.CUSTOMER_ACTION) + laneH / 2,
            11,
            "italic",
            MUTED,
            "No touchpoints yet");
      } else {
        card(c, touchpoint);
      }
    }
  }

  private void card(int column, Touchpoint touchpoint) throws IOException {
    String[] style = LANE_STYLE[touchpoint.lane().ordinal()];
    double x = cardX(column);
    double y = cardY(touchpoint.lane());
    boolean pain = touchpoint.isPainPoint();
    Optional<Measurement> emotion = touchpoint.latest(Metric.EMOTION);
    List<MomentThatMatters> moments = journey.momentsAt(touchpoint.id());
    svg.start("g");
    svg.start("title").text(tooltip(touchpoint, emotion, moments)).end();
    svg.start("rect")
        .attr("x", x)
        .attr("y", y)
        .attr("width", CARD_W)
        .attr("height", cardH)
        .attr("rx", "8")
        .attr("fill", "#ffffff")
        .attr("stroke", pain ? RED : style[3])
        .attr("stroke-width", pain ? "2" : "1.2")
        .end();
    draw.rect(x, y, CARD_W, 5, 2, pain ? RED : style[3], null);
    List<String> name = TextFit.wrap(touchpoint.name(), CARD_W - 20, 12.5 * TextFit.BOLD, 3);
    for (int i = 0; i < name.size(); i++) {
      draw.text(x + 10, y + 22 + i * 15, 12.5, "bold", INK, name.get(i));
    }
    String meta =
        touchpoint.channel().name() + touchpoint.owner().map(o -> " \u00B7 " + o).orElse("");
    draw.text(
        x + 10,
        y + cardH - 26 - (cardH - CARD_H),
        10.5,
        null,
        MUTED,
        TextFit.line(meta, CARD_W - 20, 10.5));
    if (observed.summary().isPresent()) {
      reach(touchpoint, x + 10, y + cardH - 26);
    }
    if (emotion.isPresent()) {
      String value = "emotion " + Words.number(emotion.get().value()) + (pain ? " \u25BC" : "");
      draw.text(
          x + 10,
          y + cardH - 10,
          10.5,
          "bold",
          pain ? RED : GREEN,
          TextFit.line(value, CARD_W - 40, 10.5));
    } else {
      draw.text(x + 10, y + cardH - 10, 10.5, "italic", "#8a94a3", "no emotion data");
    }
    double mx = x + CARD_W - 4;
    for (MomentThatMatters moment : moments) {
      moment(mx, y + 4, moment.polarity());
      mx -= 24;
    }
    double ax = x + CARD_W - 12;
    for (int rank : topActionsAt.getOrDefault(touchpoint.id(), List.of())) {
      actionBadge(ax, y + cardH - 14, rank);
      ax -= 22;
    }
    svg.end();
  }

  private String tooltip(
      Touchpoint touchpoint, Optional<Measurement> emotion, List<MomentThatMatters> moments) {
    StringBuilder text = new StringBuilder(touchpoint.name());
    text.append(" | ")
        .append(touchpoint.channel())
        .append(", ")
        .append(Words.of(touchpoint.lane()));
    touchpoint.owner().ifPresent(o -> text.append(", owner ").append(o));
    observed
        .use(touchpoint.id())
        .filter(u -> u.reach().isPresent())
        .ifPresent(
            u -> {
              text.append(" | reach ")
                  .append(Words.percent(u.reach()))
                  .append(" (")
                  .append(u.reached())
                  .append(" of ")
                  .append(u.cases())
                  .append(" cases)");
              u.repeatRate()
                  .ifPresent(
                      r -> text.append(", repeat rate ").append(Words.percent(u.repeatRate())));
            });
    emotion.ifPresent(
        e ->
            text.append(" | emotion ")
                .append(Words.measurement(emotion))
                .append(" on ")
                .append(e.scale()));
    for (MomentThatMatters moment : moments) {
      text.append(" | ")
          .append(Words.of(moment.polarity()))
          .append(" moment: ")
          .append(moment.whyItMatters());
    }
    return text.toString();
  }

  /**
   * A card's line of reach from {@code (x, y)}: {@code reach 64%} and a bar as long as the share,
   * or {@code no reach data} when the report's path summary does not say.
   */
  private void reach(Touchpoint touchpoint, double x, double y) throws IOException {
    Optional<TouchpointUse> use = observed.use(touchpoint.id()).filter(u -> u.reach().isPresent());
    if (use.isEmpty()) {
      draw.text(x, y, 10.5, "italic", "#8a94a3", "no reach data");
      return;
    }
    OptionalDouble reach = use.get().reach();
    String label = "reach " + Words.percent(reach);
    draw.text(x, y, 10.5, "bold", NAVY, label);
    double barX = x + CARD_W - 20 - REACH_BAR_W;
    if (TextFit.width(label, 10.5 * TextFit.BOLD) + 8 <= barX - x) {
      draw.rect(barX, y - 7, REACH_BAR_W, 6, 3, "#e3e8ef", null);
      if (reach.getAsDouble() > 0) {
        draw.rect(barX, y - 7, Math.max(2, reach.getAsDouble() * REACH_BAR_W), 6, 3, NAVY, null);
      }
    }
  }

  /** A moment-that-matters marker: a green circle with a star, or a red diamond with a bang. */
  private void moment(double cx, double cy, Polarity polarity) throws IOException {
    if (polarity == Polarity.MAKE) {
      draw.circle(cx, cy, 10, GREEN, "#ffffff", 1.5);
      draw.text(cx - 5.5, cy + 4.5, 12, "bold", "#ffffff", "\u2605");
    } else {
      svg.start("path")
          .attr("d", "M" + (int) cx + " " + (int) (cy - 11) + " l11 11 l-11 11 l-11 -11 z")
          .attr("fill", RED)
          .attr("stroke", "#ffffff")
          .attr("stroke-width", "1.5")
          .end();
      draw.text(cx - 2.5, cy + 5, 13, "bold", "#ffffff", "!");
    }
  }

  private void actionBadge(double cx, double cy, int rank) throws IOException {
    draw.circle(cx, cy, 9, NAVY, null, 0);
    String label = Integer.toString(rank);
    draw.text(cx - TextFit.width(label, 10.5) / 2, cy + 4, 10.5, "bold", "#ffffff", label);
  }

  // ---------------------------------------------------------------- emotion

  private double baselineY() {
    return emotionTop + EMO_H / 2;
  }

  private double emotionY(double position) {
    return baselineY() - position * (EMO_H / 2 - 26);
  }

  private double columnCenter(int column) {
    return columnX(column) + COL_W / 2;
  }

  /**
   * Where a value lies relative to its scale's baseline, from -1 (the worst end) through 0 (the
   * baseline) to 1 (the best end), for drawing values of different scales on one curve.
   *
   * @param measurement the measurement
   * @return the position, or empty when the scale has no baseline or no upper bound
   */
  private static OptionalDouble relativePosition(Measurement measurement) {
    Scale scale = measurement.scale();
    if (scale.baseline().isEmpty() || scale.max().isEmpty()) {
      return OptionalDouble.empty();
    }
    double base = scale.baseline().getAsDouble();
    double value = measurement.value();
    double toBetter =
        scale.higherIsBetter() ? scale.max().getAsDouble() - base : base - scale.min();
    double toWorse = scale.higherIsBetter() ? base - scale.min() : scale.max().getAsDouble() - base;
    double delta = scale.relativeToBaseline(value).getAsDouble();
    if (delta >= 0) {
      return OptionalDouble.of(toBetter == 0 ? 0 : delta / toBetter);
    }
    return OptionalDouble.of(toWorse == 0 ? 0 : delta / toWorse);
  }

  private void emotionCurve() throws IOException {
    double left = MARGIN;
    double right = width - MARGIN;
    double inner = MARGIN + LABEL_W;
    draw.rect(left, emotionTop, right - left, EMO_H, 0, "#ffffff", "#c9d1dc");
    draw.rect(inner, baselineY(), right - inner, EMO_H / 2, 0, "#fdeeee", null);
    draw.text(left + 14, emotionTop + 26, 13, "bold", INK, "Emotion");
    draw.text(left + 14, emotionTop + 44, 10.5, null, MUTED, "better \u2191");
    draw.text(left + 14, baselineY() + 4, 10.5, "bold", MUTED, "baseline");
    draw.text(left + 14, emotionTop + EMO_H - 30, 10.5, null, RED, "pain points");
    draw.text(left + 14, emotionTop + EMO_H - 16, 10.5, null, RED, "worse \u2193");
    draw.line(inner, baselineY(), right, baselineY(), "#5b6675", 1.2, "6 5");

    double[] xs = new double[columns.size()];
    double[] ys = new double[columns.size()];
    boolean[] has = new boolean[columns.size()];
    for (int c = 0; c < columns.size(); c++) {
      Touchpoint touchpoint = columns.get(c).touchpoint;
      xs[c] = columnCenter(c);
      if (touchpoint != null) {
        draw.line(xs[c], cardY(touchpoint.lane()) + cardH, xs[c], emotionTop, "#c3cad4", 1, "2 4");
        Optional<Measurement> emotion = touchpoint.latest(Metric.EMOTION);
        OptionalDouble position =
            emotion.isPresent() ? relativePosition(emotion.get()) : OptionalDouble.empty();
        if (position.isPresent()) {
          has[c] = true;
          ys[c] = emotionY(Math.max(-1, Math.min(1, position.getAsDouble())));
        }
      }
    }
    int previous = -1;
    for (int c = 0; c < columns.size(); c++) {
      if (has[c]) {
        if (previous >= 0) {
          segment(xs[previous], ys[previous], xs[c], ys[c]);
        }
        previous = c;
      }
    }
    for (int c = 0; c < columns.size(); c++) {
      if (has[c]) {
        point(c, xs[c], ys[c]);
      } else if (columns.get(c).touchpoint != null) {
        draw.text(xs[c] - 20, emotionTop + 16, 9.5, "italic", "#8a94a3", "no data");
      }
    }
  }

  /** A stretch of the curve: red below the baseline, green above, split where it crosses. */
  private void segment(double x1, double y1, double x2, double y2) throws IOException {
    double base = baselineY();
    boolean below1 = y1 > base;
    boolean below2 = y2 > base;
    if (below1 == below2) {
      draw.line(x1, y1, x2, y2, below1 ? RED : GREEN, 3, null);
      return;
    }
    double t = (base - y1) / (y2 - y1);
    double xm = x1 + t * (x2 - x1);
    draw.line(x1, y1, xm, base, below1 ? RED : GREEN, 3, null);
    draw.line(xm, base, x2, y2, below2 ? RED : GREEN, 3, null);
  }

  private void point(int column, double x, double y) throws IOException {
    Touchpoint touchpoint = columns.get(column).touchpoint;
    boolean pain = touchpoint.isPainPoint();
    if (!journey.momentsAt(touchpoint.id()).isEmpty()) {
      draw.circle(x, y, 11, "none", pain ? RED : GREEN, 1.5);
    }
    draw.circle(x, y, 6.5, pain ? RED : GREEN, "#ffffff", 2);
    String value = Words.number(touchpoint.latest(Metric.EMOTION).get().value());
    double ty = pain ? y + 24 : y - 15;
    draw.text(x - TextFit.width(value, 11) / 2, ty, 11, "bold", pain ? RED : GREEN, value);
  }

  // ------------------------------------------------------------------- gaps

  private void gapTags() throws IOException {
    draw.text(MARGIN + 14, gapsTop + 20, 13, "bold", INK, "Gaps");
    draw.text(MARGIN + 14, gapsTop + 36, 10.5, null, MUTED, "at each step");
    for (int c = 0; c < columns.size(); c++) {
      Touchpoint touchpoint = columns.get(c).touchpoint;
      if (touchpoint == null) {
        continue;
      }
      List<Gap> gaps = journey.gapsAt(touchpoint.id());
      double x = cardX(c);
      for (int i = 0; i < gaps.size() && i < 2; i++) {
        if (i == 1 && gaps.size() > 2) {
          draw.text(
              x + 4,
              gapsTop + 14 + i * 24,
              10,
              "italic",
              AMBER,
              "+" + (gaps.size() - 1) + " more gaps");
          break;
        }
        Gap gap = gaps.get(i);
        double y = gapsTop + i * 24;
        svg.start("g");
        svg.start("title")
            .text(Words.of(gap.type()) + " gap, " + Words.of(gap.severity()) + ": " + gap.title())
            .end();
        draw.rect(x, y, CARD_W, 20, 4, "#fff4e0", severityColour(gap.severity()));
        draw.text(
            x + 6, y + 14, 10, null, INK, TextFit.line("\u26A0 " + gap.title(), CARD_W - 12, 10));
        svg.end();
      }
    }
  }

  private static String severityColour(Severity severity) {
    switch (severity) {
      case CRITICAL:
        return "#b71c1c";
      case HIGH:
        return "#e65100";
      case MEDIUM:
        return "#f0a500";
      default:
        return "#9e9e9e";
    }
  }

  private List<Gap> journeyWideGaps() {
    List<Gap> gaps = new ArrayList<>();
    for (Gap gap : journey.gaps()) {
      if (gap.location().kind() != LocationKind.TOUCHPOINT) {
        gaps.add(gap);
      }
    }
    return gaps;
  }

  // ----------------------------------------------------------------- panels

  private void panels() throws IOException {
    double panelW = (width - 2 * MARGIN - 16) / 2;
    double x = MARGIN;
    panel(
        x,
        panelW,
        scored.report().scoreSheet().isPresent() && !top.isEmpty() && top.get(0).rank() > 0
            ? "Top actions by " + scored.report().scoreSheet().get().label()
            : "Open actions");
    if (top.isEmpty()) {
      draw.text(
          x + 16,
          panelsTop + 58,
          11.5,
          "italic",
          MUTED,
          "No open actions: who will close the gaps?");
    }
    for (int i = 0; i < top.size(); i++) {
      ScoredReport.RankedAction ranked = top.get(i);
      ActionItem action = ranked.action();
      double y = panelsTop + 58 + i * 22;
      actionBadge(x + 24, y - 4, i + 1);
      StringBuilder line = new StringBuilder(action.title());
      line.append("  \u2014  ").append(action.owner().orElse("no owner"));
      line.append(" \u00B7 ").append(Words.of(action.status()));
      action.due().ifPresent(d -> line.append(" \u00B7 due ").append(d));
      ranked
          .score()
          .ifPresent(
              s ->
                  line.append(" \u00B7 ")
                      .append(s.label())
                      .append(' ')
                      .append(Words.number(s.value())));
      draw.text(x + 40, y, 11.5, null, INK, TextFit.line(line.toString(), panelW - 56, 11.5));
    }

    double gx = MARGIN + panelW + 16;
    panel(gx, panelW, "Gaps across stages and the whole journey");
    List<Gap> gaps = journeyWideGaps();
    if (gaps.isEmpty()) {
      draw.text(gx + 16, panelsTop + 58, 11.5, "italic", MUTED, "None named.");
    }
    for (int i = 0; i < gaps.size() && i <= PANEL_LINES; i++) {
      double y = panelsTop + 58 + i * 22;
      if (i == PANEL_LINES) {
        draw.text(
            gx + 16,
            y,
            11.5,
            "italic",
            MUTED,
            "+" + (gaps.size() - PANEL_LINES) + " more in the report");
        break;
      }
      Gap gap = gaps.get(i);
      draw.rect(gx + 16, y - 10, 10, 10, 2, severityColour(gap.severity()), null);
      String where =
          gap.location().kind() == LocationKind.STAGE
              ? " (stage " + Words.element(journey, gap.location().elementId().get()) + ")"
              : "";
      draw.text(
          gx + 34,
          y,
          11.5,
          null,
          INK,
          TextFit.line(Words.of(gap.type()) + ": " + gap.title() + where, panelW - 50, 11.5));
    }
  }

  private void panel(double x, double w, String title) throws IOException {
    panel(x, panelsTop, w, panelH, title);
  }

  private void panel(double x, double y, double w, double h, String title) throws IOException {
    draw.rect(x, y, w, h, 8, "#f8fafc", "#c9d1dc");
    draw.text(x + 16, y + 26, 14, "bold", INK, TextFit.line(title, w - 32, 14));
  }

  /**
   * The most frequent deviations, across the map's width: a row each with its kind as a coloured
   * tag, the touchpoint or activity, and its cases and occurrences; the full text in each row's
   * {@code title}.
   */
  private void deviationsPanel() throws IOException {
    double x = MARGIN;
    double w = width - 2 * MARGIN;
    panel(x, deviationsTop, w, deviationsH, "Most frequent deviations from the designed journey");
    List<DeviationCount> deviations = observed.deviations(PANEL_LINES + 1);
    if (deviations.isEmpty()) {
      draw.text(x + 16, deviationsTop + 58, 11.5, "italic", MUTED, "None.");
    }
    double subjectX = x + 16 + KIND_W + 12;
    double figuresX = Math.min(x + w - 16 - DEVIATION_FIGURES_W, subjectX + DEVIATION_SUBJECT_W);
    for (int i = 0; i < deviations.size(); i++) {
      double y = deviationsTop + 58 + i * 22;
      if (i == PANEL_LINES) {
        int more = observed.summary().get().deviations().size() - PANEL_LINES;
        draw.text(x + 16, y, 11.5, "italic", MUTED, "+" + more + " more in the report");
        break;
      }
      DeviationCount deviation = deviations.get(i);
      String subject = observed.subject(deviation);
      String figures = ObservedPaths.figures(deviation);
      svg.start("g");
      svg.start("title").text(Words.of(deviation.kind()) + ": " + subject + " | " + figures).end();
      draw.rect(x + 16, y - 12, KIND_W, 16, 8, kindColour(deviation.kind()), null);
      draw.text(x + 24, y, 10.5, "bold", "#ffffff", Words.of(deviation.kind()));
      draw.text(
          subjectX, y, 11.5, null, INK, TextFit.line(subject, figuresX - 12 - subjectX, 11.5));
      draw.text(figuresX, y, 11.5, null, MUTED, TextFit.line(figures, DEVIATION_FIGURES_W, 11.5));
      svg.end();
    }
  }

  /** The colour of a deviation's kind: red for failing steps, amber for steps off the map. */
  private static String kindColour(DeviationKind kind) {
    switch (kind) {
      case FAILING:
        return RED;
      case AD_HOC:
        return AMBER;
      case MISSING:
        return "#7b8794";
      case OUT_OF_ORDER:
        return "#8a6bbf";
      default:
        return NAVY;
    }
  }

  // ----------------------------------------------------------------- legend

  private void legend() throws IOException {
    double y = legendTop + 20;
    double x = MARGIN;
    draw.text(x, y + 4, 12, "bold", INK, "Legend");
    x += 70;
    draw.circle(x, y, 6.5, RED, "#ffffff", 2);
    x = legendText(x + 12, y, "Pain point: below the baseline");
    draw.circle(x, y, 6.5, GREEN, "#ffffff", 2);
    x = legendText(x + 12, y, "At or above the baseline");
    draw.line(x - 6, y, x + 22, y, "#5b6675", 1.2, "6 5");
    x = legendText(x + 30, y, "Baseline");
    moment(x + 4, y, Polarity.MAKE);
    x = legendText(x + 20, y, "Moment that makes the journey");
    moment(x + 4, y, Polarity.BREAK);
    x = legendText(x + 20, y, "Moment that breaks it");
    draw.rect(x - 6, y - 9, 22, 16, 4, "#fff4e0", "#e65100");
    x = legendText(x + 22, y, "Gap");
    actionBadge(x + 2, y, 1);
    legendText(x + 16, y, "Top action, by rank");
  }

  private double legendText(double x, double y, String label) throws IOException {
    draw.text(x, y + 4, 11, null, INK, label);
    return x + TextFit.width(label, 11) + 22;
  }
}
