package io.github.journeykit.export.internal.json;

import io.github.journeykit.core.internal.Problems;
import io.github.journeykit.core.model.ActionItem;
import io.github.journeykit.core.model.ActionKind;
import io.github.journeykit.core.model.ActionStatus;
import io.github.journeykit.core.model.Channel;
import io.github.journeykit.core.model.DataNature;
import io.github.journeykit.core.model.DataSource;
import io.github.journeykit.core.model.DataSourceKind;
import io.github.journeykit.core.model.Enabler;
import io.github.journeykit.core.model.EnablerKind;
import io.github.journeykit.core.model.Evidence;
import io.github.journeykit.core.model.EvidenceKind;
import io.github.journeykit.core.model.Gap;
import io.github.journeykit.core.model.GapType;
import io.github.journeykit.core.model.Governance;
import io.github.journeykit.core.model.Journey;
import io.github.journeykit.core.model.JourneyState;
import io.github.journeykit.core.model.Kpi;
import io.github.journeykit.core.model.KpiKind;
import io.github.journeykit.core.model.KpiReading;
import io.github.journeykit.core.model.Lane;
import io.github.journeykit.core.model.Location;
import io.github.journeykit.core.model.LocationKind;
import io.github.journeykit.core.model.Measurement;
import io.github.journeykit.core.model.Metric;
import io.github.journeykit.core.model.MomentThatMatters;
import io.github.journeykit.core.model.Persona;
import io.github.journeykit.core.model.Polarity;
import io.github.journeykit.core.model.Scale;
import io.github.journeykit.core.model.Severity;
import io.github.journeykit.core.model.Stage;
import io.github.journeykit.core.model.Stakeholder;
import io.github.journeykit.core.model.Suppression;
import io.github.journeykit.core.model.Touchpoint;
import io.github.journeykit.core.model.ValidationException;
import io.github.journeykit.core.model.Violation;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.Period;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Binds the members of a document that make the journey: its own members and each of its elements,
 * from personas to suppressions, read through the cursor. Not public API.
 */
final class JourneyBinder {
  private static final String[] NONE = {};
  private static final String[] ID_NAME = {"id", "name"};

  /**
   * The members that hold the id of another element; a rule broken there may be broken only because
   * the element it names could not be read.
   */
  private static final Set<String> REFERENCES =
      Set.of(
          "touchpointId",
          "location",
          "elementId",
          "gapIds",
          "momentIds",
          "touchpointIds",
          "kpiIds");

  private final JsonCursor in;

  /**
   * The document's format version: version 1 knows no steps and no optional touchpoints, versions 1
   * and 2 no readings of KPIs.
   */
  private final int version;

  private final Journey.Builder journey = Journey.builder();

  /** The journey's id and title as read, and its counterpart's id; null if not read. */
  private String id;

  private String title;
  private String counterpartId;

  /**
   * The first data source read for each id. Measurements mostly name a few sources again and again:
   * giving them one instance per source keeps the model small and lets the journey's check that an
   * id names one source compare them by identity rather than field by field.
   */
  private final Map<String, DataSource> sources = new HashMap<>();

  JourneyBinder(JsonCursor in, int version) {
    this.in = in;
    this.version = version;
  }

  /** Reads the journey's member called {@code name}; false if the journey has no such member. */
  boolean member(String name) throws IOException {
    switch (name) {
      case "id":
        in.text(text -> journey.id(id = text));
        return true;
      case "title":
        in.text(text -> journey.title(title = text));
        return true;
      case "description":
        in.text(journey::description);
        return true;
      case "vision":
        in.text(journey::vision);
        return true;
      case "personas":
        in.list(this::persona, journey::addPersona);
        return true;
      case "state":
        in.constant(JourneyState.class, journey::state);
        return true;
      case "counterpartId":
        in.text(text -> journey.counterpartId(counterpartId = text));
        return true;
      case "stages":
        in.list(this::stage, journey::addStage);
        return true;
      case "moments":
        in.list(this::moment, journey::addMoment);
        return true;
      case "gaps":
        in.list(this::gap, journey::addGap);
        return true;
      case "actions":
        in.list(this::action, journey::addAction);
        return true;
      case "kpis":
        in.list(this::kpi, journey::addKpi);
        return true;
      case "governance":
        in.set(governance(), journey::governance);
        return true;
      case "tags":
        tags(journey::addTag);
        return true;
      case "suppressions":
        in.list(this::suppression, journey::addSuppression);
        return true;
      default:
        return false;
    }
  }

