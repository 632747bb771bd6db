package io.github.journeykit.core.model;

import static java.util.Objects.requireNonNull;

import io.github.journeykit.core.internal.Problems;
import io.github.journeykit.core.internal.ValueStyle;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * A fix, an amplification, a pilot, research, training or communication that closes gaps, improves
 * moments or repairs touchpoints. It has an owner (a "champion", Walters), a status, a due date,
 * the KPIs that prove progress, and the estimates that prioritisation strategies read (see {@link
 * Estimates}).
 *
 * <pre>{@code
 * ActionItem fix = ActionItem.builder("shorten-form", "Cut the form to 8 fields", ActionKind.FIX)
 *     .addGapId("slow-form").addTouchpointId("form").addKpiId("completion-rate")
 *     .owner("Digital onboarding").status(ActionStatus.PLANNED)
 *     .created(LocalDate.of(2026, 9, 1)).due(LocalDate.of(2026, 12, 15))
 *     .putEstimate(Estimates.REACH, 12_000).putEstimate(Estimates.EFFORT, 3)
 *     .build();
 * }</pre>
 */
@Value.Immutable
@ValueStyle
public abstract class ActionItem {
  ActionItem() {}

  /**
   * A new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return ImmutableActionItem.builder();
  }

  /**
   * A builder with the required fields set.
   *
   * @param id the action's identifier, unique in its journey
   * @param title what will be done, in one line
   * @param kind what sort of action it is
   * @return the builder
   */
  public static Builder builder(String id, String title, ActionKind kind) {
    return builder().id(id).title(title).kind(kind);
  }

  /**
   * A proposed action with only the required fields.
   *
   * @param id the action's identifier, unique in its journey
   * @param title what will be done, in one line
   * @param kind what sort of action it is
   * @return the action
   */
  public static ActionItem of(String id, String title, ActionKind kind) {
    return builder(id, title, kind).build();
  }

  /**
   * The identifier, unique among all elements of the journey.
   *
   * @return the id
   */
  public abstract String id();

  /**
   * What will be done, in one line.
   *
   * @return the title
   */
  public abstract String title();

  /**
   * What sort of action it is.
   *
   * @return the kind
   */
  public abstract ActionKind kind();

  /**
   * More about the action.
   *
   * @return the description, if any
   */
  public abstract Optional<String> description();

  /**
   * The ids of the gaps the action closes.
   *
   * @return the gap ids
   */
  public abstract List<String> gapIds();

  /**
   * The ids of the moments that matter the action improves.
   *
   * @return the moment ids
   */
  public abstract List<String> momentIds();

  /**
   * The ids of the touchpoints the action changes.
   *
   * @return the touchpoint ids
   */
  public abstract List<String> touchpointIds();

  /**
   * The champion who sees the action through.
   *
   * @return the owner, if any
   */
  public abstract Optional<String> owner();

  /**
   * Where the action stands; {@link ActionStatus#PROPOSED} unless set.
   *
   * @return the status
   */
  @Value.Default
  public ActionStatus status() {
    return ActionStatus.PROPOSED;
  }

  /**
   * When the action was created.
   *
   * @return the date, if known
   */
  public abstract Optional<LocalDate> created();

  /**
   * When the action is due; not before {@link #created()}.
   *
   * @return the date, if set
   */
  public abstract Optional<LocalDate> due();

  /**
   * The ids of the KPIs that prove the action worked.
   *
   * @return the KPI ids
   */
  public abstract List<String> kpiIds();

  /**
   * Estimates for prioritisation, by key: see {@link Estimates} for the keys the built-in
   * strategies read.
   *
   * @return the estimates
   */
  public abstract Map<String, Double> estimates();

  /**
   * This action with another status.
   *
   * @param status the status
   * @return the action with the status
   */
  public abstract ActionItem withStatus(ActionStatus status);

  /**
   * This action with another owner.
   *
   * @param owner the owner
   * @return the action with the owner
   */
  public abstract ActionItem withOwner(String owner);

  /**
   * One estimate.
   *
   * @param key the estimate's key, such as {@link Estimates#REACH}
   * @return the estimate, if given
   */
  public OptionalDouble estimate(String key) {
    requireNonNull(key, "key");
    Double value = estimates().get(key);
    return value == null ? OptionalDouble.empty() : OptionalDouble.of(value);
  }

  /**
   * Whether the action addresses the element with the given id: a gap, a moment or a touchpoint.
   *
   * @param elementId the id
   * @return true if the action names it
   */
  public boolean addresses(String elementId) {
    requireNonNull(elementId, "elementId");
    return gapIds().contains(elementId)
        || momentIds().contains(elementId)
        || touchpointIds().contains(elementId);
  }

