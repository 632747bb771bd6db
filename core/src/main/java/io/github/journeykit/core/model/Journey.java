package io.github.journeykit.core.model;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.journeykit.core.internal.ValueStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.immutables.value.Value;

/**
 * A customer journey map: a customer goal pursued through ordered stages of touchpoints, for one or
 * more personas, as it is today or as it should be. It carries the moments that matter, the gaps,
 * the action items that close them, the KPIs that prove progress and the governance that keeps the
 * map alive.
 *
 * <p>A journey is immutable and always valid: ids are unique across all its elements, and every
 * reference (a moment's touchpoint, a gap's location, an action's gaps, moments, touchpoints and
 * KPIs) resolves. Building or editing one that breaks a rule throws a {@link ValidationException}
 * listing every problem with its path. Edits ({@link #withStage}, {@link #withTouchpoint}, {@link
 * #withoutTouchpoint}, ...) return a new journey.
 *
 * <pre>{@code
 * Journey journey = Journey.builder("open-account", "Open a current account")
 *     .addStage(Stage.builder("apply", "Apply").addTouchpoint(form).build())
 *     .addMoment(MomentThatMatters.of("id-fail", "form", Polarity.BREAK, "People give up here"))
 *     .build();
 * journey.painPoints();        // the touchpoints below the emotion baseline
 * journey.find("form");        // Optional[touchpoint form at stages[0].touchpoints[0]]
 * }</pre>
 */
@Value.Immutable
@ValueStyle
public abstract class Journey {
  Journey() {}

  /**
   * A new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return ImmutableJourney.builder();
  }

  /**
   * A builder with the required fields set.
   *
   * @param id the journey's identifier
   * @param title the customer goal the journey pursues, such as "Open a current account"
   * @return the builder
   */
  public static Builder builder(String id, String title) {
    return builder().id(id).title(title);
  }

  /**
   * The journey's identifier, unique in a {@link Portfolio}.
   *
   * @return the id
   */
  public abstract String id();

  /**
   * The customer goal the journey pursues.
   *
   * @return the title
   */
  public abstract String title();

  /**
   * More about the journey.
   *
   * @return the description, if any
   */
  public abstract Optional<String> description();

  /**
   * The experience the organisation wants to deliver: the brand-aligned experience vision of seed
   * 000.
   *
   * @return the vision, if stated
   */
  public abstract Optional<String> vision();

  /**
   * The personas whose journey this is.
   *
   * @return the personas
   */
  public abstract List<Persona> personas();

  /**
   * Whether the map shows the journey as it is or as it should be; {@link JourneyState#CURRENT}
   * unless set.
   *
   * @return the state
   */
  @Value.Default
  public JourneyState state() {
    return JourneyState.CURRENT;
  }

  /**
   * The id of the same journey in the other state: the desired-state map of a current-state one, or
   * the reverse. A {@link Portfolio} checks that it resolves.
   *
   * @return the counterpart's id, if any
   */
  public abstract Optional<String> counterpartId();

  /**
   * The stages, in order.
   *
   * @return the stages
   */
  public abstract List<Stage> stages();

  /**
   * The moments that matter.
   *
   * @return the moments
   */
  public abstract List<MomentThatMatters> moments();

  /**
   * The gaps.
   *
   * @return the gaps
   */
  public abstract List<Gap> gaps();

  /**
   * The action items.
   *
   * @return the actions
   */
  public abstract List<ActionItem> actions();

  /**
   * The KPIs that prove progress.
   *
   * @return the KPIs
   */
  public abstract List<Kpi> kpis();

  /**
   * Who keeps the map current; {@link Governance#none()} unless set.
   *
   * @return the governance
   */
  @Value.Default
  public Governance governance() {
    return Governance.none();
  }

  /**
   * Free labels, in the order given.
   *
   * @return the tags
   */
  public abstract Set<String> tags();

  /**
   * The audit rules the map suppresses, for the journey or for single elements, with reasons.
   *
   * @return the suppressions
   */
  public abstract List<Suppression> suppressions();

  /**
   * This journey with another title.
   *
   * @param title the title
   * @return the journey with the title
   */
  public abstract Journey withTitle(String title);

  /**
   * This journey in another state.
   *
   * @param state the state
   * @return the journey in the state
   */
  public abstract Journey withState(JourneyState state);

