package io.github.journeykit.core.diff;

import static java.util.Objects.requireNonNull;

import io.github.journeykit.core.internal.Problems;
import io.github.journeykit.core.internal.ValueStyle;
import io.github.journeykit.core.model.ActionItem;
import io.github.journeykit.core.model.Gap;
import io.github.journeykit.core.model.Journey;
import io.github.journeykit.core.model.Kpi;
import io.github.journeykit.core.model.Touchpoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The progress two versions of a journey show, in the terms of Walters ("update the map as projects
 * complete"): KPIs whose current value moved toward or away from target or that have new readings,
 * with the readings recorded since the earlier version, action items that changed status or closed,
 * gaps opened and closed, and pain points that rose above the emotion baseline or appeared.
 *
 * <pre>{@code
 * Progress progress = Progress.between(lastQuarter, today);
 * progress.closedGaps();          // gaps of last quarter's map that today's map no longer has
 * progress.relievedPainPoints();  // touchpoints no longer below the baseline
 * }</pre>
 */
@Value.Immutable
@ValueStyle
public abstract class Progress {
  Progress() {}

  /**
   * A new builder.
   *
   * @return an empty builder
   */
  static Builder builder() {
    return ImmutableProgress.builder();
  }

  /**
   * The progress from one version of a journey to another, matching elements by id (the two
   * versions may have different journey ids). Each list follows the later version's order, except
   * {@link #closedGaps()}, which follows the earlier one's.
   *
   * @param before the earlier version
   * @param after the later version
   * @return the progress
   */
  public static Progress between(Journey before, Journey after) {
    requireNonNull(before, "before");
    requireNonNull(after, "after");
    Builder progress = builder();
    for (Kpi kpi : after.kpis()) {
      Optional<Kpi> was = before.kpi(kpi.id());
      if (was.isPresent() && was.get().current().isPresent() && kpi.current().isPresent()) {
        KpiMovement movement = KpiMovement.of(was.get(), kpi);
        if (movement.trend() != KpiTrend.UNCHANGED || !movement.addedReadings().isEmpty()) {
          progress.addKpi(movement);
        }
      }
    }
    for (ActionItem action : after.actions()) {
      before
          .action(action.id())
          .filter(was -> was.status() != action.status())
          .ifPresent(was -> progress.addAction(ActionProgress.of(was, action)));
    }
    after.gaps().stream().filter(g -> before.gap(g.id()).isEmpty()).forEach(progress::addOpenedGap);
    before.gaps().stream().filter(g -> after.gap(g.id()).isEmpty()).forEach(progress::addClosedGap);
    for (Touchpoint touchpoint : after.touchpoints()) {
      Optional<Touchpoint> was = before.touchpoint(touchpoint.id());
      boolean painBefore = was.map(Touchpoint::isPainPoint).orElse(false);
      if (touchpoint.isPainPoint() && !painBefore) {
        progress.addNewPainPoint(
            was.isPresent()
                ? PainPointChange.of(was.get(), touchpoint)
                : PainPointChange.of(touchpoint));
      } else if (painBefore && !touchpoint.isPainPoint() && touchpoint.emotion().isPresent()) {
        progress.addRelievedPainPoint(PainPointChange.of(was.get(), touchpoint));
      }
    }
    return progress.build();
  }

  /**
   * The KPIs, in both versions with a current value, whose current value differs or that have
   * readings of dates the earlier version has no reading of.
   *
   * @return the movements
   */
  public abstract List<KpiMovement> kpis();

  /**
   * The action items, in both versions, whose status differs.
   *
   * @return the actions' progress
   */
  public abstract List<ActionProgress> actions();

  /**
   * The gaps of the later version that the earlier one does not have.
   *
   * @return the opened gaps
   */
  public abstract List<Gap> openedGaps();

  /**
   * The gaps of the earlier version that the later one no longer has.
   *
   * @return the closed gaps
   */
  public abstract List<Gap> closedGaps();

  /**
   * The touchpoints that were pain points and now have an emotion at or above the baseline.
   *
   * @return the relieved pain points
   */
  public abstract List<PainPointChange> relievedPainPoints();

  /**
   * The touchpoints that are pain points now and were not before, new touchpoints included.
   *
   * @return the new pain points
   */
  public abstract List<PainPointChange> newPainPoints();

  /**
   * Whether the versions show no progress at all.
   *
   * @return true if every list is empty
   */
  public boolean isEmpty() {
    return kpis().isEmpty()
        && actions().isEmpty()
        && openedGaps().isEmpty()
        && closedGaps().isEmpty()
        && relievedPainPoints().isEmpty()
        && newPainPoints().isEmpty();
  }

  /**
   * The progress, one line per item, such as {@code gap closed: promise-gap "Adverts promise
   * same-day fixes" (CUSTOMER_EXPECTATIONS, CRITICAL)}, a KPI's line naming the readings added
   * since the earlier version; empty if there is none.
   *
   * @return the lines
   */
  public List<String> lines() {
    List<String> lines = new ArrayList<>();
    kpis().forEach(k -> lines.add(k.toString()));
    actions().forEach(a -> lines.add(a.toString()));
    openedGaps().forEach(g -> lines.add("gap opened: " + gap(g)));
    closedGaps().forEach(g -> lines.add("gap closed: " + gap(g)));
    relievedPainPoints().forEach(p -> lines.add("pain point " + p));
    newPainPoints().forEach(p -> lines.add("pain point " + p));
    return List.copyOf(lines);
  }

  private static String gap(Gap gap) {
    return gap.id() + " \"" + gap.title() + "\" (" + gap.type() + ", " + gap.severity() + ")";
  }

  @Value.Check
  final void check() {
    Problems problems = Problems.of("Progress");
    for (int i = 0; i < relievedPainPoints().size(); i++) {
      PainPointChange change = relievedPainPoints().get(i);
      problems.check(
          change.isRelieved(),
          "relievedPainPoints[" + i + "]",
          "must be a relieved pain point, not a new one",
          change.touchpointId());
    }
    for (int i = 0; i < newPainPoints().size(); i++) {
      PainPointChange change = newPainPoints().get(i);
      problems.check(
          !change.isRelieved(),
          "newPainPoints[" + i + "]",
          "must be a new pain point, not a relieved one",
          change.touchpointId());
    }
    problems.throwIfAny();
  }

  /**
   * A short form such as {@code Progress[2 KPIs, 1 actions, 0 gaps opened, 1 closed, 1 pain points
   * relieved, 0 new]}.
   *
   * @return the progress in words
   */
  @Override
  public String toString() {
    return "Progress["
        + kpis().size()
        + " KPIs, "
        + actions().size()
        + " actions, "
        + openedGaps().size()
        + " gaps opened, "
        + closedGaps().size()
        + " closed, "
        + relievedPainPoints().size()
        + " pain points relieved, "
        + newPainPoints().size()
        + " new]";
  }

  /** Builds a {@link Progress}; every list may stay empty. */
  interface Builder {
    /**
     * Adds a KPI movement.
     *
     * @param kpi the movement
     * @return this builder
     */
    Builder addKpi(KpiMovement kpi);

    /**
     * Adds KPI movements.
     *
     * @param kpis the movements
     * @return this builder
     */
    Builder addAllKpis(Iterable<? extends KpiMovement> kpis);

    /**
     * Adds an action's progress.
     *
     * @param action the progress
     * @return this builder
     */
    Builder addAction(ActionProgress action);

    /**
     * Adds actions' progress.
     *
     * @param actions the progress
     * @return this builder
     */
    Builder addAllActions(Iterable<? extends ActionProgress> actions);

    /**
     * Adds an opened gap.
     *
     * @param gap the gap
     * @return this builder
     */
    Builder addOpenedGap(Gap gap);

    /**
     * Adds opened gaps.
     *
     * @param gaps the gaps
     * @return this builder
     */
    Builder addAllOpenedGaps(Iterable<? extends Gap> gaps);

    /**
     * Adds a closed gap.
     *
     * @param gap the gap
     * @return this builder
     */
    Builder addClosedGap(Gap gap);

    /**
     * Adds closed gaps.
     *
     * @param gaps the gaps
     * @return this builder
     */
    Builder addAllClosedGaps(Iterable<? extends Gap> gaps);

    /**
     * Adds a relieved pain point.
     *
     * @param painPoint the change
     * @return this builder
     */
    Builder addRelievedPainPoint(PainPointChange painPoint);

    /**
     * Adds relieved pain points.
     *
     * @param painPoints the changes
     * @return this builder
     */
    Builder addAllRelievedPainPoints(Iterable<? extends PainPointChange> painPoints);

    /**
     * Adds a new pain point.
     *
     * @param painPoint the change
     * @return this builder
     */
    Builder addNewPainPoint(PainPointChange painPoint);

    /**
     * Adds new pain points.
     *
     * @param painPoints the changes
     * @return this builder
     */
    Builder addAllNewPainPoints(Iterable<? extends PainPointChange> painPoints);

    /**
     * Builds the progress.
     *
     * @return the progress
     */
    Progress build();
  }
}
