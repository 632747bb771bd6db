package io.github.journeykit.core.model;

import io.github.journeykit.core.internal.Problems;
import io.github.journeykit.core.internal.ValueStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A process, team, data set, system or capability behind a touchpoint.
 *
 * <pre>{@code
 * Enabler kyc = Enabler.builder().kind(EnablerKind.PROCESS).name("Identity check")
 *     .owner("Onboarding operations").build();
 * }</pre>
 */
@Value.Immutable
@ValueStyle
public abstract class Enabler {
  Enabler() {}

  /**
   * A new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return ImmutableEnabler.builder();
  }

  /**
   * An enabler with a kind and a name.
   *
   * @param kind what sort of enabler
   * @param name its name
   * @return the enabler
   */
  public static Enabler of(EnablerKind kind, String name) {
    return builder().kind(kind).name(name).build();
  }

  /**
   * What sort of enabler this is.
   *
   * @return the kind
   */
  public abstract EnablerKind kind();

  /**
   * Its name.
   *
   * @return the name
   */
  public abstract String name();

  /**
   * What it does for the touchpoint.
   *
   * @return the description, if any
   */
  public abstract Optional<String> description();

  /**
   * Who is responsible for it.
   *
   * @return the owner, if known
   */
  public abstract Optional<String> owner();

  @Value.Check
  final void check() {
    Problems.of("Enabler", name())
        .text("name", name())
        .text("description", description())
        .text("owner", owner())
        .throwIfAny();
  }

  /**
   * A short form such as {@code TECHNOLOGY "CRM"}.
   *
   * @return the enabler in words
   */
  @Override
  public String toString() {
    return kind() + " \"" + name() + "\"";
  }

  /** Builds an {@link Enabler}; kind and name are required. */
  public interface Builder {
    /**
     * Sets the kind.
     *
     * @param kind the kind
     * @return this builder
     */
    Builder kind(EnablerKind kind);

    /**
     * Sets the name.
     *
     * @param name the name
     * @return this builder
     */
    Builder name(String name);

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
     * Builds the enabler.
     *
     * @return the enabler
     * @throws ValidationException if a rule is broken
     */
    Enabler build();
  }
}
