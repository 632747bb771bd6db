package io.github.journeykit.export.internal.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import io.github.journeykit.core.audit.Finding;
import io.github.journeykit.core.model.ActionItem;
import io.github.journeykit.core.model.DataSource;
import io.github.journeykit.core.model.Enabler;
import io.github.journeykit.core.model.Evidence;
import io.github.journeykit.core.model.Gap;
import io.github.journeykit.core.model.Governance;
import io.github.journeykit.core.model.Journey;
import io.github.journeykit.core.model.Kpi;
import io.github.journeykit.core.model.KpiReading;
import io.github.journeykit.core.model.Measurement;
import io.github.journeykit.core.model.MomentThatMatters;
import io.github.journeykit.core.model.Persona;
import io.github.journeykit.core.model.Scale;
import io.github.journeykit.core.model.Stage;
import io.github.journeykit.core.model.Stakeholder;
import io.github.journeykit.core.model.Suppression;
import io.github.journeykit.core.model.Touchpoint;
import io.github.journeykit.core.path.Destination;
import io.github.journeykit.core.path.DeviationCount;
import io.github.journeykit.core.path.DeviationKind;
import io.github.journeykit.core.path.DurationSummary;
import io.github.journeykit.core.path.FunnelStage;
import io.github.journeykit.core.path.PathSummary;
import io.github.journeykit.core.path.TouchpointUse;
import io.github.journeykit.core.path.VariantCount;
import io.github.journeykit.core.score.ConfidenceInterval;
import io.github.journeykit.core.score.Contribution;
import io.github.journeykit.core.score.Score;
import io.github.journeykit.core.score.ScoreSheet;
import io.github.journeykit.core.trend.MeasuredChange;
import io.github.journeykit.core.trend.MetricTrend;
import io.github.journeykit.core.trend.TrendPoint;
import io.github.journeykit.core.trend.Trends;
import io.github.journeykit.export.MapReport;
import io.github.journeykit.export.internal.text.Decimals;
import io.github.journeykit.export.json.JourneyJson;
import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Writes a {@link MapReport} as a JourneyKit JSON document, streaming, member by member in the
 * documented order. Absent optional members, empty lists and empty objects (governance with nothing
 * set, a score sheet without scores) are left out. Not public API.
 */
final class JsonJourneyWriter {
  /** Writes one element of a list. */
  private interface Element<T> {
    void write(T value) throws IOException;
  }

  /** The writer's member names, encoded: see {@link #name}. */
  private static final ConcurrentMap<String, SerializableString> NAMES = new ConcurrentHashMap<>();

  private final JsonGenerator out;

  private JsonJourneyWriter(JsonGenerator out) {
    this.out = out;
  }

  /**
   * Escapes {@code <}, {@code >} and {@code &} as well as what JSON requires, so that no markup
   * appears in the document even when it is pasted into a page.
   */
  private static final class HtmlSafe extends CharacterEscapes {
    private static final long serialVersionUID = 1L;
    private final int[] ascii = standardAsciiEscapesForJSON();

    HtmlSafe() {
      ascii['<'] = ESCAPE_STANDARD;
      ascii['>'] = ESCAPE_STANDARD;
      ascii['&'] = ESCAPE_STANDARD;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return ascii;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      return null;
    }
  }

  private static final CharacterEscapes HTML_SAFE = new HtmlSafe();

  /** Writes the report as one document followed by a line end, and flushes. */
  static void write(MapReport report, JsonGenerator out) throws IOException {
    out.setPrettyPrinter(new JsonLayout());
    out.setCharacterEscapes(HTML_SAFE);
    new JsonJourneyWriter(out).report(report);
    out.writeRaw('\n');
    out.flush();
  }