  /**
   * The journey of the members read. If its id or title could not be read (a problem says so), a
   * stand-in that breaks no rule takes its place, so that the rules of the rest can be checked.
   *
   * @throws ValidationException if it breaks the model's rules
   */
  Journey build() {
    if (id == null) {
      journey.id("0".equals(counterpartId) ? "1" : "0");
    }
    if (title == null) {
      journey.title("?");
    }
    return journey.build();
  }

  /**
   * A journey of the id read and nothing else, against which the report's own rules can be checked
   * when the journey itself could not be built.
   *
   * @return the stand-in, or null if no valid id was read
   */
  Journey standIn() {
    return id != null && Problems.isId(id) ? Journey.builder(id, "?").build() : null;
  }

  /** Whether the model's {@code path} names a member that holds the id of another element. */
  static boolean isReference(String path) {
    int end = path.endsWith("]") ? path.lastIndexOf('[') : path.length();
    return REFERENCES.contains(path.substring(path.lastIndexOf('.', end - 1) + 1, end));
  }

  private Persona persona() throws IOException {
    Persona.Builder persona = Persona.builder();
    return in.element(
        ID_NAME,
        name -> {
          switch (name) {
            case "id":
              in.text(persona::id);
              return true;
            case "name":
              in.text(persona::name);
              return true;
            case "segment":
              in.text(persona::segment);
              return true;
            case "description":
              in.text(persona::description);
              return true;
            case "goals":
              in.texts(persona::addGoal);
              return true;
            default:
              return false;
          }
        },
        persona::build,
        true);
  }

  private Stage stage() throws IOException {
    Stage.Builder stage = Stage.builder();
    return in.element(
        ID_NAME,
        name -> {
          switch (name) {
            case "id":
              in.text(stage::id);
              return true;
            case "name":
              in.text(stage::name);
              return true;
            case "goal":
              in.text(stage::goal);
              return true;
            case "description":
              in.text(stage::description);
              return true;
            case "owner":
              in.text(stage::owner);
              return true;
            case "touchpoints":
              in.list(this::touchpoint, stage::addTouchpoint);
              return true;
            default:
              return false;
          }
        },
        stage::build,
        true);
  }

  private static final String[] TOUCHPOINT = {"id", "name", "channel"};

  private Touchpoint touchpoint() throws IOException {
    Touchpoint.Builder touchpoint = Touchpoint.builder();
    return in.element(
        TOUCHPOINT,
        name -> {
          switch (name) {
            case "id":
              in.text(touchpoint::id);
              return true;
            case "name":
              in.text(touchpoint::name);
              return true;
            case "channel":
              in.set(in.parsed(Channel::of, null), touchpoint::channel);
              return true;
            case "lane":
              in.constant(Lane.class, touchpoint::lane);
              return true;
            case "step":
              if (version < 2) {
                return false;
              }
              in.text(touchpoint::step);
              return true;
            case "optional":
              if (version < 2) {
                return false;
              }
              in.bool(touchpoint::optional);
              return true;
            case "description":
              in.text(touchpoint::description);
              return true;
            case "owner":
              in.text(touchpoint::owner);
              return true;
            case "enablers":
              in.list(this::enabler, touchpoint::addEnabler);
              return true;
            case "measurements":
              in.list(this::measurement, touchpoint::addMeasurement);
              return true;
            case "evidence":
              in.list(this::evidence, touchpoint::addEvidence);
              return true;
            case "dataSources":
              in.list(this::dataSource, touchpoint::addDataSource);
              return true;
            case "notes":
              in.texts(touchpoint::addNote);
              return true;
            default:
              return false;
          }
        },
        touchpoint::build,
        true);
  }

