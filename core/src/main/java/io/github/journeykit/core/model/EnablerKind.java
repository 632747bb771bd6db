package io.github.journeykit.core.model;

/**
 * The kinds of thing behind a touchpoint: the "line of sight" from a journey map to the processes,
 * people, data, technology and capabilities that impact the experience (HOED Research, the
 * organisational gap).
 *
 * <pre>{@code
 * Enabler crm = Enabler.of(EnablerKind.TECHNOLOGY, "CRM case management");
 * }</pre>
 */
public enum EnablerKind {
  /** A business process. */
  PROCESS,
  /** A team or role. */
  PEOPLE,
  /** A data set or data flow. */
  DATA,
  /** A system or tool. */
  TECHNOLOGY,
  /** An organisational capability. */
  CAPABILITY
}
