package io.github.journeykit.benchmarks;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.github.journeykit.core.model.ActionItem;
import io.github.journeykit.core.model.DataSource;
import io.github.journeykit.core.model.Journey;
import io.github.journeykit.core.model.Kpi;
import io.github.journeykit.core.model.Measurement;
import io.github.journeykit.core.model.MomentThatMatters;
import io.github.journeykit.core.model.Touchpoint;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.Function;

/**
 * W3's peers read and write these plain objects: a mirror of the JSON members that the workload
 * journeys use, in the order JourneyKit writes them. Constants, dates and periods are kept as the
 * strings the document holds; numbers as {@code Double}, so whole numbers are written with a {@code
 * .0} that JourneyKit leaves out.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public final class PlainJourney {
  public String format;
  public Integer formatVersion;
  public String id;
  public String title;
  public List<Persona> personas = new ArrayList<>();
  public String state;
  public List<Stage> stages = new ArrayList<>();
  public List<Moment> moments = new ArrayList<>();
  public List<Gap> gaps = new ArrayList<>();
  public List<Action> actions = new ArrayList<>();
  public List<Kpi> kpis = new ArrayList<>();
  public Governance governance;

  /** A persona. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public static final class Persona {
    public String id;
    public String name;
  }

  /** A stage and its touchpoints. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public static final class Stage {
    public String id;
    public String name;
    public String goal;
    public String owner;
    public List<Step> touchpoints = new ArrayList<>();
  }

  /** A touchpoint. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public static final class Step {
    public String id;
    public String name;
    public String channel;
    public String lane;
    public String owner;
    public List<Enabler> enablers = new ArrayList<>();
    public List<Measurement> measurements = new ArrayList<>();
    public List<Evidence> evidence = new ArrayList<>();
    public List<Source> dataSources = new ArrayList<>();
  }

  /** An enabler. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public static final class Enabler {
    public String kind;
    public String name;
  }

  /** A measurement. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public static final class Measurement {
    public String metric;
    public Double value;
    public Scale scale;
    public Long sampleSize;
    public String collected;
    public Source source;
  }

  /** A scale. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public static final class Scale {
    public Double min;
    public Double max;
    public Double baseline;
    public Boolean higherIsBetter;
  }

  /** A data source. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public static final class Source {
    public String id;
    public String kind;
    public String nature;
  }

  /** A piece of evidence. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public static final class Evidence {
    public String kind;
    public String text;
  }

  /** A moment that matters. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public static final class Moment {
    public String id;
    public String touchpointId;
    public String polarity;
    public String whyItMatters;
    public Scale ratingScale;
  }

  /** A gap. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public static final class Gap {
    public String id;
    public String type;
    public String title;
    public String severity;
    public Location location;
  }

  /** Where a gap is. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public static final class Location {
    public String kind;
    public String elementId;
  }

  /** An action item. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public static final class Action {
    public String id;
    public String title;
    public String kind;
    public List<String> gapIds = new ArrayList<>();
    public List<String> touchpointIds = new ArrayList<>();
    public String owner;
    public String status;
    public List<String> kpiIds = new ArrayList<>();
    public Map<String, Double> estimates = new LinkedHashMap<>();
  }

  /** A KPI. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public static final class Kpi {
    public String id;
    public String name;
    public String kind;
    public Boolean higherIsBetter;
    public Double baseline;
    public Double target;
    public Double current;
  }

  /** The journey's governance. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public static final class Governance {
    public String owner;
    public String reviewCadence;
    public String lastReviewed;
  }

  /** The plain mirror of {@code journey}, for the members the workload journeys use. */
  static PlainJourney of(Journey journey) {
    PlainJourney plain = new PlainJourney();
    plain.format = "journeykit";
    plain.formatVersion = 3;
    plain.id = journey.id();
    plain.title = journey.title();
    plain.personas =
        map(
            journey.personas(),
            p -> {
              Persona persona = new Persona();
              persona.id = p.id();
              persona.name = p.name();
              return persona;
            });
    plain.state = journey.state().name();
    plain.stages =
        map(
            journey.stages(),
            s -> {
              Stage stage = new Stage();
              stage.id = s.id();
              stage.name = s.name();
              stage.goal = s.goal().orElse(null);
              stage.owner = s.owner().orElse(null);
              stage.touchpoints = map(s.touchpoints(), PlainJourney::step);
              return stage;
            });
    plain.moments = map(journey.moments(), PlainJourney::moment);
    plain.gaps =
        map(
            journey.gaps(),
            g -> {
              Gap gap = new Gap();
              gap.id = g.id();
              gap.type = g.type().name();
              gap.title = g.title();
              gap.severity = g.severity().name();
              gap.location = new Location();
              gap.location.kind = g.location().kind().name();
              gap.location.elementId = g.location().elementId().orElse(null);
              return gap;
            });
    plain.actions = map(journey.actions(), PlainJourney::action);
    plain.kpis = map(journey.kpis(), PlainJourney::kpi);
    plain.governance = new Governance();
    plain.governance.owner = journey.governance().owner().orElse(null);
    plain.governance.reviewCadence =
        journey.governance().reviewCadence().map(Object::toString).orElse(null);
    plain.governance.lastReviewed =
        journey.governance().lastReviewed().map(Object::toString).orElse(null);
    return plain;
  }

  private static Step step(Touchpoint t) {
    Step step = new Step();
    step.id = t.id();
    step.name = t.name();
    step.channel = t.channel().name();
    step.lane = t.lane().name();
    step.owner = t.owner().orElse(null);
    step.enablers =
        map(
            t.enablers(),
            e -> {
              Enabler enabler = new Enabler();
              enabler.kind = e.kind().name();
              enabler.name = e.name();
              return enabler;
            });
    step.measurements = map(t.measurements(), PlainJourney::measurement);
    step.evidence =
        map(
            t.evidence(),
            e -> {
              Evidence evidence = new Evidence();
              evidence.kind = e.kind().name();
              evidence.text = e.text().orElse(null);
              return evidence;
            });
    step.dataSources = map(t.dataSources(), PlainJourney::source);
    return step;
  }

  private static Measurement measurement(io.github.journeykit.core.model.Measurement m) {
    Measurement measurement = new Measurement();
    measurement.metric = m.metric().name();
    measurement.value = m.value();
    measurement.scale = scale(m.scale());
    measurement.sampleSize = m.sampleSize().isPresent() ? m.sampleSize().getAsLong() : null;
    measurement.collected = m.collected().map(Object::toString).orElse(null);
    measurement.source = m.source().map(PlainJourney::source).orElse(null);
    return measurement;
  }

  private static Scale scale(io.github.journeykit.core.model.Scale s) {
    Scale scale = new Scale();
    scale.min = s.min();
    scale.max = boxed(s.max());
    scale.baseline = boxed(s.baseline());
    scale.higherIsBetter = s.higherIsBetter();
    return scale;
  }

  private static Source source(DataSource s) {
    Source source = new Source();
    source.id = s.id();
    source.kind = s.kind().name();
    source.nature = s.nature().name();
    return source;
  }

  private static Moment moment(MomentThatMatters m) {
    Moment moment = new Moment();
    moment.id = m.id();
    moment.touchpointId = m.touchpointId();
    moment.polarity = m.polarity().name();
    moment.whyItMatters = m.whyItMatters();
    moment.ratingScale = scale(m.ratingScale());
    return moment;
  }

  private static Action action(ActionItem a) {
    Action action = new Action();
    action.id = a.id();
    action.title = a.title();
    action.kind = a.kind().name();
    action.gapIds = new ArrayList<>(a.gapIds());
    action.touchpointIds = new ArrayList<>(a.touchpointIds());
    action.owner = a.owner().orElse(null);
    action.status = a.status().name();
    action.kpiIds = new ArrayList<>(a.kpiIds());
    action.estimates = new LinkedHashMap<>(a.estimates());
    return action;
  }

  private static Kpi kpi(io.github.journeykit.core.model.Kpi k) {
    Kpi kpi = new Kpi();
    kpi.id = k.id();
    kpi.name = k.name();
    kpi.kind = k.kind().name();
    kpi.higherIsBetter = k.higherIsBetter();
    kpi.baseline = boxed(k.baseline());
    kpi.target = boxed(k.target());
    kpi.current = boxed(k.current());
    return kpi;
  }

  private static Double boxed(OptionalDouble value) {
    return value.isPresent() ? value.getAsDouble() : null;
  }

  private static <A, B> List<B> map(List<A> values, Function<A, B> convert) {
    List<B> out = new ArrayList<>(values.size());
    for (A value : values) {
      out.add(convert.apply(value));
    }
    return out;
  }
}
