package io.github.journeykit.export.internal.cjml;

import static java.util.Objects.requireNonNull;

import io.github.journeykit.core.model.Channel;
import io.github.journeykit.core.model.Journey;
import io.github.journeykit.core.model.Lane;
import io.github.journeykit.core.model.Persona;
import io.github.journeykit.core.model.Stage;
import io.github.journeykit.core.model.Touchpoint;
import io.github.journeykit.core.model.ValidationException;
import io.github.journeykit.core.model.Violation;
import io.github.journeykit.export.json.FormatProblem;
import io.github.journeykit.export.json.JourneyFormatException;
import io.github.journeykit.export.json.JourneyJson;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Reads the planned journey of a CJML 2.0 document as a {@link Journey}, reporting every problem at
 * once with its element path, line and column. Elements and attributes it does not map are skipped;
 * actual journeys in the document are skipped too. Not public API.
 */
public final class CjmlReader {
  /** The id of the one stage that holds the touchpoints of a journey that names no phases. */
  static final String PHASELESS_STAGE_ID = "touchpoints";

  /** The reader stops after this many problems, as the JSON reader does. */
  private static final int MAX_PROBLEMS = JourneyJson.MAX_PROBLEMS;

  /** What the document is, as messages name it. */
  private final String document;

  private final List<FormatProblem> problems = new ArrayList<>();

  /**
   * Where each part of the model came from: a model path and the element (or attribute) behind it.
   */
  private final Map<String, Place> places = new HashMap<>();

  /** The actors by id: whether each is an end user, and a service provider's company name. */
  private final Map<String, XmlElement> actors = new LinkedHashMap<>();

  private final Map<String, Stage.Builder> stages = new LinkedHashMap<>();

  /** Whether the journey names no phases: its touchpoints go to one stage. */
  private boolean phaseless;

  private CjmlReader(String sourceName) {
    this.document = "CJML journey document " + sourceName;
  }

  /** Where a value of the model came from. */
  private static final class Place {
    final String path;
    final int line;
    final int column;

    Place(String path, XmlElement at) {
      this.path = path;
      this.line = at.line;
      this.column = at.column;
    }
  }

  /**
   * Reads the planned journey of the document in {@code in}, within the limits given.
   *
   * @throws JourneyFormatException listing every problem
   */
  public static Journey readPlanned(
      InputStream in, String sourceName, long maxBytes, int maxDepth, int maxText, int maxElements)
      throws IOException {
    requireNonNull(in, "in");
    requireNonNull(sourceName, "sourceName");
    CjmlReader reader = new CjmlReader(sourceName);
    byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
    if (bytes.length > maxBytes) {
      reader.fail(
          FormatProblem.of(
              "", -1, -1, "must be at most " + maxBytes + " bytes long", Optional.empty()));
    }
    XmlElementReader.Result tree = new XmlElementReader(maxDepth, maxText, maxElements).read(bytes);
    if (tree.problem != null) {
      reader.fail(tree.problem);
    }
    return reader.journey(tree.root);
  }

  /** Records {@code problem}, the last one the document can give. */
  private void fail(FormatProblem problem) {
    record(problem);
    throw new JourneyFormatException(document, problems);
  }

  /** Records {@code problem} once; stops the reading after {@link #MAX_PROBLEMS} problems. */
  private void record(FormatProblem problem) {
    if (problems.contains(problem)) {
      return;
    }
    problems.add(problem);
    if (problems.size() >= MAX_PROBLEMS) {
      problems.add(
          FormatProblem.of(
              problem.pointer(),
              problem.line(),
              problem.column(),
              "must have fewer than " + MAX_PROBLEMS + " problems; reading stopped",
              Optional.empty()));
      throw new JourneyFormatException(document, problems);
    }
  }

