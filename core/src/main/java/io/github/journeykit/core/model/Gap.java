package io.github.journeykit.core.model;

import io.github.journeykit.core.internal.Problems;
import io.github.journeykit.core.internal.ValueStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A named shortfall: one of the four activation gaps (HOED Research, "Four customer journey mapping
 * gaps") or an experience gap at a step (Gartner, "What you need are strong governance and
 * oversight"), with its severity, where on the map it is, and the evidence for it.
 *
 * <pre>{@code
 * Gap slowForm = Gap.of("slow-form", GapType.EXPERIENCE, "The form takes 25 minutes",
 *     Location.touchpoint("form"));
 * Gap silos = Gap.builder().id("kyc-silo").type(GapType.ORGANISATIONAL)
 *     .title("Identity checks run in a separate team with its own queue")
 *     .severity(Severity.HIGH).build();
 * }</pre>
 */
@Value.Immutable
@ValueStyle
public abstract class Gap {
  Gap() {}

  /**
   * A new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return ImmutableGap.builder();
  }

  /**
   * A gap of medium severity without description or evidence.
   *
   * @param id the gap's identifier, unique in its journey
   * @param type the kind of gap
   * @param title the gap in one line
   * @param location where on the map it is
   * @return the gap
   */
  public static Gap of(String id, GapType type, String title, Location location) {
    return builder().id(id).type(type).title(title).location(location).build();
  }

  /**
   * The identifier, unique among all elements of the journey.
   *
   * @return the id
   */
  public abstract String id();

  /**
   * The kind of gap.
   *
   * @return the type
   */
  public abstract GapType type();

  /**
   * The gap in one line.
   *
   * @return the title
   */
  public abstract String title();

  /**
   * More about the gap.
   *
   * @return the description, if any
   */
  public abstract Optional<String> description();

  /**
   * How serious the gap is; {@link Severity#MEDIUM} unless set.
   *
   * @return the severity
   */
  @Value.Default
  public Severity severity() {
    return Severity.MEDIUM;
  }

  /**
   * Where on the map the gap is; the whole journey unless set. Experience gaps are at a stage or a
   * touchpoint.
   *
   * @return the location
   */
  @Value.Default
  public Location location() {
    return Location.journey();
  }

  /**
   * The evidence for the gap.
   *
   * @return the evidence
   */
  public abstract List<Evidence> evidence();

  @Value.Check
  final void check() {
    Problems.of("Gap", id())
        .id("id", id())
        .text("title", title())
        .text("description", description())
        .check(
            type() != GapType.EXPERIENCE || location().kind() != LocationKind.JOURNEY,
            "location",
            "an EXPERIENCE gap must be at a stage or a touchpoint",
            location())
        .throwIfAny();
  }

  /**
   * A short form such as {@code Gap[slow-form EXPERIENCE HIGH at touchpoint form]}.
   *
   * @return the gap in words
   */
  @Override
  public String toString() {
    return "Gap[" + id() + " " + type() + " " + severity() + " at " + location() + "]";
  }

  /** Builds a {@link Gap}; id, type and title are required. */
  public interface Builder {
    /**
     * Copies every field of {@code gap} into this builder; lists are appended to.
     *
     * @param gap the gap to start from
     * @return this builder
     */
    Builder from(Gap gap);

    /**
     * Sets the id.
     *
     * @param id the id
     * @return this builder
     */
    Builder id(String id);

    /**
     * Sets the type.
     *
     * @param type the type
     * @return this builder
     */
    Builder type(GapType type);

    /**
     * Sets the title.
     *
     * @param title the title
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
     * Sets the severity.
     *
     * @param severity the severity
     * @return this builder
     */
    Builder severity(Severity severity);

    /**
     * Sets the location.
     *
     * @param location where on the map the gap is
     * @return this builder
     */
    Builder location(Location location);

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
     * Builds the gap.
     *
     * @return the gap
     * @throws ValidationException if a rule is broken
     */
    Gap build();
  }
}
