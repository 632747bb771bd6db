package io.github.journeykit.export.internal.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import io.github.journeykit.core.audit.Finding;
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
import io.github.journeykit.core.score.ConfidenceInterval;
import io.github.journeykit.core.score.Contribution;
import io.github.journeykit.core.score.Score;
import io.github.journeykit.core.score.ScoreSheet;
import io.github.journeykit.export.MapReport;
import io.github.journeykit.export.json.FormatProblem;
import io.github.journeykit.export.json.JourneyFormatException;
import io.github.journeykit.export.json.JourneyJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.Month;
import java.time.Period;
import java.time.Year;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import java.util.function.Supplier;

/**
 * Reads a JourneyKit JSON document with Jackson's streaming parser, building the model as it goes
 * and collecting every problem with its JSON Pointer, line and column. Not public API: use {@code
 * JourneyJson}.
 *
 * <p>Each element is built only if nothing inside it was wrong, so that one mistake is reported
 * once rather than again by every element that holds it; the journey's cross-element rules (unique
 * ids, references) are checked only when every element was read.
 */
public final class JsonJourneyReader {
  /** Reads the members of one object, returning false for a name it does not know. */
  private interface Members {
    boolean read(String name) throws IOException;
  }

  /** Reads one value; returns null if it was invalid (the problem is recorded). */
  private interface Element<T> {
    T read() throws IOException;
  }

