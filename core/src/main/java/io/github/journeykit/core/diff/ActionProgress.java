package io.github.journeykit.core.diff;

import static java.util.Objects.requireNonNull;

import io.github.journeykit.core.internal.Problems;
import io.github.journeykit.core.internal.ValueStyle;
import io.github.journeykit.core.model.ActionItem;
import io.github.journeykit.core.model.ActionStatus;
import org.immutables.value.Value;

/**
 * An action item whose status differs between two versions of a journey: both versions, and whether
 * it closed (went from proposed, planned or in progress to done or dropped).
 *
 * <pre>{@code
 * ActionProgress eta = ActionProgress.of(before.action("eta-sms").get(),
 *     after.action("eta-sms").get());
 * eta.closed(); // true: PLANNED -> DONE
 * }</pre>
 */
@Value.Immutable
@ValueStyle
public abstract class ActionProgress {
  ActionProgress() {}

  /**
   * The progress of one action.
   *
   * @param before the action in the earlier version
   * @param after the action in the later version, with the same id and another status
   * @return the progress
   * @throws io.github.journeykit.core.model.ValidationException if the ids differ or the status is
   *     the same
   */
  public static ActionProgress of(ActionItem before, ActionItem after) {
    requireNonNull(before, "before");
    requireNonNull(after, "after");
    return ImmutableActionProgress.of(before, after);
  }

  /**
   * The action in the earlier version.
   *
   * @return the action before
   */
  @Value.Parameter
  public abstract ActionItem before();

  /**
   * The action in the later version.
   *
   * @return the action after
   */
  @Value.Parameter
  public abstract ActionItem after();

  /**
   * The action's id.
   *
   * @return the id
   */
  public String actionId() {
    return after().id();
  }

  /**
   * Whether work on the action ended between the versions: it was open and is now done or dropped.
   *
   * @return true if the action closed
   */
  public boolean closed() {
    return before().status().isOpen() && !after().status().isOpen();
  }

  /**
   * Whether the action is done now and was not before.
   *
   * @return true if the action was completed
   */
  public boolean completed() {
    return after().status() == ActionStatus.DONE;
  }

  @Value.Check
  final void check() {
    Problems.of("ActionProgress", after().id())
        .check(
            before().id().equals(after().id()),
            "before.id",
            "must be the id of the action after (" + after().id() + ")",
            before().id())
        .check(
            before().status() != after().status(),
            "after.status",
            "must differ from the status before",
            after().status())
        .throwIfAny();
  }

  /**
   * A short form such as {@code action eta-sms "Text the arrival window": PLANNED -> DONE
   * (closed)}.
   *
   * @return the progress in words
   */
  @Override
  public String toString() {
    return "action "
        + after().id()
        + " \""
        + after().title()
        + "\": "
        + before().status()
        + " -> "
        + after().status()
        + (closed() ? " (closed)" : "");
  }
}
