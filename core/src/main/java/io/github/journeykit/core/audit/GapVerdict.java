package io.github.journeykit.core.audit;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.journeykit.core.internal.Problems;
import io.github.journeykit.core.internal.ValueStyle;
import io.github.journeykit.core.model.GapType;
import io.github.journeykit.core.model.Severity;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One activation gap of HOED Research in an {@link ActivationReport}: the findings that signal it,
 * and the verdict and sentence they lead to. Suppressed findings are listed but do not count.
 *
 * <pre>{@code
 * GapVerdict organisational = report.verdict(GapType.ORGANISATIONAL);
 * organisational.verdict();    // AT_RISK
 * organisational.sentence();   // 2 findings, none high or critical, signal owners, ...
 * }</pre>
 */
@Value.Immutable
@ValueStyle
public abstract class GapVerdict {
  GapVerdict() {}

  /**
   * The verdict on a gap.
   *
   * @param gap one of the four activation gaps
   * @param findings the findings that signal it, suppressed ones included
   * @return the verdict
   * @throws io.github.journeykit.core.model.ValidationException if the gap is not an activation gap
   *     or a finding signals another gap
   */
  public static GapVerdict of(GapType gap, List<Finding> findings) {
    requireNonNull(gap, "gap");
    requireNonNull(findings, "findings");
    return ImmutableGapVerdict.of(gap, findings);
  }

  /**
   * The activation gap.
   *
   * @return the gap
   */
  @Value.Parameter
  public abstract GapType gap();

  /**
   * The findings that signal the gap, suppressed ones included.
   *
   * @return the findings
   */
  @Value.Parameter
  public abstract List<Finding> findings();

  /**
   * The findings that count: those the map does not suppress.
   *
   * @return the active findings
   */
  public List<Finding> activeFindings() {
    return findings().stream()
        .filter(f -> !f.isSuppressed())
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * The findings the map suppresses, each with its reason.
   *
   * @return the suppressed findings
   */
  public List<Finding> suppressedFindings() {
    return findings().stream()
        .filter(Finding::isSuppressed)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * {@link Verdict#OPEN} if an active finding is high or critical, {@link Verdict#AT_RISK} if there
   * are active findings but none is, {@link Verdict#CLOSED} if there are none.
   *
   * @return the verdict
   */
  public Verdict verdict() {
    List<Finding> active = activeFindings();
    if (active.isEmpty()) {
      return Verdict.CLOSED;
    }
    return serious(active) > 0 ? Verdict.OPEN : Verdict.AT_RISK;
  }

  /**
   * The verdict in one sentence, with the counts behind it and what the findings signal, such as
   * {@code 2 findings, none high or critical, signal owners, enablers or follow-through missing to
   * carry out the fixes the map finds.}
   *
   * @return the sentence
   */
  public String sentence() {
    List<Finding> active = activeFindings();
    int suppressed = findings().size() - active.size();
    String sentence;
    if (active.isEmpty()) {
      sentence = "No finding signals " + signals(gap()) + ".";
    } else {
      int serious = serious(active);
      sentence =
          count(active.size(), "finding")
              + ", "
              + (serious == 0 ? "none" : Integer.toString(serious))
              + " high or critical, "
              + (active.size() == 1 ? "signals " : "signal ")
              + signals(gap())
              + ".";
    }
    if (suppressed > 0) {
      sentence +=
          " "
              + count(suppressed, "suppressed finding")
              + (suppressed == 1 ? " is" : " are")
              + " not counted.";
    }
    return sentence;
  }

  private static int serious(List<Finding> findings) {
    return (int) findings.stream().filter(f -> f.severity().compareTo(Severity.HIGH) >= 0).count();
  }

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  /** What findings of each gap signal, in words a CX lead recognises. */
  private static String signals(GapType gap) {
    switch (gap) {
      case CUSTOMER_EXPECTATIONS:
        return "expectations the map neither states nor measures";
      case ORGANISATIONAL:
        return "owners, enablers or follow-through missing to carry out the fixes the map finds";
      case LEADERSHIP_UNDERSTANDING:
        return "data too stale, thin or unproven to show leaders what customers experience";
      default:
        return "employees left without the skills or knowledge the improved experience needs";
    }
  }

  @Value.Check
  final void check() {
    Problems problems =
        Problems.of("GapVerdict", gap().name())
            .check(
                gap().isActivationGap(), "gap", "must be one of the four activation gaps", gap());
    for (int i = 0; i < findings().size(); i++) {
      Optional<GapType> signalled = findings().get(i).activationGap();
      problems.check(
          signalled.equals(Optional.of(gap())),
          "findings[" + i + "].activationGap",
          "must be " + gap(),
          signalled.orElse(null));
    }
    problems.throwIfAny();
  }

  /**
   * A short form such as {@code ORGANISATIONAL AT_RISK: 2 findings, none high or critical, ...}.
   *
   * @return the verdict in words
   */
  @Override
  public String toString() {
    return gap() + " " + verdict() + ": " + sentence();
  }
}
