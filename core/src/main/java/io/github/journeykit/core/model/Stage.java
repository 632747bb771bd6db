package io.github.journeykit.core.model;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.journeykit.core.internal.Problems;
import io.github.journeykit.core.internal.ValueStyle;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A phase of a journey (Discover, Apply, Onboard, Use, Get help) with what the customer wants to
 * achieve in it, and its touchpoints in order.
 *
 * <pre>{@code
 * Stage apply = Stage.builder("apply", "Apply")
 *     .goal("Open an account in minutes, without visiting a branch")
 *     .addTouchpoint(Touchpoint.of("form", "Fill in the online form", Channel.WEB))
 *     .addTouchpoint(Touchpoint.of("id-check", "Prove who I am", Channel.APP))
 *     .build();
 * }</pre>
 */
@Value.Immutable
@ValueStyle
public abstract class Stage {
  Stage() {}

  /**
   * A new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return ImmutableStage.builder();
  }

  /**
   * A builder with the required fields set.
   *
   * @param id the stage's identifier, unique in its journey
   * @param name the stage's name
   * @return the builder
   */
  public static Builder builder(String id, String name) {
    return builder().id(id).name(name);
  }

  /**
   * The identifier, unique among all elements of the journey.
   *
   * @return the id
   */
  public abstract String id();

  /**
   * The stage's name, such as "Apply".
   *
   * @return the name
   */
  public abstract String name();

  /**
   * What the customer wants to achieve in this stage.
   *
   * @return the goal, if stated
   */
  public abstract Optional<String> goal();

  /**
   * More about the stage.
   *
   * @return the description, if any
   */
  public abstract Optional<String> description();

  /**
   * Who is responsible for the stage.
   *
   * @return the owner, if any
   */
  public abstract Optional<String> owner();

  /**
   * The touchpoints, in the order the customer meets them.
   *
   * @return the touchpoints
   */
  public abstract List<Touchpoint> touchpoints();

  /**
   * This stage with other touchpoints.
   *
   * @param touchpoints the touchpoints that replace the current ones
   * @return the stage with the touchpoints
   */
  public abstract Stage withTouchpoints(Iterable<? extends Touchpoint> touchpoints);

  /**
   * This stage with another owner.
   *
   * @param owner the owner
   * @return the stage with the owner
   */
  public abstract Stage withOwner(String owner);

  /**
   * The touchpoint with the given id in this stage.
   *
   * @param touchpointId the id
   * @return the touchpoint, if it is in this stage
   */
  public Optional<Touchpoint> touchpoint(String touchpointId) {
    requireNonNull(touchpointId, "touchpointId");
    return touchpoints().stream().filter(t -> t.id().equals(touchpointId)).findFirst();
  }

  /**
   * The distinct data sources of this stage's touchpoints, those they declare and those their
   * measurements name, each once, in order of first use. Listed once, when the stage is built and
   * its touchpoints are fresh in memory, so that a journey checks that each source id means one
   * source by reading one short list per stage instead of every measurement again.
   */
  @Value.Derived
  @Value.Auxiliary
  List<DataSource> sourcesInUse() {
    Set<DataSource> distinct = new LinkedHashSet<>();
    DataSource last = null;
    for (Touchpoint touchpoint : touchpoints()) {
      for (DataSource source : touchpoint.dataSources()) {
        if (source != last) {
          distinct.add(source);
          last = source;
        }
      }
      for (Measurement measurement : touchpoint.measurements()) {
        DataSource source = measurement.source().orElse(last);
        if (source != last) {
          distinct.add(source);
          last = source;
        }
      }
    }
    return ImmutableList.copyOf(distinct);
  }

  @Value.Check
  final void check() {
    Problems problems =
        Problems.of("Stage", id())
            .id("id", id())
            .text("name", name())
            .text("goal", goal())
            .text("description", description())
            .text("owner", owner());
    Map<String, Integer> seen = new HashMap<>();
    Map<String, Integer> firstOfStep = new HashMap<>();
    for (int i = 0; i < touchpoints().size(); i++) {
      Touchpoint touchpoint = touchpoints().get(i);
      Integer first = seen.putIfAbsent(touchpoint.id(), i);
      if (first != null) {
        problems.add(
            "touchpoints[" + i + "].id",
            "must be unique; touchpoints[" + first + "] has the same id",
            touchpoint.id());
      }
      if (touchpoint.step().isPresent()) {
        Integer stepFirst = firstOfStep.putIfAbsent(touchpoint.step().get(), i);
        if (stepFirst != null && touchpoints().get(stepFirst).optional() != touchpoint.optional()) {
          problems.add(
              "touchpoints[" + i + "].optional",
              "must be the same for every touchpoint of the step \""
                  + touchpoint.step().get()
                  + "\"; touchpoints["
                  + stepFirst
                  + "] differs",
              touchpoint.optional());
        }
      }
    }
    problems.throwIfAny();
  }

  /**
   * A short form such as {@code Stage[apply "Apply", 2 touchpoints]}.
   *
   * @return the stage in words
   */
  @Override
  public String toString() {
    return "Stage[" + id() + " \"" + name() + "\", " + touchpoints().size() + " touchpoints]";
  }

  /** Builds a {@link Stage}; id and name are required. */
  public interface Builder {
    /**
     * Copies every field of {@code stage} into this builder; lists are appended to.
     *
     * @param stage the stage to start from
     * @return this builder
     */
    Builder from(Stage stage);

    /**
     * Sets the id.
     *
     * @param id the id
     * @return this builder
     */
    Builder id(String id);

    /**
     * Sets the name.
     *
     * @param name the name
     * @return this builder
     */
    Builder name(String name);

    /**
     * Sets the customer's goal.
     *
     * @param goal the goal
     * @return this builder
     */
    Builder goal(String goal);

    /**
     * Sets the description.
     *
     * @param description the description
     * @return this builder
     */
    Builder description(String description);

    /**
     * Sets the owner.
     *
     * @param owner the owner
     * @return this builder
     */
    Builder owner(String owner);

    /**
     * Adds a touchpoint after those already added.
     *
     * @param touchpoint the touchpoint
     * @return this builder
     */
    Builder addTouchpoint(Touchpoint touchpoint);

    /**
     * Adds touchpoints after those already added.
     *
     * @param touchpoints the touchpoints
     * @return this builder
     */
    Builder addAllTouchpoints(Iterable<? extends Touchpoint> touchpoints);

    /**
     * Builds the stage.
     *
     * @return the stage
     * @throws ValidationException if a rule is broken
     */
    Stage build();
  }
}
