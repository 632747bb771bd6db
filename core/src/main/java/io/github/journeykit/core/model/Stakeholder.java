package io.github.journeykit.core.model;

import io.github.journeykit.core.internal.Problems;
import io.github.journeykit.core.internal.ValueStyle;
import org.immutables.value.Value;

/**
 * Someone with a role in keeping a journey map alive. Stakeholders who do not know their role are
 * one reason maps fail (Gartner, "What you need are strong governance and oversight").
 *
 * <pre>{@code
 * Stakeholder cfo = Stakeholder.of("Dana Okafor, CFO", "Sponsor: approves the budget");
 * }</pre>
 */
@Value.Immutable
@ValueStyle
public abstract class Stakeholder {
  Stakeholder() {}

  /**
   * A stakeholder and their role.
   *
   * @param name the person or team
   * @param role what they do for the map
   * @return the stakeholder
   */
  public static Stakeholder of(String name, String role) {
    return ImmutableStakeholder.of(name, role);
  }

  /**
   * The person or team.
   *
   * @return the name
   */
  @Value.Parameter
  public abstract String name();

  /**
   * What they do for the map.
   *
   * @return the role
   */
  @Value.Parameter
  public abstract String role();

  @Value.Check
  final void check() {
    Problems.of("Stakeholder", name()).text("name", name()).text("role", role()).throwIfAny();
  }

  /**
   * A short form such as {@code Dana Okafor, CFO (Sponsor)}.
   *
   * @return the stakeholder in words
   */
  @Override
  public String toString() {
    return name() + " (" + role() + ")";
  }
}
