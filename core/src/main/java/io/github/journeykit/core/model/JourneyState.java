package io.github.journeykit.core.model;

/**
 * Whether a map shows the journey as it is or as it should be.
 *
 * <pre>{@code
 * Journey toBe = Journey.builder("open-account-future", "Open a current account")
 *     .state(JourneyState.FUTURE).counterpartId("open-account").build();
 * }</pre>
 */
public enum JourneyState {
  /** The journey as customers experience it today (as-is). */
  CURRENT,
  /** The journey as it should be: the desired state (to-be). */
  FUTURE
}
