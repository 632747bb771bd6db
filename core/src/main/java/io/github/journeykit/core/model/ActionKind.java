package io.github.journeykit.core.model;

/**
 * What an action item does about a gap, a moment or a touchpoint (Walters and "Customer Journey
 * Mapping").
 *
 * <pre>{@code
 * ActionItem pilot = ActionItem.of("video-id", "Pilot video identification", ActionKind.PILOT);
 * }</pre>
 */
public enum ActionKind {
  /** Repairs something broken. */
  FIX,
  /** Makes a good moment better ("turn a 7 into a 10"). */
  AMPLIFY,
  /** Tries a change on a small scale first: a pilot or an experiment. */
  PILOT,
  /** Finds out more before acting. */
  RESEARCH,
  /** Gives employees the skills and knowledge to deliver the experience. */
  TRAINING,
  /** Shares the map and its progress with the people who must act on it. */
  COMMUNICATION
}