  /**
   * This journey with other governance.
   *
   * @param governance the governance
   * @return the journey with the governance
   */
  public abstract Journey withGovernance(Governance governance);

  /** The id index, built on first use (the check below is its first user). */
  @Value.Lazy
  JourneyIndex index() {
    return JourneyIndex.of(this);
  }

  // ---------------------------------------------------------------- queries

  /**
   * Every touchpoint, stage by stage, in order.
   *
   * @return the touchpoints
   */
  public List<Touchpoint> touchpoints() {
    return index().touchpoints();
  }

  /**
   * Every persona, stage, touchpoint, moment, gap, action and KPI with its kind and path, in
   * journey order: the personas, then each stage followed by its touchpoints, then the moments,
   * gaps, actions and KPIs.
   *
   * @return the elements
   */
  public List<JourneyElement> elements() {
    return index().elements();
  }

  /**
   * The element with the given id, with its kind and path.
   *
   * @param id the id of a persona, stage, touchpoint, moment, gap, action or KPI
   * @return the element, if the journey has one with that id
   */
  public Optional<JourneyElement> find(String id) {
    requireNonNull(id, "id");
    return Optional.ofNullable(index().get(id));
  }

  /**
   * The persona with the given id.
   *
   * @param id the id
   * @return the persona, if any
   */
  public Optional<Persona> persona(String id) {
    return element(id, ElementKind.PERSONA, Persona.class);
  }

  /**
   * The stage with the given id.
   *
   * @param id the id
   * @return the stage, if any
   */
  public Optional<Stage> stage(String id) {
    return element(id, ElementKind.STAGE, Stage.class);
  }

  /**
   * The touchpoint with the given id.
   *
   * @param id the id
   * @return the touchpoint, if any
   */
  public Optional<Touchpoint> touchpoint(String id) {
    return element(id, ElementKind.TOUCHPOINT, Touchpoint.class);
  }

  /**
   * The moment that matters with the given id.
   *
   * @param id the id
   * @return the moment, if any
   */
  public Optional<MomentThatMatters> moment(String id) {
    return element(id, ElementKind.MOMENT, MomentThatMatters.class);
  }

  /**
   * The gap with the given id.
   *
   * @param id the id
   * @return the gap, if any
   */
  public Optional<Gap> gap(String id) {
    return element(id, ElementKind.GAP, Gap.class);
  }

  /**
   * The action item with the given id.
   *
   * @param id the id
   * @return the action, if any
   */
  public Optional<ActionItem> action(String id) {
    return element(id, ElementKind.ACTION, ActionItem.class);
  }

  /**
   * The KPI with the given id.
   *
   * @param id the id
   * @return the KPI, if any
   */
  public Optional<Kpi> kpi(String id) {
    return element(id, ElementKind.KPI, Kpi.class);
  }

  /**
   * The stage that holds the touchpoint with the given id; answered in constant time.
   *
   * @param touchpointId the touchpoint's id
   * @return the stage, if the journey has the touchpoint
   */
  public Optional<Stage> stageOf(String touchpointId) {
    requireNonNull(touchpointId, "touchpointId");
    return Optional.ofNullable(index().stageOf(touchpointId));
  }

  /**
   * The touchpoints on a channel, in journey order.
   *
   * @param channel the channel
   * @return the touchpoints
   */
  public List<Touchpoint> touchpointsOn(Channel channel) {
    requireNonNull(channel, "channel");
    return select(touchpoints(), t -> t.channel().equals(channel));
  }

  /**
   * The touchpoints in a service-blueprint lane, in journey order.
   *
   * @param lane the lane
   * @return the touchpoints
   */
  public List<Touchpoint> touchpointsIn(Lane lane) {
    requireNonNull(lane, "lane");
    return select(touchpoints(), t -> t.lane() == lane);
  }

  /**
   * The touchpoints with the given owner, in journey order.
   *
   * @param owner the owner, compared exactly
   * @return the touchpoints
   */
  public List<Touchpoint> touchpointsOwnedBy(String owner) {
    requireNonNull(owner, "owner");
    return select(touchpoints(), t -> t.owner().filter(owner::equals).isPresent());
  }

  /**
   * The pain points: touchpoints whose latest emotion lies below its scale's baseline, in journey
   * order.
   *
   * @return the pain points
   */
  public List<Touchpoint> painPoints() {
    return select(touchpoints(), Touchpoint::isPainPoint);
  }

