package io.github.journeykit.analytics.eventlog;

import io.github.journeykit.core.internal.Numbers;
import io.github.journeykit.core.internal.ValueStyle;
import io.github.journeykit.core.path.DeviationKind;
import java.util.List;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * How one case kept to the designed journey: its steps, the cost of its alignment to the plan, the
 * worst cost, the fitness {@code 1 - cost / worst} and each deviation with its place, explained as
 * the scores explain themselves.
 *
 * <pre>{@code
 * CaseConformance one = PathAnalysis.of(journey).conformance(events);
 * one.explanation();
 * // fitness = 1 - 2 / 9 = 0.7778: missing id-upload at 2 (cost 1); ad hoc "Call: where is my
 * // card" at 4 (cost 1)
 * }</pre>
 */
@Value.Immutable
@ValueStyle
public abstract class CaseConformance {
  CaseConformance() {}

  static CaseConformance of(
      String caseId, List<String> steps, int cost, int worst, List<Deviation> deviations) {
    return ImmutableCaseConformance.builder()
        .caseId(caseId)
        .steps(steps)
        .cost(cost)
        .worstCost(worst)
        .deviations(deviations)
        .build();
  }

  /**
   * The case.
   *
   * @return the case id
   */
  public abstract String caseId();

  /**
   * The case's steps in time order: touchpoint ids, and the activities of ad hoc steps.
   *
   * @return the steps
   */
  public abstract List<String> steps();

  /**
   * The cost of the alignment: 1 for each event that takes no step where it stands and each
   * required step left out.
   *
   * @return the cost
   */
  public abstract int cost();

  /**
   * The cost if no event took a step: every event plus every required step up to the furthest stage
   * the case reached.
   *
   * @return the worst cost
   */
  public abstract int worstCost();

  /**
   * Every deviation, ad hoc, repeated and out-of-order steps first in the order of the case, then
   * missing steps, then failing events.
   *
   * @return the deviations
   */
  public abstract List<Deviation> deviations();

  /**
   * The fitness: {@code 1 - cost / worst cost}, 1 when the worst cost is 0.
   *
   * @return the fitness, in [0, 1]
   */
  public double fitness() {
    return worstCost() == 0 ? 1 : 1 - (double) cost() / worstCost();
  }

  /**
   * Whether the case kept to the designed journey: no deviation of any kind.
   *
   * @return true when there is no deviation
   */
  public boolean conforms() {
    return deviations().isEmpty();
  }

  /**
   * How the fitness comes about, such as {@code fitness = 1 - 2 / 9 = 0.7778: missing id-upload at
   * 2 (cost 1); ad hoc Call at 4 (cost 1)}. A failing event costs nothing in the alignment.
   *
   * @return the explanation
   */
  public String explanation() {
    String figure =
        "fitness = 1 - " + cost() + " / " + worstCost() + " = " + Numbers.show(fitness());
    if (deviations().isEmpty()) {
      return figure + ": no deviation";
    }
    return figure
        + ": "
        + deviations().stream()
            .map(d -> d + (d.kind() == DeviationKind.FAILING ? " (no cost)" : " (cost 1)"))
            .collect(Collectors.joining("; "));
  }

  @Override
  public String toString() {
    return "CaseConformance[" + caseId() + " " + explanation() + "]";
  }
}
