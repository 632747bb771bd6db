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
  PERSONA("personas"),
  /** A {@link Stage}. */
  STAGE("stages"),
  /** A {@link Touchpoint}. */
  TOUCHPOINT("stages"),
  /** A {@link MomentThatMatters}. */
  MOMENT("moments"),
  /** A {@link Gap}. */
  GAP("gaps"),
  /** An {@link ActionItem}. */
  ACTION("actions"),
  /** A {@link Kpi}. */
  KPI("kpis");

  private final String listName;

  ElementKind(String listName) {
    this.listName = listName;
  }

  /**
   * The journey's field that lists elements of this kind (a touchpoint's stage, for touchpoints).
   */
  String listName() {
    return listName;
  }

  /**
   * The kind in lower case, as messages and reports name it.
   *
   * @return such as {@code touchpoint}, or {@code KPI}
   */
  public String word() {
    return this == KPI ? "KPI" : name().toLowerCase(Locale.ROOT);
  }
}
