package io.github.journeykit.core.path;

import io.github.journeykit.core.internal.Problems;
import io.github.journeykit.core.internal.ValueStyle;
import java.util.List;
import org.immutables.value.Value;

/**
 * What happened to one customer: a case of an event log as a journey of its own, the actual journey
 * of CJML set against the planned one (Halvorsrud, Kvale and Følstad, "Improving service quality
 * through customer journey analysis", 2016). Its steps come in time order, with the required steps
 * the customer did not take placed where they were due.
 *
 * <pre>{@code
 * ActualJourney carl = ActualJourney.of("case-17", List.of(
 *     ActualStep.of("form", Instant.parse("2026-11-02T10:15:00Z")),
 *     ActualStep.missing("id-check")));
 * carl.conforms(); // false
 * }</pre>
 */
@Value.Immutable
@ValueStyle
public abstract class ActualJourney {
  ActualJourney() {}

  /**
   * An actual journey.
   *
   * @param caseId the case: one customer's journey in the event log
   * @param steps the steps in time order, missing ones where they were due
   * @return the journey
   */
  public static ActualJourney of(String caseId, List<ActualStep> steps) {
    return ImmutableActualJourney.of(caseId, steps);
  }

  /**
   * The case: one customer's journey in the event log.
   *
   * @return the case id
   */
  @Value.Parameter
  public abstract String caseId();

  /**
   * The steps in time order, missing ones where they were due.
   *
   * @return the steps
   */
  @Value.Parameter
  public abstract List<ActualStep> steps();

  /**
   * Whether the case followed the designed journey: no step deviates.
   *
   * @return true if no step has a deviation
   */
  public boolean conforms() {
    return steps().stream().noneMatch(ActualStep::deviates);
  }

  @Value.Check
  final void check() {
    Problems.of("ActualJourney").text("caseId", caseId()).throwIfAny();
  }

  /**
   * A short form such as {@code case-17: form > id-check (missing)}.
   *
   * @return the journey in words
   */
  @Override
  public String toString() {
    StringBuilder words = new StringBuilder(caseId()).append(':');
    for (int i = 0; i < steps().size(); i++) {
      ActualStep step = steps().get(i);
      words.append(i == 0 ? " " : " > ").append(step.step()).append(step.deviationWords());
    }
    return words.toString();
  }
}