  private static final String[] KIND_NAME = {"kind", "name"};

  private Enabler enabler() throws IOException {
    Enabler.Builder enabler = Enabler.builder();
    return in.element(
        KIND_NAME,
        name -> {
          switch (name) {
            case "kind":
              in.constant(EnablerKind.class, enabler::kind);
              return true;
            case "name":
              in.text(enabler::name);
              return true;
            case "description":
              in.text(enabler::description);
              return true;
            case "owner":
              in.text(enabler::owner);
              return true;
            default:
              return false;
          }
        },
        enabler::build,
        false);
  }

  private static final String[] MEASUREMENT = {"metric", "value", "scale"};

  private Measurement measurement() throws IOException {
    Measurement.Builder measurement = Measurement.builder();
    return in.element(
        MEASUREMENT,
        name -> {
          switch (name) {
            case "metric":
              in.set(in.parsed(Metric::of, null), measurement::metric);
              return true;
            case "value":
              in.number(measurement::value);
              return true;
            case "scale":
              in.set(scale(), measurement::scale);
              return true;
            case "sampleSize":
              Long size = in.whole();
              if (size != null) {
                measurement.sampleSize(size);
              }
              return true;
            case "collected":
              in.set(in.date(), measurement::collected);
              return true;
            case "source":
              in.set(dataSource(), measurement::source);
              return true;
            default:
              return false;
          }
        },
        measurement::build,
        false);
  }

  private static final String[] SCALE = {"min"};

  /** Reads a scale, as measurements, moments and scores give it. */
  Scale scale() throws IOException {
    Scale.Builder scale = Scale.builder();
    return in.element(
        SCALE,
        name -> {
          switch (name) {
            case "min":
              in.number(scale::min);
              return true;
            case "max":
              in.number(scale::max);
              return true;
            case "baseline":
              in.number(scale::baseline);
              return true;
            case "higherIsBetter":
              in.bool(scale::higherIsBetter);
              return true;
            case "unit":
              in.text(scale::unit);
              return true;
            default:
              return false;
          }
        },
        scale::build,
        false);
  }

  private static final String[] ID_KIND = {"id", "kind"};

  private DataSource dataSource() throws IOException {
    DataSource.Builder source = DataSource.builder();
    DataSource read =
        in.element(
            ID_KIND,
            name -> {
              switch (name) {
                case "id":
                  in.text(source::id);
                  return true;
                case "kind":
                  in.constant(DataSourceKind.class, source::kind);
                  return true;
                case "nature":
                  in.constant(DataNature.class, source::nature);
                  return true;
                case "description":
                  in.text(source::description);
                  return true;
                default:
                  return false;
              }
            },
            source::build,
            false);
    if (read == null) {
      return null;
    }
    DataSource known = sources.putIfAbsent(read.id(), read);
    return read.equals(known) ? known : read;
  }

  private static final String[] KIND = {"kind"};

  private Evidence evidence() throws IOException {
    Evidence.Builder evidence = Evidence.builder();
    return in.element(
        KIND,
        name -> {
          switch (name) {
            case "kind":
              in.constant(EvidenceKind.class, evidence::kind);
              return true;
            case "uri":
              in.set(
                  in.parsed(JourneyBinder::uri, "must be a URI reference (RFC 3986)"),
                  evidence::uri);
              return true;
            case "text":
              in.text(evidence::text);
              return true;
            case "caption":
              in.text(evidence::caption);
              return true;
            case "source":
              in.text(evidence::source);
              return true;
            default:
              return false;
          }
        },
        evidence::build,
        false);
  }

  private static final String[] MOMENT = {"id", "touchpointId", "polarity", "whyItMatters"};

