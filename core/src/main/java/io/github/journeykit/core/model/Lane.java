package io.github.journeykit.core.model;

/**
 * Where a step sits in a service blueprint (Shostack 1984; Bitner, Ostrom and Morgan 2008). The
 * lanes are separated by the line of interaction (between customer and frontstage), the line of
 * visibility (between frontstage and backstage) and the line of internal interaction (between
 * backstage and support processes).
 *
 * <pre>{@code
 * List<Touchpoint> hidden = journey.touchpointsIn(Lane.BACKSTAGE);
 * }</pre>
 */
public enum Lane {
  /** What the customer does. */
  CUSTOMER_ACTION,
  /** What the customer sees people or systems do. */
  FRONTSTAGE,
  /** What people and systems do out of the customer's sight. */
  BACKSTAGE,
  /** The internal services and systems that support the steps above. */
  SUPPORT_PROCESS
}