  private void report(MapReport report) throws IOException {
    Journey journey = report.journey();
    out.writeStartObject();
    text("format", JourneyJson.FORMAT);
    count("formatVersion", JourneyJson.FORMAT_VERSION);
    text("id", journey.id());
    text("title", journey.title());
    text("description", journey.description());
    text("vision", journey.vision());
    list("personas", journey.personas(), this::persona);
    text("state", journey.state().name());
    text("counterpartId", journey.counterpartId());
    list("stages", journey.stages(), this::stage);
    list("moments", journey.moments(), this::moment);
    list("gaps", journey.gaps(), this::gap);
    list("actions", journey.actions(), this::action);
    list("kpis", journey.kpis(), this::kpi);
    if (!journey.governance().equals(Governance.none())) {
      name("governance");
      governance(journey.governance());
    }
    texts("tags", journey.tags());
    list("suppressions", journey.suppressions(), this::suppression);
    if (report.scoreSheet().isPresent()) {
      name("scoreSheet");
      scoreSheet(report.scoreSheet().get());
    }
    list("findings", report.findings(), this::finding);
    if (report.paths().isPresent()) {
      name("paths");
      paths(report.paths().get());
    }
    if (report.trends().isPresent()) {
      name("trends");
      trends(report.trends().get());
    }
    out.writeEndObject();
  }

  private void persona(Persona persona) throws IOException {
    out.writeStartObject();
    text("id", persona.id());
    text("name", persona.name());
    text("segment", persona.segment());
    text("description", persona.description());
    texts("goals", persona.goals());
    out.writeEndObject();
  }

  private void stage(Stage stage) throws IOException {
    out.writeStartObject();
    text("id", stage.id());
    text("name", stage.name());
    text("goal", stage.goal());
    text("description", stage.description());
    text("owner", stage.owner());
    list("touchpoints", stage.touchpoints(), this::touchpoint);
    out.writeEndObject();
  }

  private void touchpoint(Touchpoint touchpoint) throws IOException {
    out.writeStartObject();
    text("id", touchpoint.id());
    text("name", touchpoint.name());
    text("channel", touchpoint.channel().name());
    text("lane", touchpoint.lane().name());
    text("step", touchpoint.step());
    if (touchpoint.optional()) {
      flag("optional", true);
    }
    text("description", touchpoint.description());
    text("owner", touchpoint.owner());
    list("enablers", touchpoint.enablers(), this::enabler);
    list("measurements", touchpoint.measurements(), this::measurement);
    list("evidence", touchpoint.evidence(), this::evidence);
    list("dataSources", touchpoint.dataSources(), this::dataSource);
    texts("notes", touchpoint.notes());
    out.writeEndObject();
  }

  private void enabler(Enabler enabler) throws IOException {
    out.writeStartObject();
    text("kind", enabler.kind().name());
    text("name", enabler.name());
    text("description", enabler.description());
    text("owner", enabler.owner());
    out.writeEndObject();
  }

  private void measurement(Measurement measurement) throws IOException {
    out.writeStartObject();
    text("metric", measurement.metric().name());
    number("value", measurement.value());
    name("scale");
    scale(measurement.scale());
    number("sampleSize", measurement.sampleSize());
    if (measurement.collected().isPresent()) {
      text("collected", measurement.collected().get().toString());
    }
    if (measurement.source().isPresent()) {
      name("source");
      dataSource(measurement.source().get());
    }
    out.writeEndObject();
  }

  private void scale(Scale scale) throws IOException {
    out.writeStartObject();
    number("min", scale.min());
    number("max", scale.max());
    number("baseline", scale.baseline());
    flag("higherIsBetter", scale.higherIsBetter());
    text("unit", scale.unit());
    out.writeEndObject();
  }

  private void dataSource(DataSource source) throws IOException {
    out.writeStartObject();
    text("id", source.id());
    text("kind", source.kind().name());
    text("nature", source.nature().name());
    text("description", source.description());
    out.writeEndObject();
  }

  private void evidence(Evidence evidence) throws IOException {
    out.writeStartObject();
    text("kind", evidence.kind().name());
    if (evidence.uri().isPresent()) {
      text("uri", evidence.uri().get().toString());
    }
    text("text", evidence.text());
    text("caption", evidence.caption());
    text("source", evidence.source());
    out.writeEndObject();
  }

  private void moment(MomentThatMatters moment) throws IOException {
    out.writeStartObject();
    text("id", moment.id());
    text("touchpointId", moment.touchpointId());
    text("polarity", moment.polarity().name());
    text("whyItMatters", moment.whyItMatters());
    number("currentRating", moment.currentRating());
    number("targetRating", moment.targetRating());
    name("ratingScale");
    scale(moment.ratingScale());
    list("evidence", moment.evidence(), this::evidence);
    out.writeEndObject();
  }

