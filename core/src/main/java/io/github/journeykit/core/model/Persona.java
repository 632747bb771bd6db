package io.github.journeykit.core.model;

import io.github.journeykit.core.internal.Problems;
import io.github.journeykit.core.internal.ValueStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The customer, or customer segment, whose journey a map follows.
 *
 * <pre>{@code
 * Persona sam = Persona.builder("sam", "Sam, first-time saver")
 *     .segment("Young adults").addGoal("Get paid into a real account").build();
 * }</pre>
 */
@Value.Immutable
@ValueStyle
public abstract class Persona {
  Persona() {}

  /**
   * A new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return ImmutablePersona.builder();
  }

  /**
   * A builder with the required fields set.
   *
   * @param id the persona's identifier, unique in its journey
   * @param name the persona's name
   * @return the builder
   */
  public static Builder builder(String id, String name) {
    return builder().id(id).name(name);
  }

  /**
   * A persona with only an id and a name.
   *
   * @param id the persona's identifier, unique in its journey
   * @param name the persona's name
   * @return the persona
   */
  public static Persona of(String id, String name) {
    return builder(id, name).build();
  }

  /**
   * The identifier, unique among all elements of the journey.
   *
   * @return the id
   */
  public abstract String id();

  /**
   * The persona's name, such as "Sam, first-time saver".
   *
   * @return the name
   */
  public abstract String name();

  /**
   * The customer segment the persona stands for.
   *
   * @return the segment, if any
   */
  public abstract Optional<String> segment();

  /**
   * More about the persona.
   *
   * @return the description, if any
   */
  public abstract Optional<String> description();

  /**
   * What the persona wants to achieve.
   *
   * @return the goals
   */
  public abstract List<String> goals();

  @Value.Check
  final void check() {
    Problems.of("Persona", id())
        .id("id", id())
        .text("name", name())
        .text("segment", segment())
        .text("description", description())
        .texts("goals", goals())
        .throwIfAny();
  }

  /**
   * A short form such as {@code Persona[sam "Sam, first-time saver"]}.
   *
   * @return the persona in words
   */
  @Override
  public String toString() {
    return "Persona[" + id() + " \"" + name() + "\"]";
  }

  /** Builds a {@link Persona}; id and name are required. */
  public interface Builder {
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
     * Sets the segment.
     *
     * @param segment the segment
     * @return this builder
     */
    Builder segment(String segment);

    /**
     * Sets the description.
     *
     * @param description the description
     * @return this builder
     */
    Builder description(String description);

    /**
     * Adds a goal.
     *
     * @param goal the goal
     * @return this builder
     */
    Builder addGoal(String goal);

    /**
     * Adds goals.
     *
     * @param goals the goals
     * @return this builder
     */
    Builder addAllGoals(Iterable<String> goals);

    /**
     * Builds the persona.
     *
     * @return the persona
     * @throws ValidationException if a rule is broken
     */
    Persona build();
  }
}