  /**
   * The moments that matter of one polarity.
   *
   * @param polarity make or break
   * @return the moments
   */
  public List<MomentThatMatters> moments(Polarity polarity) {
    requireNonNull(polarity, "polarity");
    return select(moments(), m -> m.polarity() == polarity);
  }

  /**
   * The moments that matter at a touchpoint, in journey order. Like every query of what is at an
   * element, it is answered from the journey's index in constant time; the index gathers what is at
   * each element once, on the first such query.
   *
   * @param touchpointId the touchpoint's id
   * @return the moments
   */
  public List<MomentThatMatters> momentsAt(String touchpointId) {
    requireNonNull(touchpointId, "touchpointId");
    return index().momentsAt(touchpointId);
  }

  /**
   * The gaps of one type.
   *
   * @param type the type
   * @return the gaps
   */
  public List<Gap> gaps(GapType type) {
    requireNonNull(type, "type");
    return select(gaps(), g -> g.type() == type);
  }

  /**
   * The gaps located at a stage or touchpoint, in journey order; answered in constant time.
   *
   * @param elementId the stage's or touchpoint's id
   * @return the gaps
   */
  public List<Gap> gapsAt(String elementId) {
    requireNonNull(elementId, "elementId");
    return index().gapsAt(elementId);
  }

  /**
   * The action items with a status.
   *
   * @param status the status
   * @return the actions
   */
  public List<ActionItem> actions(ActionStatus status) {
    requireNonNull(status, "status");
    return select(actions(), a -> a.status() == status);
  }

  /**
   * The action items with the given owner.
   *
   * @param owner the owner, compared exactly
   * @return the actions
   */
  public List<ActionItem> actionsOwnedBy(String owner) {
    requireNonNull(owner, "owner");
    return select(actions(), a -> a.owner().filter(owner::equals).isPresent());
  }

  /**
   * The action items that address a gap, moment or touchpoint, each once, in journey order;
   * answered in constant time.
   *
   * @param elementId the id of the gap, moment or touchpoint
   * @return the actions
   */
  public List<ActionItem> actionsAddressing(String elementId) {
    requireNonNull(elementId, "elementId");
    return index().actionsAddressing(elementId);
  }

  // ------------------------------------------------------------------ edits

  /**
   * This journey with {@code stage} in place of the stage with the same id, or added last.
   *
   * @param stage the stage
   * @return the edited journey
   * @throws ValidationException if the result breaks a rule
   */
  public Journey withStage(Stage stage) {
    return copy().stages(upsert(stages(), stage, Stage::id, "stage")).build();
  }

  /**
   * This journey without the stage with the given id, and so without its touchpoints.
   *
   * @param stageId the stage's id
   * @return the edited journey
   * @throws ValidationException if there is no such stage, or if something still refers to it or
   *     its touchpoints
   */
  public Journey withoutStage(String stageId) {
    return copy()
        .stages(remove(stages(), stageId, Stage::id, "stageId", ElementKind.STAGE))
        .build();
  }

  /**
   * This journey with the stage with the given id moved to {@code index}.
   *
   * @param stageId the stage's id
   * @param index its position afterwards, from 0 to the number of stages minus 1
   * @return the edited journey
   * @throws ValidationException if there is no such stage or the index is out of range
   */
  public Journey withStageMoved(String stageId, int index) {
    return copy().stages(move(stages(), stageId, Stage::id, index, ElementKind.STAGE)).build();
  }

  /**
   * This journey with {@code touchpoint} in the stage with the given id: in place of the touchpoint
   * with the same id, or added last.
   *
   * @param stageId the stage's id
   * @param touchpoint the touchpoint
   * @return the edited journey
   * @throws ValidationException if there is no such stage, if the touchpoint's id is in another
   *     stage (use {@link #withTouchpointMoved}), or if the result breaks a rule
   */
  public Journey withTouchpoint(String stageId, Touchpoint touchpoint) {
    requireNonNull(stageId, "stageId");
    requireNonNull(touchpoint, "touchpoint");
    Stage stage = existing(stageId, ElementKind.STAGE, Stage.class, "stageId");
    Stage holder = index().stageOf(touchpoint.id());
    if (holder != null && !holder.id().equals(stageId)) {
      throw invalid(
          "touchpoint.id",
          "must not be in another stage; it is in stage \""
              + holder.id()
              + "\" (use withTouchpointMoved)",
          touchpoint.id());
    }
    return withStage(
        stage.withTouchpoints(
            upsert(stage.touchpoints(), touchpoint, Touchpoint::id, "touchpoint")));
  }

