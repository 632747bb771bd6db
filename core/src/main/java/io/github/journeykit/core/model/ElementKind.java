package io.github.journeykit.core.model;

import java.util.Locale;

/**
 * The kinds of element a journey holds by id.
 *
 * <pre>{@code
 * journey.find("form").map(JourneyElement::kind); // Optional[TOUCHPOINT]
 * }</pre>
 */
public enum ElementKind {
  /** A {@link Persona}. */
  PERSONA,
  /** A {@link Stage}. */
  STAGE,
  /** A {@link Touchpoint}. */
  TOUCHPOINT,
  /** A {@link MomentThatMatters}. */
  MOMENT,
  /** A {@link Gap}. */
  GAP,
  /** An {@link ActionItem}. */
  ACTION,
  /** A {@link Kpi}. */
  KPI;

  /**
   * The kind in lower case, as messages name it.
   *
   * @return such as {@code touchpoint}
   */
  String word() {
    return this == KPI ? "KPI" : name().toLowerCase(Locale.ROOT);
  }
}