  private void gap(Gap gap) throws IOException {
    out.writeStartObject();
    text("id", gap.id());
    text("type", gap.type().name());
    text("title", gap.title());
    text("description", gap.description());
    text("severity", gap.severity().name());
    name("location");
    out.writeStartObject();
    text("kind", gap.location().kind().name());
    text("elementId", gap.location().elementId());
    out.writeEndObject();
    list("evidence", gap.evidence(), this::evidence);
    out.writeEndObject();
  }

  private void action(ActionItem action) throws IOException {
    out.writeStartObject();
    text("id", action.id());
    text("title", action.title());
    text("kind", action.kind().name());
    text("description", action.description());
    texts("gapIds", action.gapIds());
    texts("momentIds", action.momentIds());
    texts("touchpointIds", action.touchpointIds());
    text("owner", action.owner());
    text("status", action.status().name());
    if (action.created().isPresent()) {
      text("created", action.created().get().toString());
    }
    if (action.due().isPresent()) {
      text("due", action.due().get().toString());
    }
    texts("kpiIds", action.kpiIds());
    if (!action.estimates().isEmpty()) {
      name("estimates");
      out.writeStartObject();
      for (Map.Entry<String, Double> estimate : action.estimates().entrySet()) {
        out.writeFieldName(estimate.getKey());
        number(estimate.getValue());
      }
      out.writeEndObject();
    }
    out.writeEndObject();
  }

  private void kpi(Kpi kpi) throws IOException {
    out.writeStartObject();
    text("id", kpi.id());
    text("name", kpi.name());
    text("kind", kpi.kind().name());
    text("unit", kpi.unit());
    flag("higherIsBetter", kpi.higherIsBetter());
    number("baseline", kpi.baseline());
    number("target", kpi.target());
    // With readings, the current value and its date are the last reading's: written once, there.
    if (kpi.readings().isEmpty()) {
      number("current", kpi.current());
      if (kpi.measured().isPresent()) {
        text("measured", kpi.measured().get().toString());
      }
    }
    list("readings", kpi.readings(), this::reading);
    text("owner", kpi.owner());
    out.writeEndObject();
  }

  private void reading(KpiReading reading) throws IOException {
    out.writeStartObject();
    text("date", reading.date().toString());
    number("value", reading.value());
    out.writeEndObject();
  }

  private void governance(Governance governance) throws IOException {
    out.writeStartObject();
    text("owner", governance.owner());
    list("stakeholders", governance.stakeholders(), this::stakeholder);
    if (governance.reviewCadence().isPresent()) {
      text("reviewCadence", governance.reviewCadence().get().toString());
    }
    if (governance.lastReviewed().isPresent()) {
      text("lastReviewed", governance.lastReviewed().get().toString());
    }
    text("communicationPlan", governance.communicationPlan());
    out.writeEndObject();
  }

  private void stakeholder(Stakeholder stakeholder) throws IOException {
    out.writeStartObject();
    text("name", stakeholder.name());
    text("role", stakeholder.role());
    out.writeEndObject();
  }

  private void suppression(Suppression suppression) throws IOException {
    out.writeStartObject();
    text("ruleId", suppression.ruleId());
    text("elementId", suppression.elementId());
    text("reason", suppression.reason());
    out.writeEndObject();
  }

  private void scoreSheet(ScoreSheet sheet) throws IOException {
    out.writeStartObject();
    text("label", sheet.label());
    if (!sheet.scores().isEmpty()) {
      name("scores");
      out.writeStartObject();
      for (Map.Entry<String, Score> score : sheet.scores().entrySet()) {
        out.writeFieldName(score.getKey());
        score(score.getValue());
      }
      out.writeEndObject();
    }
    out.writeEndObject();
  }

  private void score(Score score) throws IOException {
    out.writeStartObject();
    number("value", score.value());
    name("scale");
    scale(score.scale());
    text("label", score.label());
    text("strategy", score.strategy());
    list("contributions", score.contributions(), this::contribution);
    number("sampleSize", score.sampleSize());
    if (score.interval().isPresent()) {
      name("interval");
      interval(score.interval().get());
    }
    text("explanation", score.explanation());
    out.writeEndObject();
  }