  private MomentThatMatters moment() throws IOException {
    MomentThatMatters.Builder moment = MomentThatMatters.builder();
    return in.element(
        MOMENT,
        name -> {
          switch (name) {
            case "id":
              in.text(moment::id);
              return true;
            case "touchpointId":
              in.text(moment::touchpointId);
              return true;
            case "polarity":
              in.constant(Polarity.class, moment::polarity);
              return true;
            case "whyItMatters":
              in.text(moment::whyItMatters);
              return true;
            case "currentRating":
              in.number(moment::currentRating);
              return true;
            case "targetRating":
              in.number(moment::targetRating);
              return true;
            case "ratingScale":
              in.set(scale(), moment::ratingScale);
              return true;
            case "evidence":
              in.list(this::evidence, moment::addEvidence);
              return true;
            default:
              return false;
          }
        },
        moment::build,
        true);
  }

  private static final String[] GAP = {"id", "type", "title"};

  private Gap gap() throws IOException {
    Gap.Builder gap = Gap.builder();
    return in.element(
        GAP,
        name -> {
          switch (name) {
            case "id":
              in.text(gap::id);
              return true;
            case "type":
              in.constant(GapType.class, gap::type);
              return true;
            case "title":
              in.text(gap::title);
              return true;
            case "description":
              in.text(gap::description);
              return true;
            case "severity":
              in.constant(Severity.class, gap::severity);
              return true;
            case "location":
              in.set(location(), gap::location);
              return true;
            case "evidence":
              in.list(this::evidence, gap::addEvidence);
              return true;
            default:
              return false;
          }
        },
        gap::build,
        true);
  }

  private Location location() throws IOException {
    LocationKind[] kind = {null};
    String[] elementId = {null};
    return in.element(
        KIND,
        name -> {
          switch (name) {
            case "kind":
              in.constant(LocationKind.class, k -> kind[0] = k);
              return true;
            case "elementId":
              in.text(id -> elementId[0] = id);
              return true;
            default:
              return false;
          }
        },
        () -> location(kind[0], elementId[0]),
        false);
  }

  /** The location of a kind, or the model's rule that the element id breaks. */
  private static Location location(LocationKind kind, String elementId) {
    if (kind == LocationKind.JOURNEY) {
      if (elementId != null) {
        throw invalidLocation(
            Violation.of("elementId", "must be empty for the journey", elementId));
      }
      return Location.journey();
    }
    if (elementId == null) {
      throw invalidLocation(
          Violation.of("elementId", "must name the " + kind.name().toLowerCase(Locale.ROOT)));
    }
    return kind == LocationKind.STAGE ? Location.stage(elementId) : Location.touchpoint(elementId);
  }

  private static ValidationException invalidLocation(Violation violation) {
    return new ValidationException("Location", List.of(violation));
  }

  private static final String[] ACTION = {"id", "title", "kind"};

  private ActionItem action() throws IOException {
    ActionItem.Builder action = ActionItem.builder();
    return in.element(
        ACTION,
        name -> {
          switch (name) {
            case "id":
              in.text(action::id);
              return true;
            case "title":
              in.text(action::title);
              return true;
            case "kind":
              in.constant(ActionKind.class, action::kind);
              return true;
            case "description":
              in.text(action::description);
              return true;
            case "gapIds":
              in.texts(action::addGapId);
              return true;
            case "momentIds":
              in.texts(action::addMomentId);
              return true;
            case "touchpointIds":
              in.texts(action::addTouchpointId);
              return true;
            case "owner":
              in.text(action::owner);
              return true;
            case "status":
              in.constant(ActionStatus.class, action::status);
              return true;
            case "created":
              in.set(in.date(), action::created);
              return true;
            case "due":
              in.set(in.date(), action::due);
              return true;
            case "kpiIds":
              in.texts(action::addKpiId);
              return true;
            case "estimates":
              in.entries(
                  key -> {
                    Double value = in.number();
                    if (value != null) {
                      action.putEstimate(key, value);
                    }
                    return true;
                  });
              return true;
            default:
              return false;
          }
        },
        action::build,
        true);
  }