  /**
   * This journey with each touchpoint replaced by what {@code update} makes of it, in one edit: for
   * applying measurements to many touchpoints at once.
   *
   * <pre>{@code
   * Journey owned = journey.withTouchpointsUpdated(t -> t.owner().isPresent() ? t
   *     : Touchpoint.builder().from(t).owner("CX team").build());
   * }</pre>
   *
   * @param update the touchpoint in place of each; it must keep the touchpoint's id
   * @return the edited journey, this one if no touchpoint changed
   * @throws ValidationException if an update changes a touchpoint's id, or if the result breaks a
   *     rule
   */
  public Journey withTouchpointsUpdated(UnaryOperator<Touchpoint> update) {
    requireNonNull(update, "update");
    List<Stage> stages = new ArrayList<>(stages().size());
    boolean changed = false;
    for (Stage stage : stages()) {
      List<Touchpoint> touchpoints = new ArrayList<>(stage.touchpoints().size());
      boolean stageChanged = false;
      for (Touchpoint touchpoint : stage.touchpoints()) {
        Touchpoint replacement = requireNonNull(update.apply(touchpoint), "update's touchpoint");
        if (!replacement.id().equals(touchpoint.id())) {
          throw invalid(
              "touchpoints." + touchpoint.id(), "must keep its id when updated", replacement.id());
        }
        stageChanged |= replacement != touchpoint;
        touchpoints.add(replacement);
      }
      stages.add(stageChanged ? stage.withTouchpoints(touchpoints) : stage);
      changed |= stageChanged;
    }
    return changed ? copy().stages(stages).build() : this;
  }

  /**
   * This journey without the touchpoint with the given id.
   *
   * @param touchpointId the touchpoint's id
   * @return the edited journey
   * @throws ValidationException if there is no such touchpoint, or if a moment, gap or action still
   *     refers to it
   */
  public Journey withoutTouchpoint(String touchpointId) {
    existing(touchpointId, ElementKind.TOUCHPOINT, Touchpoint.class, "touchpointId");
    Stage stage = index().stageOf(touchpointId);
    return withStage(
        stage.withTouchpoints(
            remove(
                stage.touchpoints(),
                touchpointId,
                Touchpoint::id,
                "touchpointId",
                ElementKind.TOUCHPOINT)));
  }

  /**
   * This journey with the touchpoint with the given id moved to position {@code index} of the stage
   * with id {@code stageId} (its own stage or another).
   *
   * @param touchpointId the touchpoint's id
   * @param stageId the id of the stage to move it to
   * @param index its position in that stage afterwards, from 0 to the stage's number of touchpoints
   *     (after the move) minus 1
   * @return the edited journey
   * @throws ValidationException if there is no such touchpoint or stage, or the index is out of
   *     range
   */
  public Journey withTouchpointMoved(String touchpointId, String stageId, int index) {
    requireNonNull(touchpointId, "touchpointId");
    requireNonNull(stageId, "stageId");
    Touchpoint touchpoint =
        existing(touchpointId, ElementKind.TOUCHPOINT, Touchpoint.class, "touchpointId");
    existing(stageId, ElementKind.STAGE, Stage.class, "stageId");
    String from = index().stageOf(touchpointId).id();
    List<Stage> stages = new ArrayList<>(stages().size());
    for (Stage stage : stages()) {
      List<Touchpoint> touchpoints = new ArrayList<>(stage.touchpoints());
      if (stage.id().equals(from)) {
        touchpoints.removeIf(t -> t.id().equals(touchpointId));
      }
      if (stage.id().equals(stageId)) {
        checkIndex(index, touchpoints.size() + 1, "touchpoints of stage \"" + stageId + "\"");
        touchpoints.add(index, touchpoint);
      }
      stages.add(
          stage.touchpoints().equals(touchpoints) ? stage : stage.withTouchpoints(touchpoints));
    }
    return copy().stages(stages).build();
  }