  /** Thrown to stop reading: the document cannot be read further. */
  private static final class Stop extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Stop() {
      super(null, null, false, false);
    }
  }

  private static final String[] NONE = {};
  private static final String[] ID_NAME = {"id", "name"};
  private static final String[] ID_TITLE = {"id", "title"};

  /** A problem as found, where the parser was; its line and column are counted at the end. */
  private static final class Found {
    final String pointer;
    final JsonLocation location;
    final String rule;
    final String value;

    Found(String pointer, JsonLocation location, String rule, String value) {
      this.pointer = pointer;
      this.location = location;
      this.rule = rule;
      this.value = value;
    }
  }

  private final Utf8Document document;
  private final JsonParser in;
  private final List<Found> problems = new ArrayList<>();

  /**
   * The current member's place as segments: a member name, or null and an array index. The JSON
   * Pointer is rendered from them only when a problem needs it; rendering it for every member cost
   * more than Jackson's parsing of the member.
   */
  private final String[] names = new String[JourneyJson.MAX_NESTING_DEPTH + 2];

  private final int[] indices = new int[JourneyJson.MAX_NESTING_DEPTH + 2];

  /** The segments above as shared {@link Path}s, made only for elements with an id; null if not. */
  private final Path[] paths = new Path[JourneyJson.MAX_NESTING_DEPTH + 2];

  private int depth;
  private final MemberNames[] memberNames = new MemberNames[JourneyJson.MAX_NESTING_DEPTH + 2];

  /**
   * The first data source read for each id. Measurements mostly name a few sources again and again:
   * giving them one instance per source keeps the model small and lets the journey's check that an
   * id names one source compare them by identity rather than field by field.
   */
  private final Map<String, DataSource> sources = new HashMap<>();

  /** Each element with an id, to place the journey's own problems where the element starts. */
  private final List<Path> starts = new ArrayList<>();

  private JsonJourneyReader(Utf8Document document, JsonParser in) {
    this.document = document;
    this.in = in;
  }

  /**
   * Reads a document from a string.
   *
   * @param json the document
   * @return the report
   * @throws JourneyFormatException listing every problem
   */
  public static MapReport read(String json) {
    try {
      return read(Utf8Document.of(json));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a document from characters, to the end of {@code in}.
   *
   * @param in the document
   * @return the report
   * @throws JourneyFormatException listing every problem
   * @throws IOException if {@code in} fails
   */
  public static MapReport read(Reader in) throws IOException {
    return read(Utf8Document.read(in));
  }

  /**
   * Reads a document from UTF-8 bytes, to the end of {@code in}.
   *
   * @param in the document
   * @return the report
   * @throws JourneyFormatException listing every problem
   * @throws IOException if {@code in} fails
   */
  public static MapReport read(InputStream in) throws IOException {
    return read(Utf8Document.read(in));
  }

  private static MapReport read(Utf8Document document) throws IOException {
    try (JsonParser parser = document.parser()) {
      return new JsonJourneyReader(document, parser).document();
    }
  }

  private MapReport document() throws IOException {
    try {
      MapReport report = report();
      if (problems.isEmpty()) {
        return report;
      }
    } catch (StreamConstraintsException e) {
      add(
          pointer(),
          e.getLocation() != null ? e.getLocation() : in.currentLocation(),
          "must stay within the reader's limits: " + e.getOriginalMessage(),
          null);
    } catch (JsonProcessingException e) {
      malformed(e);
    } catch (Stop e) {
      // The problems say why.
    }
    throw new JourneyFormatException(formatProblems());
  }

  /** The problems found, with their lines and columns counted in characters. */
  private List<FormatProblem> formatProblems() {
    List<JsonLocation> locations = new ArrayList<>(problems.size());
    for (Found found : problems) {
      locations.add(found.location);
    }
    Utf8Document.Position[] positions = document.positions(locations);
    List<FormatProblem> list = new ArrayList<>(problems.size());
    for (int i = 0; i < positions.length; i++) {
      Found found = problems.get(i);
      list.add(
          FormatProblem.of(
              found.pointer,
              positions[i].line(),
              positions[i].column(),
              found.rule,
              Optional.ofNullable(found.value)));
    }
    return list;
  }

  private void malformed(JsonProcessingException e) throws IOException {
    add(pointer(), e.getLocation(), "must be well-formed JSON: " + e.getOriginalMessage(), null);
  }

  // ---------------------------------------------------------------- document

  private MapReport report() throws IOException {
    if (in.nextToken() != JsonToken.START_OBJECT) {
      problem("must be a JSON object", shown());
      throw new Stop();
    }
    JsonLocation root = in.currentTokenLocation();
    header();
    Journey.Builder journey = Journey.builder();
    MapReport.Builder report = MapReport.builder();
    object(
        ID_TITLE,
        name -> {
          switch (name) {
            case "id":
              text(journey::id);
              return true;
            case "title":
              text(journey::title);
              return true;
            case "description":
              text(journey::description);
              return true;
            case "vision":
              text(journey::vision);
              return true;
            case "personas":
              list(this::persona, journey::addPersona);
              return true;
            case "state":
              constant(JourneyState.class, journey::state);
              return true;
            case "counterpartId":
              text(journey::counterpartId);
              return true;
            case "stages":
              list(this::stage, journey::addStage);
              return true;
            case "moments":
              list(this::moment, journey::addMoment);
              return true;
            case "gaps":
              list(this::gap, journey::addGap);
              return true;
            case "actions":
              list(this::action, journey::addAction);
              return true;
            case "kpis":
              list(this::kpi, journey::addKpi);
              return true;
            case "governance":
              set(governance(), journey::governance);
              return true;
            case "tags":
              tags(journey::addTag);
              return true;
            case "suppressions":
              list(this::suppression, journey::addSuppression);
              return true;
            case "scoreSheet":
              set(scoreSheet(), report::scoreSheet);
              return true;
            case "findings":
              list(this::finding, report::addFinding);
              return true;
            default:
              return false;
          }
        },
        root);
    if (in.nextToken() != null) {
      problem("must hold nothing after the document's object", shown());
    }
    if (!problems.isEmpty()) {
      return null;
    }
    try {
      return report.journey(journey.build()).build();
    } catch (ValidationException e) {
      Map<String, JsonLocation> byPointer = new HashMap<>();
      for (Path start : starts) {
        byPointer.put(start.pointer(), start.start);
      }
      for (Violation violation : e.violations()) {
        String at = toPointer(violation.path());
        add(
            at,
            nearestStart(byPointer, at, root),
            violation.rule(),
            violation.value().orElse(null));
      }
      return null;
    }
  }

  /** The document must begin with the format's name and a version this reader knows. */
  private void header() throws IOException {
    expectMember("format");
    String format = in.currentToken() == JsonToken.VALUE_STRING ? in.getText() : null;
    if (!JourneyJson.FORMAT.equals(format)) {
      problem("must be \"" + JourneyJson.FORMAT + "\"", shown());
      throw new Stop();
    }
    pop();
    expectMember("formatVersion");
    if (in.currentToken() != JsonToken.VALUE_NUMBER_INT
        || in.getNumberType() != JsonParser.NumberType.INT
        || in.getIntValue() != JourneyJson.FORMAT_VERSION) {
      problem(
          "must be " + JourneyJson.FORMAT_VERSION + ", the only format version this reader knows",
          shown());
      throw new Stop();
    }
    pop();
  }

  private void expectMember(String name) throws IOException {
    JsonToken token = in.nextToken();
    String found = token == JsonToken.FIELD_NAME ? in.currentName() : null;
    push(name);
    if (!name.equals(found)) {
      problem(
          "must be the "
              + ("format".equals(name) ? "first" : "second")
              + " member: a document begins with \"format\": \"journeykit\", \"formatVersion\": 1",
          found);
      throw new Stop();
    }
    in.nextToken();
  }

  // ---------------------------------------------------------------- elements

  private Persona persona() throws IOException {
    Persona.Builder persona = Persona.builder();
    return element(
        ID_NAME,
        name -> {
          switch (name) {
            case "id":
              text(persona::id);
              return true;
            case "name":
              text(persona::name);
              return true;
            case "segment":
              text(persona::segment);
              return true;
            case "description":
              text(persona::description);
              return true;
            case "goals":
              texts(persona::addGoal);
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
    return element(
        ID_NAME,
        name -> {
          switch (name) {
            case "id":
              text(stage::id);
              return true;
            case "name":
              text(stage::name);
              return true;
            case "goal":
              text(stage::goal);
              return true;
            case "description":
              text(stage::description);
              return true;
            case "owner":
              text(stage::owner);
              return true;
            case "touchpoints":
              list(this::touchpoint, stage::addTouchpoint);
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
    return element(
        TOUCHPOINT,
        name -> {
          switch (name) {
            case "id":
              text(touchpoint::id);
              return true;
            case "name":
              text(touchpoint::name);
              return true;
            case "channel":
              set(parsed(Channel::of, null), touchpoint::channel);
              return true;
            case "lane":
              constant(Lane.class, touchpoint::lane);
              return true;
            case "description":
              text(touchpoint::description);
              return true;
            case "owner":
              text(touchpoint::owner);
              return true;
            case "enablers":
              list(this::enabler, touchpoint::addEnabler);
              return true;
            case "measurements":
              list(this::measurement, touchpoint::addMeasurement);
              return true;
            case "evidence":
              list(this::evidence, touchpoint::addEvidence);
              return true;
            case "dataSources":
              list(this::dataSource, touchpoint::addDataSource);
              return true;
            case "notes":
              texts(touchpoint::addNote);
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
    return element(
        KIND_NAME,
        name -> {
          switch (name) {
            case "kind":
              constant(EnablerKind.class, enabler::kind);
              return true;
            case "name":
              text(enabler::name);
              return true;
            case "description":
              text(enabler::description);
              return true;
            case "owner":
              text(enabler::owner);
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
    return element(
        MEASUREMENT,
        name -> {
          switch (name) {
            case "metric":
              set(parsed(Metric::of, null), measurement::metric);
              return true;
            case "value":
              number(measurement::value);
              return true;
            case "scale":
              set(scale(), measurement::scale);
              return true;
            case "sampleSize":
              Long size = whole();
              if (size != null) {
                measurement.sampleSize(size);
              }
              return true;
            case "collected":
              set(date(), measurement::collected);
              return true;
            case "source":
              set(dataSource(), measurement::source);
              return true;
            default:
              return false;
          }
        },
        measurement::build,
        false);
  }

  private static final String[] SCALE = {"min"};

  private Scale scale() throws IOException {
    Scale.Builder scale = Scale.builder();
    return element(
        SCALE,
        name -> {
          switch (name) {
            case "min":
              number(scale::min);
              return true;
            case "max":
              number(scale::max);
              return true;
            case "baseline":
              number(scale::baseline);
              return true;
            case "higherIsBetter":
              bool(scale::higherIsBetter);
              return true;
            case "unit":
              text(scale::unit);
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
        element(
            ID_KIND,
            name -> {
              switch (name) {
                case "id":
                  text(source::id);
                  return true;
                case "kind":
                  constant(DataSourceKind.class, source::kind);
                  return true;
                case "nature":
                  constant(DataNature.class, source::nature);
                  return true;
                case "description":
                  text(source::description);
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
    return element(
        KIND,
        name -> {
          switch (name) {
            case "kind":
              constant(EvidenceKind.class, evidence::kind);
              return true;
            case "uri":
              set(
                  parsed(JsonJourneyReader::uri, "must be a URI reference (RFC 3986)"),
                  evidence::uri);
              return true;
            case "text":
              text(evidence::text);
              return true;
            case "caption":
              text(evidence::caption);
              return true;
            case "source":
              text(evidence::source);
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
    return element(
        MOMENT,
        name -> {
          switch (name) {
            case "id":
              text(moment::id);
              return true;
            case "touchpointId":
              text(moment::touchpointId);
              return true;
            case "polarity":
              constant(Polarity.class, moment::polarity);
              return true;
            case "whyItMatters":
              text(moment::whyItMatters);
              return true;
            case "currentRating":
              number(moment::currentRating);
              return true;
            case "targetRating":
              number(moment::targetRating);
              return true;
            case "ratingScale":
              set(scale(), moment::ratingScale);
              return true;
            case "evidence":
              list(this::evidence, moment::addEvidence);
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
    return element(
        GAP,
        name -> {
          switch (name) {
            case "id":
              text(gap::id);
              return true;
            case "type":
              constant(GapType.class, gap::type);
              return true;
            case "title":
              text(gap::title);
              return true;
            case "description":
              text(gap::description);
              return true;
            case "severity":
              constant(Severity.class, gap::severity);
              return true;
            case "location":
              set(location(), gap::location);
              return true;
            case "evidence":
              list(this::evidence, gap::addEvidence);
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
    return element(
        KIND,
        name -> {
          switch (name) {
            case "kind":
              constant(LocationKind.class, k -> kind[0] = k);
              return true;
            case "elementId":
              text(id -> elementId[0] = id);
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
    return element(
        ACTION,
        name -> {
          switch (name) {
            case "id":
              text(action::id);
              return true;
            case "title":
              text(action::title);
              return true;
            case "kind":
              constant(ActionKind.class, action::kind);
              return true;
            case "description":
              text(action::description);
              return true;
            case "gapIds":
              texts(action::addGapId);
              return true;
            case "momentIds":
              texts(action::addMomentId);
              return true;
            case "touchpointIds":
              texts(action::addTouchpointId);
              return true;
            case "owner":
              text(action::owner);
              return true;
            case "status":
              constant(ActionStatus.class, action::status);
              return true;
            case "created":
              set(date(), action::created);
              return true;
            case "due":
              set(date(), action::due);
              return true;
            case "kpiIds":
              texts(action::addKpiId);
              return true;
            case "estimates":
              entries(
                  key -> {
                    Double value = number();
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
    return element(
        ID_NAME_KIND,
        name -> {
          switch (name) {
            case "id":
              text(kpi::id);
              return true;
            case "name":
              text(kpi::name);
              return true;
            case "kind":
              constant(KpiKind.class, kpi::kind);
              return true;
            case "unit":
              text(kpi::unit);
              return true;
            case "higherIsBetter":
              bool(kpi::higherIsBetter);
              return true;
            case "baseline":
              number(kpi::baseline);
              return true;
            case "target":
              number(kpi::target);
              return true;
            case "current":
              number(kpi::current);
              return true;
            case "measured":
              set(date(), kpi::measured);
              return true;
            case "owner":
              text(kpi::owner);
              return true;
            default:
              return false;
          }
        },
        kpi::build,
        true);
  }

  private Governance governance() throws IOException {
    Governance.Builder governance = Governance.builder();
    return element(
        NONE,
        name -> {
          switch (name) {
            case "owner":
              text(governance::owner);
              return true;
            case "stakeholders":
              list(this::stakeholder, governance::addStakeholder);
              return true;
            case "reviewCadence":
              set(
                  parsed(Period::parse, "must be an ISO-8601 period such as P3M"),
                  governance::reviewCadence);
              return true;
            case "lastReviewed":
              set(date(), governance::lastReviewed);
              return true;
            case "communicationPlan":
              text(governance::communicationPlan);
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
    return element(
        NAME_ROLE,
        name -> {
          switch (name) {
            case "name":
              text(v -> fields[0] = v);
              return true;
            case "role":
              text(v -> fields[1] = v);
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
    return element(
        SUPPRESSION,
        name -> {
          switch (name) {
            case "ruleId":
              text(v -> fields[0] = v);
              return true;
            case "elementId":
              text(v -> fields[1] = v);
              return true;
            case "reason":
              text(v -> fields[2] = v);
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

  // ------------------------------------------------------------ report parts

  private static final String[] LABEL = {"label"};

  private ScoreSheet scoreSheet() throws IOException {
    ScoreSheet.Builder sheet = ScoreSheet.builder();
    return element(
        LABEL,
        name -> {
          switch (name) {
            case "label":
              text(sheet::label);
              return true;
            case "scores":
              entries(
                  id -> {
                    Score score = score();
                    if (score != null) {
                      sheet.putScore(id, score);
                    }
                    return true;
                  });
              return true;
            default:
              return false;
          }
        },
        sheet::build,
        false);
  }

  private static final String[] SCORE = {"value", "scale", "label"};

  private Score score() throws IOException {
    Score.Builder score = Score.builder();
    return element(
        SCORE,
        name -> {
          switch (name) {
            case "value":
              number(score::value);
              return true;
            case "scale":
              set(scale(), score::scale);
              return true;
            case "label":
              text(score::label);
              return true;
            case "strategy":
              text(score::strategy);
              return true;
            case "contributions":
              list(this::contribution, score::addContribution);
              return true;
            case "sampleSize":
              Long size = whole();
              if (size != null) {
                score.sampleSize(size);
              }
              return true;
            case "interval":
              set(interval(), score::interval);
              return true;
            case "explanation":
              text(score::explanation);
              return true;
            default:
              return false;
          }
        },
        score::build,
        false);
  }

  private static final String[] FACTOR_VALUE = {"factor", "value"};

  private Contribution contribution() throws IOException {
    Contribution.Builder contribution = Contribution.builder();
    return element(
        FACTOR_VALUE,
        name -> {
          switch (name) {
            case "factor":
              text(contribution::factor);
              return true;
            case "value":
              number(contribution::value);
              return true;
            case "weight":
              number(contribution::weight);
              return true;
            case "points":
              number(contribution::points);
              return true;
            case "note":
              text(contribution::note);
              return true;
            default:
              return false;
          }
        },
        contribution::build,
        false);
  }

  private static final String[] INTERVAL = {"lower", "upper", "level", "method"};

  private ConfidenceInterval interval() throws IOException {
    double[] numbers = new double[3];
    String[] method = {null};
    return element(
        INTERVAL,
        name -> {
          switch (name) {
            case "lower":
              number(v -> numbers[0] = v);
              return true;
            case "upper":
              number(v -> numbers[1] = v);
              return true;
            case "level":
              number(v -> numbers[2] = v);
              return true;
            case "method":
              text(v -> method[0] = v);
              return true;
            default:
              return false;
          }
        },
        () -> ConfidenceInterval.of(numbers[0], numbers[1], numbers[2], method[0]),
        false);
  }

  private static final String[] FINDING = {"ruleId", "severity", "message", "suggestedFix"};

  private Finding finding() throws IOException {
    Finding.Builder finding = Finding.builder();
    return element(
        FINDING,
        name -> {
          switch (name) {
            case "ruleId":
              text(finding::ruleId);
              return true;
            case "severity":
              constant(Severity.class, finding::severity);
              return true;
            case "activationGap":
              constant(GapType.class, finding::activationGap);
              return true;
            case "elementId":
              text(finding::elementId);
              return true;
            case "path":
              text(finding::path);
              return true;
            case "message":
              text(finding::message);
              return true;
            case "suggestedFix":
              text(finding::suggestedFix);
              return true;
            case "suppressedBecause":
              text(finding::suppressedBecause);
              return true;
            default:
              return false;
          }
        },
        finding::build,
        false);
  }

  // ------------------------------------------------------------ structure

  /**
   * Reads one object with {@code members} and builds its value, if nothing inside it was wrong. The
   * model's own rules, broken while building, are reported at the members they name.
   */
  private <T> T element(String[] required, Members members, Supplier<T> build, boolean hasId)
      throws IOException {
    if (in.currentToken() != JsonToken.START_OBJECT) {
      wrongType("must be an object");
      return null;
    }
    JsonLocation start = in.currentTokenLocation();
    if (hasId) {
      Path path = path();
      path.start = start;
      starts.add(path);
    }
    int before = problems.size();
    object(required, members, start);
    if (problems.size() > before) {
      return null;
    }
    try {
      return build.get();
    } catch (ValidationException e) {
      String at = pointer();
      for (Violation violation : e.violations()) {
        add(
            at + toPointer(violation.path()),
            start,
            violation.rule(),
            violation.value().orElse(null));
      }
      return null;
    }
  }

  /** Reads the members of the object the parser is at, then checks the required ones are there. */
  private void object(String[] required, Members members, JsonLocation start) throws IOException {
    int seen = 0;
    MemberNames names = memberNames();
    for (JsonToken token = in.nextToken(); token == JsonToken.FIELD_NAME; token = in.nextToken()) {
      String name = in.currentName();
      int hash = name.hashCode();
      for (int i = 0; i < required.length; i++) {
        // Member names' hashes are cached in the strings: comparing them first skips most equals.
        if (required[i].hashCode() == hash && required[i].equals(name)) {
          seen |= 1 << i;
        }
      }
      push(name);
      if (repeated(names, name)) {
        in.nextToken();
        in.skipChildren();
      } else {
        in.nextToken();
        if (!members.read(name)) {
          problem("must be a member the format defines here", null);
          in.skipChildren();
        }
      }
      pop();
    }
    for (int i = 0; i < required.length; i++) {
      if ((seen & (1 << i)) == 0) {
        add(pointer() + "/" + required[i], start, "must be present", null);
      }
    }
  }

  private <T> void list(Element<T> element, Consumer<T> add) throws IOException {
    if (in.currentToken() != JsonToken.START_ARRAY) {
      wrongType("must be an array");
      return;
    }
    int index = 0;
    while (in.nextToken() != JsonToken.END_ARRAY) {
      push(index++);
      set(element.read(), add);
      pop();
    }
  }

  /** Reads an object of arbitrary member names, such as estimates by key or scores by id. */
  private void entries(Members entry) throws IOException {
    if (in.currentToken() != JsonToken.START_OBJECT) {
      wrongType("must be an object");
      return;
    }
    MemberNames names = memberNames();
    while (in.nextToken() == JsonToken.FIELD_NAME) {
      String name = in.currentName();
      push(name);
      in.nextToken();
      if (repeated(names, name)) {
        in.skipChildren();
      } else {
        entry.read(name);
      }
      pop();
    }
  }

  /** The record of member names for the object at the current depth, emptied. */
  private MemberNames memberNames() {
    MemberNames names = memberNames[depth];
    if (names == null) {
      names = new MemberNames();
      memberNames[depth] = names;
    }
    names.clear();
    return names;
  }

  /** Whether the object already had a member called {@code name}; if so, records the problem. */
  private boolean repeated(MemberNames names, String name) {
    if (names.add(name)) {
      return false;
    }
    problem("must not repeat a member of the same object", name);
    return true;
  }

  private static <T> void set(T value, Consumer<T> setter) {
    if (value != null) {
      setter.accept(value);
    }
  }

  // ------------------------------------------------------------------ values

  private String string() throws IOException {
    if (in.currentToken() != JsonToken.VALUE_STRING) {
      wrongType("must be a string");
      return null;
    }
    return in.getText();
  }

  private void text(Consumer<String> setter) throws IOException {
    set(string(), setter);
  }

  private void texts(Consumer<String> add) throws IOException {
    list(this::string, add);
  }

  private void tags(Consumer<String> add) throws IOException {
    Set<String> seen = new HashSet<>();
    list(
        () -> {
          String tag = string();
          if (tag != null && !seen.add(tag)) {
            problem("must not repeat an earlier tag", quote(tag));
            return null;
          }
          return tag;
        },
        add);
  }

  private Double number() throws IOException {
    JsonToken token = in.currentToken();
    if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
      wrongType("must be a number");
      return null;
    }
    double value = in.getDoubleValue();
    if (!Double.isFinite(value)) {
      problem("must be a number within the range of a double", in.getText());
      return null;
    }
    return value;
  }

  private void number(DoubleConsumer setter) throws IOException {
    Double value = number();
    if (value != null) {
      setter.accept(value);
    }
  }

  private Long whole() throws IOException {
    if (in.currentToken() != JsonToken.VALUE_NUMBER_INT) {
      wrongType("must be a whole number");
      return null;
    }
    if (in.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
      problem("must be a whole number within the range of a 64-bit integer", in.getText());
      return null;
    }
    return in.getLongValue();
  }

  private void bool(Consumer<Boolean> setter) throws IOException {
    JsonToken token = in.currentToken();
    if (token != JsonToken.VALUE_TRUE && token != JsonToken.VALUE_FALSE) {
      wrongType("must be true or false");
      return;
    }
    setter.accept(token == JsonToken.VALUE_TRUE);
  }

  /**
   * Each enum's constants, looked up by {@link #constant}: {@link Enum#valueOf} needs the text as a
   * string and hashes it, which cost more than finding it among a few names in the parser's buffer.
   */
  private static final ClassValue<Enum<?>[]> CONSTANTS =
      new ClassValue<>() {
        @Override
        protected Enum<?>[] computeValue(Class<?> type) {
          return (Enum<?>[]) type.getEnumConstants();
        }
      };

  private <E extends Enum<E>> void constant(Class<E> type, Consumer<E> setter) throws IOException {
    if (in.currentToken() != JsonToken.VALUE_STRING) {
      wrongType("must be a string");
      return;
    }
    char[] text = in.getTextCharacters();
    int offset = in.getTextOffset();
    int length = in.getTextLength();
    for (Enum<?> constant : CONSTANTS.get(type)) {
      if (named(constant.name(), text, offset, length)) {
        setter.accept(type.cast(constant));
        return;
      }
    }
    problem("must be one of " + Arrays.toString(type.getEnumConstants()), quote(in.getText()));
  }

  /** Whether {@code text[offset, offset + length)} is {@code name}. */
  private static boolean named(String name, char[] text, int offset, int length) {
    if (name.length() != length) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      if (name.charAt(i) != text[offset + i]) {
        return false;
      }
    }
    return true;
  }

  private LocalDate date() throws IOException {
    return parsed(JsonJourneyReader::isoDate, "must be an ISO-8601 date such as 2026-10-31");
  }

  /**
   * Parses {@code yyyy-MM-dd}, the shape the writer gives every date, without the formatter, which
   * costs more than the rest of a measurement; any other text goes to {@link LocalDate#parse}.
   */
  private static LocalDate isoDate(String text) {
    if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
      int year = digits(text, 0, 4);
      int month = digits(text, 5, 7);
      int day = digits(text, 8, 10);
      if (year >= 0
          && month >= 1
          && month <= 12
          && day >= 1
          && day <= Month.of(month).length(Year.isLeap(year))) {
        return LocalDate.of(year, month, day);
      }
    }
    return LocalDate.parse(text);
  }

  /** The decimal number of {@code text[from, to)}, or -1 if a character is not a digit. */
  private static int digits(String text, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  /** Parses a string; the model's rules or {@code rule} say what is wrong with it. */
  private <T> T parsed(Parse<T> parse, String rule) throws IOException {
    String text = string();
    if (text == null) {
      return null;
    }
    try {
      return parse.apply(text);
    } catch (ValidationException e) {
      for (Violation violation : e.violations()) {
        problem(violation.rule(), quote(text));
      }
    } catch (DateTimeParseException | URISyntaxException e) {
      problem(rule, quote(text));
    }
    return null;
  }

  /** Turns text into a value. */
  private interface Parse<T> {
    T apply(String text) throws URISyntaxException;
  }

  private static URI uri(String text) throws URISyntaxException {
    return new URI(text);
  }

  // ---------------------------------------------------------------- problems

  private void wrongType(String rule) throws IOException {
    problem(rule, shown());
    in.skipChildren();
  }

  /** The current token as a problem shows it. */
  private String shown() throws IOException {
    JsonToken token = in.currentToken();
    if (token == null) {
      return "the end of the document";
    }
    switch (token) {
      case START_OBJECT:
        return "an object";
      case START_ARRAY:
        return "an array";
      case VALUE_STRING:
        return quote(in.getText());
      default:
        return in.getText();
    }
  }

  /** Text as problems show it: quoted, cut short, control characters escaped. */
  private static String quote(String text) {
    return Violation.of("", "", text).value().get();
  }

  /** Records a problem at the current member and the current token. */
  private void problem(String rule, String value) {
    add(pointer(), in.currentTokenLocation(), rule, value);
  }

  private void add(String at, JsonLocation location, String rule, String value) {
    problems.add(new Found(at, location, rule, value));
    if (problems.size() >= JourneyJson.MAX_PROBLEMS) {
      problems.add(
          new Found(
              at,
              location,
              "must have fewer than " + JourneyJson.MAX_PROBLEMS + " problems; reading stopped",
              null));
      throw new Stop();
    }
  }

  /** Where the element holding {@code at} starts, or the document's start. */
  private static JsonLocation nearestStart(
      Map<String, JsonLocation> starts, String at, JsonLocation root) {
    for (String prefix = at;
        !prefix.isEmpty();
        prefix = prefix.substring(0, prefix.lastIndexOf('/'))) {
      JsonLocation start = starts.get(prefix);
      if (start != null) {
        return start;
      }
    }
    return root;
  }

  // ---------------------------------------------------------------- pointers

  /**
   * One segment of a pointer, linked to the segments before it; siblings share their parents, so an
   * element's path costs one object.
   */
  private static final class Path {
    final Path parent;
    final String name;
    final int index;

    /** Where the element at this path starts, if it has an id. */
    JsonLocation start;

    Path(Path parent, String name, int index) {
      this.parent = parent;
      this.name = name;
      this.index = index;
    }

    String pointer() {
      return parent == null ? segment(name, index) : parent.pointer() + segment(name, index);
    }
  }

  private void push(String name) {
    names[depth] = name;
    paths[depth++] = null;
  }

  private void push(int index) {
    names[depth] = null;
    indices[depth] = index;
    paths[depth++] = null;
  }

  private void pop() {
    depth--;
  }

  /** The current member's JSON Pointer. */
  private String pointer() {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < depth; i++) {
      out.append(segment(names[i], indices[i]));
    }
    return out.toString();
  }

  /** The current member's place as a {@link Path}, reusing those made for the segments above. */
  private Path path() {
    for (int i = 0; i < depth; i++) {
      if (paths[i] == null) {
        paths[i] = new Path(i == 0 ? null : paths[i - 1], names[i], indices[i]);
      }
    }
    return paths[depth - 1];
  }

  /** A member name, or an index if {@code name} is null, as a pointer segment. */
  private static String segment(String name, int index) {
    return "/" + (name == null ? Integer.toString(index) : escape(name));
  }

  /** A member name as a JSON Pointer token: {@code ~} as {@code ~0}, {@code /} as {@code ~1}. */
  private static String escape(String name) {
    if (name.indexOf('~') < 0 && name.indexOf('/') < 0) {
      return name;
    }
    return name.replace("~", "~0").replace("/", "~1");
  }

  /**
   * A model path such as {@code stages[2].touchpoints[0].id} as a JSON Pointer such as {@code
   * /stages/2/touchpoints/0/id}.
   */
  static String toPointer(String path) {
    if (path.isEmpty()) {
      return "";
    }
    StringBuilder out = new StringBuilder(path.length() + 4).append('/');
    for (int i = 0; i < path.length(); i++) {
      char c = path.charAt(i);
      if (c == '.' || c == '[') {
        if (out.charAt(out.length() - 1) != '/') {
          out.append('/');
        }
      } else if (c == '~') {
        out.append("~0");
      } else if (c == '/') {
        out.append("~1");
      } else if (c != ']') {
        out.append(c);
      }
    }
    return out.toString();
  }
}