  private static final String[] ID_NAME_KIND = {"id", "name", "kind"};

  private Kpi kpi() throws IOException {
    Kpi.Builder kpi = Kpi.builder();
    return in.element(
        ID_NAME_KIND,
        name -> {
          switch (name) {
            case "id":
              in.text(kpi::id);
              return true;
            case "name":
              in.text(kpi::name);
              return true;
            case "kind":
              in.constant(KpiKind.class, kpi::kind);
              return true;
            case "unit":
              in.text(kpi::unit);
              return true;
            case "higherIsBetter":
              in.bool(kpi::higherIsBetter);
              return true;
            case "baseline":
              in.number(kpi::baseline);
              return true;
            case "target":
              in.number(kpi::target);
              return true;
            case "current":
              in.number(kpi::current);
              return true;
            case "measured":
              in.set(in.date(), kpi::measured);
              return true;
            case "readings":
              if (version < 3) {
                return false;
              }
              in.list(this::reading, kpi::addReading);
              return true;
            case "owner":
              in.text(kpi::owner);
              return true;
            default:
              return false;
          }
        },
        kpi::build,
        true);
  }

  private static final String[] DATE_VALUE = {"date", "value"};

  private KpiReading reading() throws IOException {
    LocalDate[] date = new LocalDate[1];
    double[] value = new double[1];
    return in.element(
        DATE_VALUE,
        name -> {
          switch (name) {
            case "date":
              in.set(in.date(), d -> date[0] = d);
              return true;
            case "value":
              in.set(in.number(), v -> value[0] = v);
              return true;
            default:
              return false;
          }
        },
        () -> KpiReading.of(date[0], value[0]),
        false);
  }

  private Governance governance() throws IOException {
    Governance.Builder governance = Governance.builder();
    return in.element(
        NONE,
        name -> {
          switch (name) {
            case "owner":
              in.text(governance::owner);
              return true;
            case "stakeholders":
              in.list(this::stakeholder, governance::addStakeholder);
              return true;
            case "reviewCadence":
              in.set(
                  in.parsed(Period::parse, "must be an ISO-8601 period such as P3M"),
                  governance::reviewCadence);
              return true;
            case "lastReviewed":
              in.set(in.date(), governance::lastReviewed);
              return true;
            case "communicationPlan":
              in.text(governance::communicationPlan);
              return true;
            default:
              return false;
          }
        },
        governance::build,
        false);
  }

  private static final String[] NAME_ROLE = {"name", "role"};

  private Stakeholder stakeholder() throws IOException {
    String[] fields = new String[2];
    return in.element(
        NAME_ROLE,
        name -> {
          switch (name) {
            case "name":
              in.text(v -> fields[0] = v);
              return true;
            case "role":
              in.text(v -> fields[1] = v);
              return true;
            default:
              return false;
          }
        },
        () -> Stakeholder.of(fields[0], fields[1]),
        false);
  }

  private static final String[] SUPPRESSION = {"ruleId", "reason"};

  private Suppression suppression() throws IOException {
    String[] fields = new String[3];
    return in.element(
        SUPPRESSION,
        name -> {
          switch (name) {
            case "ruleId":
              in.text(v -> fields[0] = v);
              return true;
            case "elementId":
              in.text(v -> fields[1] = v);
              return true;
            case "reason":
              in.text(v -> fields[2] = v);
              return true;
            default:
              return false;
          }
        },
        () ->
            fields[1] == null
                ? Suppression.of(fields[0], fields[2])
                : Suppression.of(fields[0], fields[1], fields[2]),
        true);
  }

  private void tags(Consumer<String> add) throws IOException {
    Set<String> seen = new HashSet<>();
    in.list(
        () -> {
          String tag = in.string();
          if (tag != null && !seen.add(tag)) {
            in.problem("must not repeat an earlier tag", JsonCursor.quote(tag));
            return null;
          }
          return tag;
        },
        add);
  }

  private static URI uri(String text) throws URISyntaxException {
    return new URI(text);
  }
}