  private void contribution(Contribution contribution) throws IOException {
    out.writeStartObject();
    text("factor", contribution.factor());
    number("value", contribution.value());
    number("weight", contribution.weight());
    number("points", contribution.points());
    text("note", contribution.note());
    out.writeEndObject();
  }

  private void finding(Finding finding) throws IOException {
    out.writeStartObject();
    text("ruleId", finding.ruleId());
    text("severity", finding.severity().name());
    if (finding.activationGap().isPresent()) {
      text("activationGap", finding.activationGap().get().name());
    }
    text("elementId", finding.elementId());
    text("path", finding.path());
    text("message", finding.message());
    text("suggestedFix", finding.suggestedFix());
    text("suppressedBecause", finding.suppressedBecause());
    out.writeEndObject();
  }

  private void interval(ConfidenceInterval interval) throws IOException {
    out.writeStartObject();
    number("lower", interval.lower());
    number("upper", interval.upper());
    number("level", interval.level());
    text("method", interval.method());
    out.writeEndObject();
  }

  private void trends(Trends trends) throws IOException {
    out.writeStartObject();
    text("periodLength", trends.periodLength());
    number("level", trends.level());
    list("trends", trends.trends(), this::trend);
    out.writeEndObject();
  }

  private void trend(MetricTrend trend) throws IOException {
    out.writeStartObject();
    text("touchpointId", trend.touchpointId());
    text("metric", trend.metric().name());
    text("figure", trend.figure());
    name("scale");
    scale(trend.scale());
    list("points", trend.points(), this::trendPoint);
    if (trend.change().isPresent()) {
      name("change");
      change(trend.change().get());
    }
    out.writeEndObject();
  }

  private void trendPoint(TrendPoint point) throws IOException {
    out.writeStartObject();
    text("period", point.period());
    text("start", point.start().toString());
    number("value", point.value());
    count("count", point.count());
    out.writeEndObject();
  }

  private void change(MeasuredChange change) throws IOException {
    out.writeStartObject();
    number("before", change.before());
    number("after", change.after());
    if (change.interval().isPresent()) {
      name("interval");
      interval(change.interval().get());
    }
    text("verdict", change.verdict().name());
    text("explanation", change.explanation());
    out.writeEndObject();
  }

  private void paths(PathSummary paths) throws IOException {
    out.writeStartObject();
    text("journeyId", paths.journeyId());
    count("cases", paths.cases());
    count("events", paths.events());
    count("adHocEvents", paths.adHocEvents());
    if (paths.firstEvent().isPresent()) {
      text("firstEvent", paths.firstEvent().get().toString());
    }
    if (paths.lastEvent().isPresent()) {
      text("lastEvent", paths.lastEvent().get().toString());
    }
    count("conformingCases", paths.conformingCases());
    number("meanFitness", paths.meanFitness());
    list("funnel", paths.funnel(), this::funnelStage);
    if (!paths.casesByDeviationKind().isEmpty()) {
      // In the order of the kinds, whatever the order the map was built in.
      name("casesByDeviationKind");
      out.writeStartObject();
      for (DeviationKind kind : DeviationKind.values()) {
        if (paths.casesByDeviationKind().containsKey(kind)) {
          out.writeNumberField(kind.name(), paths.casesWith(kind));
        }
      }
      out.writeEndObject();
    }
    list("deviations", paths.deviations(), this::deviation);
    list("variants", paths.variants(), this::variant);
    count("variantCount", paths.variantCount());
    list("touchpoints", paths.touchpoints(), this::touchpointUse);
    out.writeEndObject();
  }

  private void funnelStage(FunnelStage stage) throws IOException {
    out.writeStartObject();
    text("stageId", stage.stageId());
    count("reached", stage.reached());
    count("previous", stage.previous());
    count("first", stage.first());
    list("droppedTo", stage.droppedTo(), this::destination);
    if (stage.toNextStage().isPresent()) {
      name("toNextStage");
      durations(stage.toNextStage().get());
    }
    if (stage.toEnd().isPresent()) {
      name("toEnd");
      durations(stage.toEnd().get());
    }
    out.writeEndObject();
  }