  /**
   * This journey with {@code persona} in place of the persona with the same id, or added last.
   *
   * @param persona the persona
   * @return the edited journey
   * @throws ValidationException if the result breaks a rule
   */
  public Journey withPersona(Persona persona) {
    return copy().personas(upsert(personas(), persona, Persona::id, "persona")).build();
  }

  /**
   * This journey without the persona with the given id.
   *
   * @param personaId the persona's id
   * @return the edited journey
   * @throws ValidationException if there is no such persona
   */
  public Journey withoutPersona(String personaId) {
    return copy()
        .personas(remove(personas(), personaId, Persona::id, "personaId", ElementKind.PERSONA))
        .build();
  }

  /**
   * This journey with {@code moment} in place of the moment with the same id, or added last.
   *
   * @param moment the moment
   * @return the edited journey
   * @throws ValidationException if the result breaks a rule, such as a touchpoint id that does not
   *     resolve
   */
  public Journey withMoment(MomentThatMatters moment) {
    return copy().moments(upsert(moments(), moment, MomentThatMatters::id, "moment")).build();
  }

  /**
   * This journey without the moment with the given id.
   *
   * @param momentId the moment's id
   * @return the edited journey
   * @throws ValidationException if there is no such moment, or if an action still refers to it
   */
  public Journey withoutMoment(String momentId) {
    return copy()
        .moments(remove(moments(), momentId, MomentThatMatters::id, "momentId", ElementKind.MOMENT))
        .build();
  }

  /**
   * This journey with {@code gap} in place of the gap with the same id, or added last.
   *
   * @param gap the gap
   * @return the edited journey
   * @throws ValidationException if the result breaks a rule, such as a location that does not
   *     resolve
   */
  public Journey withGap(Gap gap) {
    return copy().gaps(upsert(gaps(), gap, Gap::id, "gap")).build();
  }

  /**
   * This journey without the gap with the given id.
   *
   * @param gapId the gap's id
   * @return the edited journey
   * @throws ValidationException if there is no such gap, or if an action still refers to it
   */
  public Journey withoutGap(String gapId) {
    return copy().gaps(remove(gaps(), gapId, Gap::id, "gapId", ElementKind.GAP)).build();
  }

  /**
   * This journey with {@code action} in place of the action with the same id, or added last.
   *
   * @param action the action
   * @return the edited journey
   * @throws ValidationException if the result breaks a rule, such as a reference that does not
   *     resolve
   */
  public Journey withAction(ActionItem action) {
    return copy().actions(upsert(actions(), action, ActionItem::id, "action")).build();
  }

  /**
   * This journey without the action with the given id.
   *
   * @param actionId the action's id
   * @return the edited journey
   * @throws ValidationException if there is no such action
   */
  public Journey withoutAction(String actionId) {
    return copy()
        .actions(remove(actions(), actionId, ActionItem::id, "actionId", ElementKind.ACTION))
        .build();
  }

  /**
   * This journey with {@code kpi} in place of the KPI with the same id, or added last.
   *
   * @param kpi the KPI
   * @return the edited journey
   * @throws ValidationException if the result breaks a rule
   */
  public Journey withKpi(Kpi kpi) {
    return copy().kpis(upsert(kpis(), kpi, Kpi::id, "kpi")).build();
  }

  /**
   * This journey without the KPI with the given id.
   *
   * @param kpiId the KPI's id
   * @return the edited journey
   * @throws ValidationException if there is no such KPI, or if an action still refers to it
   */
  public Journey withoutKpi(String kpiId) {
    return copy().kpis(remove(kpis(), kpiId, Kpi::id, "kpiId", ElementKind.KPI)).build();
  }

  /**
   * This journey with {@code suppression} in place of the one for the same rule and element, or
   * added last.
   *
   * @param suppression the suppression
   * @return the edited journey
   * @throws ValidationException if the suppression names an element the journey does not have
   */
  public Journey withSuppression(Suppression suppression) {
    return copy()
        .suppressions(
            upsert(
                suppressions(),
                suppression,
                s -> List.of(s.ruleId(), s.elementId()),
                "suppression"))
        .build();
  }

  // ------------------------------------------------------------- validation

  @Value.Check
  final void check() {
    JourneyRules.check(this);
  }

  // ---------------------------------------------------------------- helpers

  private ImmutableJourney.Builder copy() {
    return ImmutableJourney.builder().from(this);
  }