  private Journey journey(XmlElement root) {
    if (!root.name.equals(CjmlVocabulary.ROOT)) {
      fail(
          FormatProblem.of(
              root.path,
              root.line,
              root.column,
              "must be the element CJML",
              Optional.of(XmlElementReader.shown(root.name))));
    }
    String version = root.attributes.get(CjmlVocabulary.VERSION_ATTRIBUTE);
    if (!CjmlVocabulary.VERSION.equals(version)) {
      problem(
          root.attributePath(CjmlVocabulary.VERSION_ATTRIBUTE),
          root,
          "must be " + CjmlVocabulary.VERSION + ", the version of CJML this reader knows",
          version == null ? null : XmlElementReader.shown(version));
    }
    List<XmlElement> planned = root.all(CjmlVocabulary.PLANNED_JOURNEY);
    if (planned.size() != 1) {
      problem(
          planned.isEmpty() ? root.childPath(CjmlVocabulary.PLANNED_JOURNEY) : planned.get(1).path,
          planned.isEmpty() ? root : planned.get(1),
          "must hold exactly one plannedJourney",
          String.valueOf(planned.size()));
      throw new JourneyFormatException(document, problems);
    }
    Journey journey = plannedJourney(planned.get(0));
    if (!problems.isEmpty()) {
      throw new JourneyFormatException(document, problems);
    }
    return journey;
  }

  private Journey plannedJourney(XmlElement element) {
    Optional<String> id = token(element, CjmlVocabulary.JOURNEY_ID, "the journey's id");
    Optional<String> title = text(element, CjmlVocabulary.JOURNEY_TITLE, "the journey's title");
    element.first(CjmlVocabulary.JOURNEY_ID).ifPresent(e -> places.put("id", new Place(e.path, e)));
    element
        .first(CjmlVocabulary.JOURNEY_TITLE)
        .ifPresent(e -> places.put("title", new Place(e.path, e)));
    Optional<XmlElement> summary = element.first(CjmlVocabulary.SHORT_SUMMARY);
    summary.ifPresent(e -> places.put("description", new Place(e.path, e)));
    actors(element);
    List<Persona> personas = personas();
    phases(element);
    element.first(CjmlVocabulary.TOUCHPOINTS).ifPresent(this::touchpoints);
    Journey.Builder journey = Journey.builder();
    id.ifPresent(journey::id);
    title.ifPresent(journey::title);
    summary.ifPresent(e -> journey.description(e.text()));
    journey.addAllPersonas(personas);
    int index = 0;
    for (Map.Entry<String, Stage.Builder> stage : stages.entrySet()) {
      String at = "stages[" + index++ + "]";
      build(at, stage.getValue()::build).ifPresent(journey::addStage);
    }
    if (id.isEmpty() || title.isEmpty()) {
      return null;
    }
    return build("", journey::build).orElse(null);
  }

  private void actors(XmlElement journey) {
    Optional<XmlElement> list = journey.first(CjmlVocabulary.ACTORS);
    if (list.isEmpty()) {
      problem(journey.childPath(CjmlVocabulary.ACTORS), journey, "must list the actors", null);
      return;
    }
    for (XmlElement actor : list.get().children) {
      if (!actor.name.equals(CjmlVocabulary.END_USER_ELEMENT)
          && !actor.name.equals(CjmlVocabulary.SERVICE_PROVIDER_ELEMENT)) {
        continue;
      }
      Optional<String> id = tokenAttribute(actor, CjmlVocabulary.ACTOR_ID, "the actor's id");
      if (id.isEmpty()) {
        continue;
      }
      if (isUnique(actors.keySet(), id.get(), actor, CjmlVocabulary.ACTOR_ID, "actors")) {
        actors.put(id.get(), actor);
      }
    }
  }

  /** The end users that have a name: the personas. */
  private List<Persona> personas() {
    List<Persona> personas = new ArrayList<>();
    for (Map.Entry<String, XmlElement> actor : actors.entrySet()) {
      XmlElement element = actor.getValue();
      Optional<XmlElement> name = element.first(CjmlVocabulary.ACTOR_NAME);
      if (!isEndUser(element) || name.isEmpty()) {
        continue;
      }
      String at = "personas[" + personas.size() + "]";
      places.put(at, new Place(element.path, element));
      places.put(at + ".id", new Place(element.attributePath(CjmlVocabulary.ACTOR_ID), element));
      places.put(at + ".name", new Place(name.get().path, name.get()));
      build(at, () -> Persona.of(actor.getKey(), name.get().text())).ifPresent(personas::add);
    }
    return personas;
  }