  private void destination(Destination destination) throws IOException {
    out.writeStartObject();
    text("step", destination.step());
    count("cases", destination.cases());
    out.writeEndObject();
  }

  private void durations(DurationSummary durations) throws IOException {
    out.writeStartObject();
    count("count", durations.count());
    text("mean", durations.mean().toString());
    text("standardDeviation", durations.standardDeviation().toString());
    text("median", durations.median().toString());
    text("p90", durations.p90().toString());
    out.writeEndObject();
  }

  private void deviation(DeviationCount deviation) throws IOException {
    out.writeStartObject();
    text("kind", deviation.kind().name());
    text("subject", deviation.subject());
    count("cases", deviation.cases());
    count("occurrences", deviation.occurrences());
    out.writeEndObject();
  }

  private void variant(VariantCount variant) throws IOException {
    out.writeStartObject();
    texts("steps", variant.steps());
    count("cases", variant.cases());
    out.writeEndObject();
  }

  private void touchpointUse(TouchpointUse use) throws IOException {
    out.writeStartObject();
    text("touchpointId", use.touchpointId());
    count("cases", use.cases());
    count("reached", use.reached());
    count("repeated", use.repeated());
    count("events", use.events());
    count("failed", use.failed());
    out.writeEndObject();
  }

  // ------------------------------------------------------------------ values

  /**
   * A member's name. Names are written pre-encoded, each encoded once: escaping them character by
   * character at every write took a third of the writer's time. Only the writer's own names come
   * here; names from data (scores, estimates) are written, and escaped, as the text they are.
   */
  private void name(String name) throws IOException {
    SerializableString encoded = NAMES.get(name);
    if (encoded == null) {
      encoded = NAMES.computeIfAbsent(name, SerializedString::new);
    }
    out.writeFieldName(encoded);
  }

  private void count(String name, long value) throws IOException {
    name(name);
    out.writeNumber(value);
  }

  private void flag(String name, boolean value) throws IOException {
    name(name);
    out.writeBoolean(value);
  }

  private <T> void list(String name, List<T> values, Element<T> element) throws IOException {
    if (!values.isEmpty()) {
      name(name);
      out.writeStartArray();
      for (T value : values) {
        element.write(value);
      }
      out.writeEndArray();
    }
  }

  private void texts(String name, Collection<String> values) throws IOException {
    if (!values.isEmpty()) {
      name(name);
      out.writeStartArray();
      for (String value : values) {
        string(value);
      }
      out.writeEndArray();
    }
  }

  private void text(String name, Optional<String> value) throws IOException {
    if (value.isPresent()) {
      text(name, value.get());
    }
  }

  private void text(String name, String value) throws IOException {
    name(name);
    string(value);
  }

  /**
   * A string value. JSON text cannot carry a lone surrogate as a character, so a string holding one
   * is written with {@code \}{@code u} escapes for every surrogate (and for what is escaped
   * anyway), which reads back as the same string.
   */
  private void string(String value) throws IOException {
    if (!hasLoneSurrogate(value)) {
      out.writeString(value);
      return;
    }
    StringBuilder escaped = new StringBuilder(value.length() + 16).append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isSurrogate(c)
          || c < 0x20
          || c == '"'
          || c == '\\'
          || c == '<'
          || c == '>'
          || c == '&') {
        escaped.append("\\u");
        String hex = Integer.toHexString(c);
        escaped.append("0000", hex.length(), 4).append(hex);
      } else {
        escaped.append(c);
      }
    }
    out.writeRawValue(escaped.append('"').toString());
  }

  private static boolean hasLoneSurrogate(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < value.length()
          && Character.isLowSurrogate(value.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return true;
      }
    }
    return false;
  }

  private void number(String name, OptionalDouble value) throws IOException {
    if (value.isPresent()) {
      number(name, value.getAsDouble());
    }
  }

  private void number(String name, OptionalLong value) throws IOException {
    if (value.isPresent()) {
      count(name, value.getAsLong());
    }
  }

  private void number(String name, double value) throws IOException {
    name(name);
    number(value);
  }

  private void number(double value) throws IOException {
    if (Decimals.isWhole(value)) {
      out.writeNumber((long) value);
    } else {
      out.writeNumber(value);
    }
  }
}