  private <T> Optional<T> element(String id, ElementKind kind, Class<T> type) {
    requireNonNull(id, "id");
    JourneyElement found = index().get(id);
    return found != null && found.kind() == kind
        ? Optional.of(type.cast(found.value()))
        : Optional.empty();
  }

  private <T> T existing(String id, ElementKind kind, Class<T> type, String parameter) {
    requireNonNull(id, parameter);
    return element(id, kind, type)
        .orElseThrow(
            () -> invalid(parameter, "must name a " + kind.word() + " of the journey", id));
  }

  private ValidationException invalid(String path, String rule, Object value) {
    return new ValidationException(
        "Journey \"" + id() + "\"", List.of(Violation.of(path, rule, value)));
  }

  private static <T> ImmutableList<T> select(List<T> elements, Predicate<? super T> filter) {
    ImmutableList.Builder<T> selected = ImmutableList.builder();
    for (T element : elements) {
      if (filter.test(element)) {
        selected.add(element);
      }
    }
    return selected.build();
  }

  /** The list with {@code element} in place of the first one with the same key, or added last. */
  private static <T> List<T> upsert(
      List<T> elements, T element, Function<T, ?> id, String parameter) {
    requireNonNull(element, parameter);
    Object key = id.apply(element);
    List<T> result = new ArrayList<>(elements.size() + 1);
    boolean replaced = false;
    for (T existing : elements) {
      if (!replaced && id.apply(existing).equals(key)) {
        result.add(element);
        replaced = true;
      } else {
        result.add(existing);
      }
    }
    if (!replaced) {
      result.add(element);
    }
    return result;
  }

  private <T> List<T> remove(
      List<T> elements, String key, Function<T, String> id, String parameter, ElementKind kind) {
    requireNonNull(key, parameter);
    List<T> result = new ArrayList<>(elements);
    if (!result.removeIf(e -> id.apply(e).equals(key))) {
      throw invalid(parameter, "must name a " + kind.word() + " of the journey", key);
    }
    return result;
  }

  private <T> List<T> move(
      List<T> elements, String key, Function<T, String> id, int index, ElementKind kind) {
    String parameter = kind.word() + "Id";
    requireNonNull(key, parameter);
    List<T> result = new ArrayList<>(elements);
    int from = -1;
    for (int i = 0; i < result.size() && from < 0; i++) {
      if (id.apply(result.get(i)).equals(key)) {
        from = i;
      }
    }
    if (from < 0) {
      throw invalid(parameter, "must name a " + kind.word() + " of the journey", key);
    }
    checkIndex(index, result.size(), kind.word() + "s");
    result.add(index, result.remove(from));
    return result;
  }

  private void checkIndex(int index, int size, String what) {
    if (index < 0 || index >= size) {
      throw invalid("index", "must be from 0 to " + (size - 1) + " for the " + what, index);
    }
  }

  // ------------------------------------------------------------ presentation

  /**
   * An outline of the journey, one line per stage, touchpoint, moment, gap, action and KPI, for
   * reading in JShell or a log.
   *
   * @return the outline, lines separated by {@code \n}
   */
  public String outline() {
    StringBuilder text =
        new StringBuilder()
            .append(state())
            .append(" journey ")
            .append(id())
            .append(" \"")
            .append(title())
            .append("\"\n");
    for (Stage stage : stages()) {
      text.append("  stage ").append(stage.id()).append(" \"").append(stage.name()).append('"');
      stage.goal().ifPresent(g -> text.append(" (goal: ").append(g).append(')'));
      text.append('\n');
      for (Touchpoint touchpoint : stage.touchpoints()) {
        text.append("    ")
            .append(touchpoint.isPainPoint() ? "! " : "- ")
            .append(touchpoint)
            .append('\n');
      }
    }
    moments().forEach(m -> text.append("  ").append(m).append('\n'));
    gaps().forEach(g -> text.append("  ").append(g).append('\n'));
    actions().forEach(a -> text.append("  ").append(a).append('\n'));
    kpis().forEach(k -> text.append("  ").append(k).append('\n'));
    return text.toString();
  }