  private void phases(XmlElement journey) {
    Optional<XmlElement> list = journey.first(CjmlVocabulary.JOURNEY_PHASES);
    if (list.isEmpty()) {
      return;
    }
    for (XmlElement phase : list.get().all(CjmlVocabulary.JOURNEY_PHASE)) {
      Optional<String> id = tokenAttribute(phase, CjmlVocabulary.PHASE_ID, "the phase's id");
      Optional<String> name = text(phase, CjmlVocabulary.PHASE_NAME, "the phase's name");
      if (id.isEmpty() || name.isEmpty()) {
        continue;
      }
      if (!isUnique(stages.keySet(), id.get(), phase, CjmlVocabulary.PHASE_ID, "phases")) {
        continue;
      }
      String at = "stages[" + stages.size() + "]";
      places.put(at, new Place(phase.path, phase));
      places.put(at + ".id", new Place(phase.attributePath(CjmlVocabulary.PHASE_ID), phase));
      phase
          .first(CjmlVocabulary.PHASE_NAME)
          .ifPresent(e -> places.put(at + ".name", new Place(e.path, e)));
      Stage.Builder stage = Stage.builder().id(id.get()).name(name.get());
      phase.childText(CjmlVocabulary.PHASE_DESCRIPTION).ifPresent(stage::description);
      stages.put(id.get(), stage);
    }
  }

  private void touchpoints(XmlElement list) {
    Map<String, Integer> counts = new HashMap<>();
    int unplaced = 0;
    for (XmlElement element : list.children) {
      boolean action = element.name.equals(CjmlVocabulary.PLANNED_ACTION);
      if (!action && !element.name.equals(CjmlVocabulary.PLANNED_COMMUNICATION_POINT)) {
        continue;
      }
      // A touchpoint whose phase is unknown is still checked, under a path of its own.
      Optional<String> stageId = phaseOf(element);
      String at =
          stageId.isPresent()
              ? "stages["
                  + new ArrayList<>(stages.keySet()).indexOf(stageId.get())
                  + "].touchpoints["
                  + (counts.merge(stageId.get(), 1, Integer::sum) - 1)
                  + "]"
              : "unplaced[" + unplaced++ + "]";
      Optional<Touchpoint> touchpoint = touchpoint(element, action, at);
      if (stageId.isPresent()) {
        touchpoint.ifPresent(t -> stages.get(stageId.get()).addTouchpoint(t));
      }
    }
  }

  /** The stage a touchpoint goes to: its phase, or the one stage of a journey without phases. */
  private Optional<String> phaseOf(XmlElement touchpoint) {
    Optional<XmlElement> belongsTo = touchpoint.first(CjmlVocabulary.BELONGS_TO);
    if (belongsTo.isEmpty()) {
      if (stages.isEmpty() || phaseless) {
        if (!phaseless) {
          phaseless = true;
          places.put("stages[0]", new Place(touchpoint.path, touchpoint));
          stages.put(PHASELESS_STAGE_ID, Stage.builder(PHASELESS_STAGE_ID, "Touchpoints"));
        }
        return Optional.of(PHASELESS_STAGE_ID);
      }
      problem(
          touchpoint.childPath(CjmlVocabulary.BELONGS_TO),
          touchpoint,
          "must name the phase it belongs to, as the journey has phases",
          null);
      return Optional.empty();
    }
    Optional<String> phase =
        tokenAttribute(belongsTo.get(), CjmlVocabulary.PHASE_ID_REF, "the phase's id");
    if (phase.isPresent() && !stages.containsKey(phase.get())) {
      problem(
          belongsTo.get().attributePath(CjmlVocabulary.PHASE_ID_REF),
          belongsTo.get(),
          "must name a journeyPhase of the journey",
          XmlElementReader.shown(phase.get()));
      return Optional.empty();
    }
    return phase;
  }

