package io.github.journeykit.core.model;

import io.github.journeykit.core.internal.Numbers;
import io.github.journeykit.core.internal.Problems;
import io.github.journeykit.core.internal.ValueStyle;
import java.util.List;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * A step that makes or breaks the journey (Walters, "The 'What's Next' of Customer Journey
 * Mapping"). Positive moments are amplified ("turn a 7 into a 10"), negative ones fixed; the
 * current and target ratings say how far there is to go.
 *
 * <pre>{@code
 * MomentThatMatters welcome = MomentThatMatters.builder()
 *     .id("first-salary").touchpointId("salary-in").polarity(Polarity.MAKE)
 *     .whyItMatters("The first salary landing is when customers decide to stay")
 *     .currentRating(7).targetRating(10).build();
 * welcome.uplift(); // 3.0
 * }</pre>
 */
@Value.Immutable
@ValueStyle
public abstract class MomentThatMatters {
  MomentThatMatters() {}

  /**
   * A new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return ImmutableMomentThatMatters.builder();
  }

  /**
   * A moment without ratings or evidence.
   *
   * @param id the moment's identifier, unique in its journey
   * @param touchpointId the touchpoint where it happens
   * @param polarity whether it makes or breaks the journey
   * @param whyItMatters why it matters, for the people who will act on it
   * @return the moment
   */
  public static MomentThatMatters of(
      String id, String touchpointId, Polarity polarity, String whyItMatters) {
    return builder()
        .id(id)
        .touchpointId(touchpointId)
        .polarity(polarity)
        .whyItMatters(whyItMatters)
        .build();
  }

  /**
   * The identifier, unique among all elements of the journey.
   *
   * @return the id
   */
  public abstract String id();

  /**
   * The id of the touchpoint where the moment happens.
   *
   * @return the touchpoint id
   */
  public abstract String touchpointId();

  /**
   * Whether the moment makes or breaks the journey.
   *
   * @return the polarity
   */
  public abstract Polarity polarity();

  /**
   * Why the moment matters.
   *
   * @return the reason
   */
  public abstract String whyItMatters();

  /**
   * How the moment rates today, on {@link #ratingScale()}.
   *
   * @return the current rating, if known
   */
  public abstract OptionalDouble currentRating();

  /**
   * How the moment should rate, on {@link #ratingScale()}.
   *
   * @return the target rating, if set
   */
  public abstract OptionalDouble targetRating();

  /**
   * The scale of the ratings; 0-10 unless set.
   *
   * @return the scale
   */
  @Value.Default
  public Scale ratingScale() {
    return Scale.RATING_10;
  }

  /**
   * The evidence that the moment matters.
   *
   * @return the evidence
   */
  public abstract List<Evidence> evidence();

  /**
   * How far the moment is from its target, in the direction of better: positive while the target is
   * not reached.
   *
   * @return target minus current (reversed on lower-is-better scales), or empty unless both ratings
   *     are known
   */
  public OptionalDouble uplift() {
    if (currentRating().isEmpty() || targetRating().isEmpty()) {
      return OptionalDouble.empty();
    }
    double delta = targetRating().getAsDouble() - currentRating().getAsDouble();
    return OptionalDouble.of(ratingScale().higherIsBetter() ? delta : -delta);
  }

  @Value.Check
  final void check() {
    Problems problems =
        Problems.of("MomentThatMatters", id())
            .id("id", id())
            .id("touchpointId", touchpointId())
            .text("whyItMatters", whyItMatters());
    if (currentRating().isPresent()) {
      problems.onScale("currentRating", currentRating().getAsDouble(), ratingScale());
    }
    if (targetRating().isPresent()) {
      problems.onScale("targetRating", targetRating().getAsDouble(), ratingScale());
    }
    problems.throwIfAny();
  }

  /**
   * A short form such as {@code Moment[first-salary MAKE at salary-in, 7 -> 10]}.
   *
   * @return the moment in words
   */
  @Override
  public String toString() {
    StringBuilder text =
        new StringBuilder("Moment[")
            .append(id())
            .append(' ')
            .append(polarity())
            .append(" at ")
            .append(touchpointId());
    if (currentRating().isPresent() || targetRating().isPresent()) {
      text.append(", ")
          .append(currentRating().isPresent() ? Numbers.show(currentRating().getAsDouble()) : "?")
          .append(" -> ")
          .append(targetRating().isPresent() ? Numbers.show(targetRating().getAsDouble()) : "?");
    }
    return text.append(']').toString();
  }

  /**
   * Builds a {@link MomentThatMatters}; id, touchpointId, polarity and whyItMatters are required.
   */
  public interface Builder {
    /**
     * Copies every field of {@code moment} into this builder; lists are appended to.
     *
     * @param moment the moment to start from
     * @return this builder
     */
    Builder from(MomentThatMatters moment);

    /**
     * Sets the id.
     *
     * @param id the id
     * @return this builder
     */
    Builder id(String id);

    /**
     * Sets the touchpoint.
     *
     * @param touchpointId the id of the touchpoint where the moment happens
     * @return this builder
     */
    Builder touchpointId(String touchpointId);

    /**
     * Sets the polarity.
     *
     * @param polarity make or break
     * @return this builder
     */
    Builder polarity(Polarity polarity);

    /**
     * Sets why the moment matters.
     *
     * @param whyItMatters the reason
     * @return this builder
     */
    Builder whyItMatters(String whyItMatters);

    /**
     * Sets the current rating.
     *
     * @param currentRating the rating today
     * @return this builder
     */
    Builder currentRating(double currentRating);

    /**
     * Sets the target rating.
     *
     * @param targetRating the rating to reach
     * @return this builder
     */
    Builder targetRating(double targetRating);

    /**
     * Sets the scale of the ratings.
     *
     * @param ratingScale the scale
     * @return this builder
     */
    Builder ratingScale(Scale ratingScale);

    /**
     * Adds a piece of evidence.
     *
     * @param evidence the evidence
     * @return this builder
     */
    Builder addEvidence(Evidence evidence);

    /**
     * Adds pieces of evidence.
     *
     * @param evidence the evidence
     * @return this builder
     */
    Builder addAllEvidence(Iterable<? extends Evidence> evidence);

    /**
     * Builds the moment.
     *
     * @return the moment
     * @throws ValidationException if a rule is broken
     */
    MomentThatMatters build();
  }
}
