package io.github.journeykit.core.diff;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.journeykit.core.internal.Problems;
import io.github.journeykit.core.internal.ValueStyle;
import io.github.journeykit.core.model.Journey;
import java.util.List;
import org.immutables.value.Value;

/**
 * What changed between two versions of a journey map, and the progress it shows: the "journey map
 * as a verb" of Walters, kept current as projects complete.
 *
 * <p>Elements are matched by id (and kind), so the two versions may be different journeys, such as
 * a current-state map and its desired-state counterpart. The {@link #changes()} come in a fixed
 * order: first the change to the journey's own fields (title, vision, state, tags, governance,
 * suppressions), then every element of the later version in journey order (personas, each stage
 * followed by its touchpoints, moments, gaps, actions, KPIs), an element that moved and changed
 * giving its move first; then the removed elements in the earlier version's journey order. The same
 * two journeys always give an equal diff and the same {@link #summary()}.
 *
 * <pre>{@code
 * JourneyDiff diff = JourneyDiff.between(lastQuarter, today);
 * diff.changes(ChangeKind.ADDED);   // the new elements, in journey order
 * diff.progress().closedGaps();     // gaps today's map no longer has
 * System.out.println(diff.summary());
 * }</pre>
 */
@Value.Immutable
@ValueStyle
public abstract class JourneyDiff {
  JourneyDiff() {}

  /**
   * A new builder.
   *
   * @return an empty builder
   */
  static Builder builder() {
    return ImmutableJourneyDiff.builder();
  }

  /**
   * The changes and progress from one version of a journey to another.
   *
   * @param before the earlier version
   * @param after the later version
   * @return the diff; empty if the two journeys are equal
   */
  public static JourneyDiff between(Journey before, Journey after) {
    requireNonNull(before, "before");
    requireNonNull(after, "after");
    return builder()
        .beforeId(before.id())
        .afterId(after.id())
        .addAllChanges(ChangeFinder.between(before, after))
        .progress(Progress.between(before, after))
        .build();
  }

  /**
   * The id of the earlier version.
   *
   * @return the journey id before
   */
  public abstract String beforeId();

  /**
   * The id of the later version.
   *
   * @return the journey id after
   */
  public abstract String afterId();

  /**
   * Every change, in the order the class description gives.
   *
   * @return the changes
   */
  public abstract List<Change> changes();

  /**
   * The progress the later version shows.
   *
   * @return the progress
   */
  public abstract Progress progress();

  /**
   * The changes of one kind, in order.
   *
   * @param kind added, removed, moved or changed
   * @return the changes of that kind
   */
  public List<Change> changes(ChangeKind kind) {
    requireNonNull(kind, "kind");
    return changes().stream()
        .filter(c -> c.kind() == kind)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Whether the two versions are the same.
   *
   * @return true if there is no change
   */
  public boolean isEmpty() {
    return changes().isEmpty();
  }

  @Value.Check
  final void check() {
    Problems.of("JourneyDiff", afterId())
        .id("beforeId", beforeId())
        .id("afterId", afterId())
        .throwIfAny();
  }

  /**
   * The diff for people: a headline with the counts, one line per change, then the progress, such
   * as
   *
   * <pre>
   * broadband-fault -&gt; broadband-fault-future: 2 changes (1 added, 0 removed, 0 moved, 1
   * changed) ADDED touchpoint proactive-alert "Get a text" at stages[0].touchpoints[0] CHANGED
   * action eta-sms "Text the arrival window" at actions[1]: status: "PLANNED" -&gt; "DONE"
   * Progress: action eta-sms "Text the arrival window": PLANNED -&gt; DONE (closed)
   * </pre>
   *
   * @return the summary, lines separated by {@code \n}
   */
  public String summary() {
    StringBuilder text = new StringBuilder(headline()).append('\n');
    changes().forEach(c -> text.append("  ").append(c).append('\n'));
    List<String> progress = progress().lines();
    text.append(progress.isEmpty() ? "Progress: none" : "Progress:").append('\n');
    progress.forEach(line -> text.append("  ").append(line).append('\n'));
    return text.toString();
  }

  private String headline() {
    return beforeId()
        + " -> "
        + afterId()
        + ": "
        + changes().size()
        + " changes ("
        + changes(ChangeKind.ADDED).size()
        + " added, "
        + changes(ChangeKind.REMOVED).size()
        + " removed, "
        + changes(ChangeKind.MOVED).size()
        + " moved, "
        + changes(ChangeKind.CHANGED).size()
        + " changed)";
  }

  /**
   * A short form such as {@code JourneyDiff[a -> b: 2 changes (1 added, 0 removed, 0 moved, 1
   * changed)]}.
   *
   * @return the diff in words
   */
  @Override
  public String toString() {
    return "JourneyDiff[" + headline() + "]";
  }

  /** Builds a {@link JourneyDiff}; both ids and the progress are required. */
  interface Builder {
    /**
     * Sets the id of the earlier version.
     *
     * @param beforeId the journey id
     * @return this builder
     */
    Builder beforeId(String beforeId);

    /**
     * Sets the id of the later version.
     *
     * @param afterId the journey id
     * @return this builder
     */
    Builder afterId(String afterId);

    /**
     * Adds a change after those already added.
     *
     * @param change the change
     * @return this builder
     */
    Builder addChange(Change change);

    /**
     * Adds changes after those already added.
     *
     * @param changes the changes
     * @return this builder
     */
    Builder addAllChanges(Iterable<? extends Change> changes);

    /**
     * Sets the progress.
     *
     * @param progress the progress
     * @return this builder
     */
    Builder progress(Progress progress);

    /**
     * Builds the diff.
     *
     * @return the diff
     * @throws io.github.journeykit.core.model.ValidationException if an id is not an identifier
     */
    JourneyDiff build();
  }
}