  /**
   * A short form such as {@code Journey[open-account "Open a current account" CURRENT: 2 stages, 5
   * touchpoints, 1 moments, 2 gaps, 3 actions, 1 KPIs]}.
   *
   * @return the journey in words
   */
  @Override
  public String toString() {
    return "Journey["
        + id()
        + " \""
        + title()
        + "\" "
        + state()
        + ": "
        + stages().size()
        + " stages, "
        + touchpoints().size()
        + " touchpoints, "
        + moments().size()
        + " moments, "
        + gaps().size()
        + " gaps, "
        + actions().size()
        + " actions, "
        + kpis().size()
        + " KPIs]";
  }

  /** Builds a {@link Journey}; id and title are required. */
  public interface Builder {
    /**
     * Copies every field of {@code journey} into this builder; lists are appended to.
     *
     * @param journey the journey to start from
     * @return this builder
     */
    Builder from(Journey journey);

    /**
     * Sets the id.
     *
     * @param id the id
     * @return this builder
     */
    Builder id(String id);

    /**
     * Sets the title.
     *
     * @param title the customer goal
     * @return this builder
     */
    Builder title(String title);

    /**
     * Sets the description.
     *
     * @param description the description
     * @return this builder
     */
    Builder description(String description);

    /**
     * Sets the experience vision.
     *
     * @param vision the vision
     * @return this builder
     */
    Builder vision(String vision);

    /**
     * Adds a persona.
     *
     * @param persona the persona
     * @return this builder
     */
    Builder addPersona(Persona persona);

    /**
     * Adds personas.
     *
     * @param personas the personas
     * @return this builder
     */
    Builder addAllPersonas(Iterable<? extends Persona> personas);

    /**
     * Sets the state.
     *
     * @param state current or future
     * @return this builder
     */
    Builder state(JourneyState state);

    /**
     * Sets the counterpart in the other state.
     *
     * @param counterpartId the other journey's id
     * @return this builder
     */
    Builder counterpartId(String counterpartId);

    /**
     * Adds a stage after those already added.
     *
     * @param stage the stage
     * @return this builder
     */
    Builder addStage(Stage stage);

    /**
     * Adds stages after those already added.
     *
     * @param stages the stages
     * @return this builder
     */
    Builder addAllStages(Iterable<? extends Stage> stages);

    /**
     * Adds a moment that matters.
     *
     * @param moment the moment
     * @return this builder
     */
    Builder addMoment(MomentThatMatters moment);

    /**
     * Adds moments that matter.
     *
     * @param moments the moments
     * @return this builder
     */
    Builder addAllMoments(Iterable<? extends MomentThatMatters> moments);

    /**
     * Adds a gap.
     *
     * @param gap the gap
     * @return this builder
     */
    Builder addGap(Gap gap);

    /**
     * Adds gaps.
     *
     * @param gaps the gaps
     * @return this builder
     */
    Builder addAllGaps(Iterable<? extends Gap> gaps);

    /**
     * Adds an action item.
     *
     * @param action the action
     * @return this builder
     */
    Builder addAction(ActionItem action);

    /**
     * Adds action items.
     *
     * @param actions the actions
     * @return this builder
     */
    Builder addAllActions(Iterable<? extends ActionItem> actions);

    /**
     * Adds a KPI.
     *
     * @param kpi the KPI
     * @return this builder
     */
    Builder addKpi(Kpi kpi);

    /**
     * Adds KPIs.
     *
     * @param kpis the KPIs
     * @return this builder
     */
    Builder addAllKpis(Iterable<? extends Kpi> kpis);

    /**
     * Sets the governance.
     *
     * @param governance the governance
     * @return this builder
     */
    Builder governance(Governance governance);

    /**
     * Adds a tag.
     *
     * @param tag the tag
     * @return this builder
     */
    Builder addTag(String tag);

    /**
     * Adds tags.
     *
     * @param tags the tags
     * @return this builder
     */
    Builder addAllTags(Iterable<String> tags);

    /**
     * Adds a suppression of an audit rule.
     *
     * @param suppression the suppression
     * @return this builder
     */
    Builder addSuppression(Suppression suppression);

    /**
     * Adds suppressions of audit rules.
     *
     * @param suppressions the suppressions
     * @return this builder
     */
    Builder addAllSuppressions(Iterable<? extends Suppression> suppressions);

    /**
     * Builds the journey, checking every rule of the model at once.
     *
     * @return the journey
     * @throws ValidationException listing every problem, with paths, if any rule is broken
     */
    Journey build();
  }
}
