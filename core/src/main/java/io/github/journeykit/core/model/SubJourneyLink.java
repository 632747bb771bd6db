package io.github.journeykit.core.model;

import io.github.journeykit.core.internal.Problems;
import io.github.journeykit.core.internal.ValueStyle;
import org.immutables.value.Value;

/**
 * A link from a stage of one journey to a journey that details it: the journey hierarchy of a
 * {@link Portfolio}.
 *
 * <pre>{@code
 * SubJourneyLink link = SubJourneyLink.of("open-account", "onboard", "set-up-online-banking");
 * }</pre>
 */
@Value.Immutable
@ValueStyle
public abstract class SubJourneyLink {
  SubJourneyLink() {}

  /**
   * A link from a stage to the journey that details it.
   *
   * @param journeyId the parent journey's id
   * @param stageId the id of the parent's stage
   * @param subJourneyId the id of the journey that details the stage
   * @return the link
   */
  public static SubJourneyLink of(String journeyId, String stageId, String subJourneyId) {
    return ImmutableSubJourneyLink.of(journeyId, stageId, subJourneyId);
  }

  /**
   * The parent journey's id.
   *
   * @return the id
   */
  @Value.Parameter
  public abstract String journeyId();

  /**
   * The id of the parent's stage that the sub-journey details.
   *
   * @return the id
   */
  @Value.Parameter
  public abstract String stageId();

  /**
   * The id of the journey that details the stage.
   *
   * @return the id
   */
  @Value.Parameter
  public abstract String subJourneyId();

  @Value.Check
  final void check() {
    Problems.of("SubJourneyLink")
        .id("journeyId", journeyId())
        .id("stageId", stageId())
        .id("subJourneyId", subJourneyId())
        .check(
            !subJourneyId().equals(journeyId()),
            "subJourneyId",
            "must differ from journeyId",
            subJourneyId())
        .throwIfAny();
  }

  /**
   * A short form such as {@code open-account/onboard -> set-up-online-banking}.
   *
   * @return the link in words
   */
  @Override
  public String toString() {
    return journeyId() + "/" + stageId() + " -> " + subJourneyId();
  }
}