  /**
   * Whether the action is past its due date on {@code date} and still open.
   *
   * @param date the day to judge on
   * @return true if overdue
   */
  public boolean isOverdue(LocalDate date) {
    requireNonNull(date, "date");
    return status().isOpen() && due().map(d -> d.isBefore(date)).orElse(false);
  }

  @Value.Check
  final void check() {
    Problems problems =
        Problems.of("ActionItem", id())
            .id("id", id())
            .text("title", title())
            .text("description", description())
            .ids("gapIds", gapIds())
            .ids("momentIds", momentIds())
            .ids("touchpointIds", touchpointIds())
            .text("owner", owner())
            .ids("kpiIds", kpiIds());
    if (created().isPresent() && due().isPresent() && due().get().isBefore(created().get())) {
      problems.add("due", "must not be before created (" + created().get() + ")", due().get());
    }
    for (Map.Entry<String, Double> estimate : estimates().entrySet()) {
      String key = estimate.getKey();
      double value = estimate.getValue();
      if (!Problems.isKey(key)) {
        problems.add("estimates." + key, Problems.KEY_RULE, key);
      }
      if (!Double.isFinite(value)) {
        problems.add("estimates." + key, "must be a finite number", value);
      } else if (!Estimates.allows(key, value)) {
        problems.add("estimates." + key, "must lie in " + Estimates.rangeOf(key).get(), value);
      }
    }
    problems.throwIfAny();
  }

  /**
   * A short form such as {@code Action[shorten-form FIX PLANNED "Cut the form to 8 fields"]}.
   *
   * @return the action in words
   */
  @Override
  public String toString() {
    return "Action[" + id() + " " + kind() + " " + status() + " \"" + title() + "\"]";
  }

  /** Builds an {@link ActionItem}; id, title and kind are required. */
  public interface Builder {
    /**
     * Copies every field of {@code action} into this builder; lists and maps are added to.
     *
     * @param action the action to start from
     * @return this builder
     */
    Builder from(ActionItem action);

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
     * @param title the title
     * @return this builder
     */
    Builder title(String title);

    /**
     * Sets the kind.
     *
     * @param kind the kind
     * @return this builder
     */
    Builder kind(ActionKind kind);

    /**
     * Sets the description.
     *
     * @param description the description
     * @return this builder
     */
    Builder description(String description);

    /**
     * Adds a gap the action closes.
     *
     * @param gapId the gap's id
     * @return this builder
     */
    Builder addGapId(String gapId);

    /**
     * Adds gaps the action closes.
     *
     * @param gapIds the gaps' ids
     * @return this builder
     */
    Builder addAllGapIds(Iterable<String> gapIds);

    /**
     * Adds a moment the action improves.
     *
     * @param momentId the moment's id
     * @return this builder
     */
    Builder addMomentId(String momentId);

    /**
     * Adds moments the action improves.
     *
     * @param momentIds the moments' ids
     * @return this builder
     */
    Builder addAllMomentIds(Iterable<String> momentIds);

    /**
     * Adds a touchpoint the action changes.
     *
     * @param touchpointId the touchpoint's id
     * @return this builder
     */
    Builder addTouchpointId(String touchpointId);

    /**
     * Adds touchpoints the action changes.
     *
     * @param touchpointIds the touchpoints' ids
     * @return this builder
     */
    Builder addAllTouchpointIds(Iterable<String> touchpointIds);

    /**
     * Sets the owner.
     *
     * @param owner the champion
     * @return this builder
     */
    Builder owner(String owner);

    /**
     * Sets the status.
     *
     * @param status the status
     * @return this builder
     */
    Builder status(ActionStatus status);

    /**
     * Sets the creation date.
     *
     * @param created the date
     * @return this builder
     */
    Builder created(LocalDate created);

    /**
     * Sets the due date.
     *
     * @param due the date
     * @return this builder
     */
    Builder due(LocalDate due);

    /**
     * Adds a KPI that proves progress.
     *
     * @param kpiId the KPI's id
     * @return this builder
     */
    Builder addKpiId(String kpiId);

    /**
     * Adds KPIs that prove progress.
     *
     * @param kpiIds the KPIs' ids
     * @return this builder
     */
    Builder addAllKpiIds(Iterable<String> kpiIds);

    /**
     * Sets an estimate.
     *
     * @param key the key, such as {@link Estimates#REACH}
     * @param value the estimate
     * @return this builder
     */
    Builder putEstimate(String key, double value);

    /**
     * Sets estimates.
     *
     * @param estimates the estimates by key
     * @return this builder
     */
    Builder putAllEstimates(Map<String, ? extends Double> estimates);

    /**
     * Builds the action.
     *
     * @return the action
     * @throws ValidationException if a rule is broken
     */
    ActionItem build();
  }
}