  private Optional<Touchpoint> touchpoint(XmlElement element, boolean action, String at) {
    Optional<String> id = token(element, CjmlVocabulary.TOUCHPOINT_ID, "the touchpoint's id");
    Optional<XmlElement> initiator = party(element, CjmlVocabulary.INITIATOR, true);
    Optional<XmlElement> receiver =
        action ? Optional.empty() : party(element, CjmlVocabulary.RECEIVER, false);
    Optional<String> name =
        element
            .first(CjmlVocabulary.INITIATOR)
            .flatMap(i -> text(i, CjmlVocabulary.INITIATOR_LABEL, "what the initiator does"));
    Optional<Channel> channel = action ? Optional.of(CjmlVocabulary.NO_CHANNEL) : channel(element);
    if (id.isEmpty() || initiator.isEmpty() || name.isEmpty() || channel.isEmpty()) {
      return Optional.empty();
    }
    boolean byEndUser = isEndUser(initiator.get());
    Lane lane = byEndUser ? Lane.CUSTOMER_ACTION : action ? Lane.BACKSTAGE : Lane.FRONTSTAGE;
    Optional<String> owner = companyName(initiator.get());
    if (owner.isEmpty() && receiver.isPresent()) {
      owner = companyName(receiver.get());
    }
    places.put(at, new Place(element.path, element));
    element
        .first(CjmlVocabulary.TOUCHPOINT_ID)
        .ifPresent(e -> places.put(at + ".id", new Place(e.path, e)));
    element
        .first(CjmlVocabulary.INITIATOR)
        .flatMap(e -> e.first(CjmlVocabulary.INITIATOR_LABEL))
        .ifPresent(e -> places.put(at + ".name", new Place(e.path, e)));
    element
        .first(CjmlVocabulary.COMMENT)
        .ifPresent(e -> places.put(at + ".description", new Place(e.path, e)));
    Touchpoint.Builder touchpoint =
        Touchpoint.builder().id(id.get()).name(name.get()).channel(channel.get()).lane(lane);
    owner.ifPresent(touchpoint::owner);
    element.childText(CjmlVocabulary.COMMENT).ifPresent(touchpoint::description);
    return build(at, touchpoint::build);
  }

  /**
   * The actor that takes part as {@code role} (initiator or receiver), if it is given and known.
   */
  private Optional<XmlElement> party(XmlElement touchpoint, String role, boolean required) {
    Optional<XmlElement> party = touchpoint.first(role);
    if (party.isEmpty()) {
      if (required) {
        problem(touchpoint.childPath(role), touchpoint, "must name the " + role, null);
      }
      return Optional.empty();
    }
    Optional<XmlElement> refersTo = party.get().first(CjmlVocabulary.REFERS_TO);
    if (refersTo.isEmpty()) {
      problem(
          party.get().childPath(CjmlVocabulary.REFERS_TO),
          party.get(),
          "must refer to an actor",
          null);
      return Optional.empty();
    }
    Optional<String> actorId =
        tokenAttribute(refersTo.get(), CjmlVocabulary.ACTOR_ID_REF, "the actor's id");
    if (actorId.isEmpty()) {
      return Optional.empty();
    }
    XmlElement actor = actors.get(actorId.get());
    if (actor == null) {
      problem(
          refersTo.get().attributePath(CjmlVocabulary.ACTOR_ID_REF),
          refersTo.get(),
          "must name an actor of the journey",
          XmlElementReader.shown(actorId.get()));
      return Optional.empty();
    }
    return Optional.of(actor);
  }

