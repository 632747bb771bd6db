package io.github.journeykit.core.model;

import io.github.journeykit.core.internal.Problems;
import io.github.journeykit.core.internal.ValueStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What a {@link Measurement} measures. An open set: the constants cover what journey maps usually
 * carry (Gartner and "Customer Journey Mapping"), and {@link #of(String)} names any custom metric.
 *
 * <pre>{@code
 * Metric csat = Metric.CSAT;
 * Metric wait = Metric.of("wait-minutes");
 * Optional<Scale> usual = Metric.NPS.usualScale(); // the 0-10 answer scale
 * }</pre>
 */
@Value.Immutable
@ValueStyle
public abstract class Metric {
  /** What customers expect at a step (SERVQUAL "E"), usually on a 1-7 scale. */
  public static final Metric EXPECTATION = of("expectation");

  /** What customers perceive they got at a step (SERVQUAL "P"), usually on a 1-7 scale. */
  public static final Metric PERCEPTION = of("perception");

  /** How customers feel at a step, usually from -2 to +2 around a baseline of 0. */
  public static final Metric EMOTION = of("emotion");

  /** Customer satisfaction answers, usually 1-5. */
  public static final Metric CSAT = of("csat");

  /** Likelihood to recommend answers (Net Promoter), 0-10. */
  public static final Metric NPS = of("nps");

  /** Customer effort answers (CES 2.0: agreement that it was easy, 1-7). */
  public static final Metric CES = of("ces");

  /** Cost to serve per customer, in a currency. */
  public static final Metric COST = of("cost");

  /** How often the step happens in a period. */
  public static final Metric VOLUME = of("volume");

  /** The share of customers' journeys that reach the step, in percent: from an event log. */
  public static final Metric REACH = of("reach");

  /**
   * The share of the journeys that reach the step and take it again, in percent: failure demand,
   * from an event log.
   */
  public static final Metric REPEAT_RATE = of("repeat-rate");

  /**
   * The share of the journeys that reach the step's stage and go no further on the designed path,
   * in percent: from an event log.
   */
  public static final Metric DROP_OFF = of("drop-off");

  /** The median hours from reaching the step's stage to reaching the next: from an event log. */
  public static final Metric HOURS_TO_NEXT_STAGE = of("hours-to-next-stage");

  Metric() {}

  /**
   * The metric called {@code name}.
   *
   * @param name a key such as {@code csat} or {@code wait-minutes}
   * @return the metric
   * @throws ValidationException if the name is not a key
   */
  public static Metric of(String name) {
    return ImmutableMetric.of(name);
  }

  /**
   * The metric's name.
   *
   * @return a key such as {@code csat}
   */
  @Value.Parameter
  public abstract String name();

  /**
   * The scale this metric is usually measured on, for the built-in metrics.
   *
   * @return the usual scale, or empty for custom metrics
   */
  public Optional<Scale> usualScale() {
    switch (name()) {
      case "expectation":
      case "perception":
        return Optional.of(Scale.LIKERT_7);
      case "emotion":
        return Optional.of(Scale.EMOTION);
      case "csat":
        return Optional.of(Scale.CSAT_ANSWER);
      case "nps":
        return Optional.of(Scale.NPS_ANSWER);
      case "ces":
        return Optional.of(Scale.CES_ANSWER);
      case "cost":
      case "volume":
      case "hours-to-next-stage":
        return Optional.of(Scale.atLeast(0));
      case "reach":
      case "repeat-rate":
      case "drop-off":
        return Optional.of(Scale.PERCENT);
      default:
        return Optional.empty();
    }
  }

  @Value.Check
  final void check() {
    Problems.of("Metric").key("name", name()).throwIfAny();
  }

  /**
   * The name.
   *
   * @return the name, such as {@code csat}
   */
  @Override
  public String toString() {
    return name();
  }
}
