package io.github.journeykit.core.model;

/**
 * The kinds of gap a map names: the four activation gaps that keep journey maps from driving
 * results (HOED Research, "Four customer journey mapping gaps") and the experience gap at a step,
 * perception minus expectation (Gartner; SERVQUAL gap 5).
 *
 * <pre>{@code
 * List<Gap> organisational = journey.gaps(GapType.ORGANISATIONAL);
 * }</pre>
 */
public enum GapType {
  /** Promises the experience does not keep. */
  CUSTOMER_EXPECTATIONS(true),
  /** Missing capabilities, silos, systems or structure to carry out the fixes the map finds. */
  ORGANISATIONAL(true),
  /** Leaders who believe something other than what customers experience. */
  LEADERSHIP_UNDERSTANDING(true),
  /** Employees without the skills, knowledge or tools to deliver the improved experience. */
  EMPLOYEE_KNOWLEDGE_AND_SKILLS(true),
  /** Perception below expectation at a step (SERVQUAL gap 5). */
  EXPERIENCE(false);

  private final boolean activationGap;

  GapType(boolean activationGap) {
    this.activationGap = activationGap;
  }

  /**
   * Whether this is one of the four activation gaps of HOED Research.
   *
   * @return false only for {@link #EXPERIENCE}
   */
  public boolean isActivationGap() {
    return activationGap;
  }
}