  private Optional<Channel> channel(XmlElement touchpoint) {
    Optional<XmlElement> channel = touchpoint.first(CjmlVocabulary.CHANNEL);
    if (channel.isEmpty()) {
      problem(
          touchpoint.childPath(CjmlVocabulary.CHANNEL),
          touchpoint,
          "must name the channel of a communication point",
          null);
      return Optional.empty();
    }
    Optional<String> name = token(channel.get(), CjmlVocabulary.CHANNEL_NAME, "the channel");
    if (name.isEmpty()) {
      return Optional.empty();
    }
    Optional<Channel> read = CjmlVocabulary.channel(name.get());
    if (read.isEmpty()) {
      XmlElement at = channel.get().first(CjmlVocabulary.CHANNEL_NAME).get();
      problem(
          at.path,
          at,
          "must name a channel in words that begin with a letter, such as Web or face-to-face",
          XmlElementReader.shown(name.get()));
    }
    return read;
  }

  /** Whether {@code id} is new among {@code ids}; if not, a problem at its attribute. */
  private boolean isUnique(
      Set<String> ids, String id, XmlElement element, String attribute, String among) {
    if (ids.contains(id)) {
      problem(
          element.attributePath(attribute),
          element,
          "must be unique among the " + among,
          XmlElementReader.shown(id));
      return false;
    }
    return true;
  }

  private static boolean isEndUser(XmlElement actor) {
    return actor.name.equals(CjmlVocabulary.END_USER_ELEMENT);
  }

  private static Optional<String> companyName(XmlElement actor) {
    return isEndUser(actor) ? Optional.empty() : actor.childText(CjmlVocabulary.COMPANY_NAME);
  }

  // ---------------------------------------------------------------- values and problems

  /** The text of the required child {@code name}, exactly as written. */
  private Optional<String> text(XmlElement parent, String name, String what) {
    Optional<String> text = parent.childText(name);
    if (text.isEmpty()) {
      problem(parent.childPath(name), parent, "must have a " + name + " element: " + what, null);
    }
    return text;
  }

  /** The text of the required child {@code name}, without the white space around it. */
  private Optional<String> token(XmlElement parent, String name, String what) {
    return text(parent, name, what).map(CjmlReader::trimmed);
  }

  private Optional<String> tokenAttribute(XmlElement element, String name, String what) {
    String value = element.attributes.get(name);
    if (value == null) {
      problem(
          element.attributePath(name),
          element,
          "must have the attribute " + name + ": " + what,
          null);
      return Optional.empty();
    }
    return Optional.of(trimmed(value));
  }

  /** Without XML's white space (space, tab, line feed, carriage return) around it. */
  private static String trimmed(String text) {
    int from = 0;
    int to = text.length();
    while (from < to && isXmlSpace(text.charAt(from))) {
      from++;
    }
    while (to > from && isXmlSpace(text.charAt(to - 1))) {
      to--;
    }
    return text.substring(from, to);
  }

  private static boolean isXmlSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
  }

  /**
   * Builds a part of the model, recording the rules it breaks at the elements they name: each
   * violation's path under {@code modelPath}, at the nearest place recorded for it.
   */
  private <T> Optional<T> build(String modelPath, Supplier<T> builder) {
    try {
      return Optional.of(builder.get());
    } catch (ValidationException e) {
      for (Violation violation : e.violations()) {
        String path =
            modelPath.isEmpty()
                ? violation.path()
                : violation.path().isEmpty() ? modelPath : modelPath + "." + violation.path();
        Place place = nearest(path);
        record(
            FormatProblem.of(
                place.path, place.line, place.column, violation.rule(), violation.value()));
      }
      return Optional.empty();
    }
  }

  /** The place recorded for {@code modelPath} or, failing that, for the nearest part above it. */
  private Place nearest(String modelPath) {
    String path = modelPath;
    while (!path.isEmpty()) {
      Place place = places.get(path);
      if (place != null) {
        return place;
      }
      int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
      path = cut < 0 ? "" : path.substring(0, cut);
    }
    Place journey = places.get("id");
    return journey != null ? journey : new Place("", new XmlElement("", "", -1, -1));
  }

  private void problem(String path, XmlElement at, String rule, String value) {
    record(FormatProblem.of(path, at.line, at.column, rule, Optional.ofNullable(value)));
  }
}
