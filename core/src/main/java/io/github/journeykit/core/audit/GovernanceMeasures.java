package io.github.journeykit.core.audit;

import io.github.journeykit.core.model.ElementKind;
import io.github.journeykit.core.model.Gap;
import io.github.journeykit.core.model.Governance;
import io.github.journeykit.core.model.Journey;
import io.github.journeykit.core.model.JourneyElement;
import io.github.journeykit.core.model.KpiKind;
import io.github.journeykit.core.model.Measurement;
import io.github.journeykit.core.model.Metric;
import io.github.journeykit.core.model.MomentThatMatters;
import io.github.journeykit.core.model.Stage;
import io.github.journeykit.core.model.Touchpoint;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the governance summary measures and the rules judge by: the current measurements and their
 * freshness, owner coverage, the evidence behind the map's claims, the mix of KPIs and the review
 * status. Defined once, so that a rule's finding and the summary's share never disagree.
 */
final class GovernanceMeasures {
  private GovernanceMeasures() {}

  /** A touchpoint's current measurement of one metric, with its path. */
  static final class CurrentMeasurement {
    final JourneyElement touchpoint;
    final String path;
    final Measurement measurement;

    CurrentMeasurement(JourneyElement touchpoint, String path, Measurement measurement) {
      this.touchpoint = touchpoint;
      this.path = path;
      this.measurement = measurement;
    }

    Touchpoint touchpoint() {
      return touchpoint.as(Touchpoint.class);
    }
  }

  /**
   * The current measurements: at each touchpoint, the latest measurement of each metric. Older ones
   * are the metric's history, not what the map claims today.
   */
  static List<CurrentMeasurement> currentMeasurements(Journey journey) {
    List<CurrentMeasurement> current = new ArrayList<>();
    for (JourneyElement element : Inspections.elements(journey, ElementKind.TOUCHPOINT)) {
      Touchpoint touchpoint = element.as(Touchpoint.class);
      List<Measurement> measurements = touchpoint.measurements();
      // Once per metric, not per measurement: a long history stays linear.
      Map<Metric, Measurement> latest = new HashMap<>();
      for (int i = 0; i < measurements.size(); i++) {
        Measurement measurement = measurements.get(i);
        if (latest.computeIfAbsent(measurement.metric(), m -> touchpoint.latest(m).get())
            == measurement) {
          current.add(
              new CurrentMeasurement(
                  element, element.path() + ".measurements[" + i + "]", measurement));
        }
      }
    }
    return current;
  }

  /** Whether a measurement was collected no longer than {@code staleAfter} before {@code asOf}. */
  static boolean isFresh(Measurement measurement, LocalDate asOf, Period staleAfter) {
    return measurement.collected().map(d -> !d.plus(staleAfter).isBefore(asOf)).orElse(false);
  }

  /** The share of current measurements that are fresh. */
  static Share freshness(Journey journey, LocalDate asOf, Period staleAfter) {
    List<CurrentMeasurement> current = currentMeasurements(journey);
    int fresh = 0;
    for (CurrentMeasurement c : current) {
      fresh += isFresh(c.measurement, asOf, staleAfter) ? 1 : 0;
    }
    return Share.of(fresh, current.size());
  }

  /** The share of stages and touchpoints that have an owner. */
  static Share ownerCoverage(Journey journey) {
    int steps = 0;
    int owned = 0;
    for (JourneyElement element : journey.elements()) {
      if (element.kind() == ElementKind.STAGE || element.kind() == ElementKind.TOUCHPOINT) {
        steps++;
        owned += owner(element).isPresent() ? 1 : 0;
      }
    }
    return Share.of(owned, steps);
  }

  private static Optional<String> owner(JourneyElement element) {
    switch (element.kind()) {
      case STAGE:
        return element.as(Stage.class).owner();
      case TOUCHPOINT:
        return element.as(Touchpoint.class).owner();
      default:
        return Optional.empty();
    }
  }

  /** The claims of the map, gaps and moments that matter, in journey order. */
  static List<JourneyElement> claims(Journey journey) {
    List<JourneyElement> claims = new ArrayList<>();
    for (JourneyElement element : journey.elements()) {
      if (element.kind() == ElementKind.GAP || element.kind() == ElementKind.MOMENT) {
        claims.add(element);
      }
    }
    return claims;
  }

  /**
   * Whether a claim has evidence: its own, or that of the touchpoint it is at. A claim without
   * evidence is an assumption ("Customer Journey Mapping", on experience scores).
   */
  static boolean isEvidenced(Journey journey, JourneyElement claim) {
    if (claim.kind() == ElementKind.GAP) {
      Gap gap = claim.as(Gap.class);
      return !gap.evidence().isEmpty()
          || gap.location()
              .elementId()
              .flatMap(journey::touchpoint)
              .map(GovernanceMeasures::hasEvidence)
              .orElse(false);
    }
    MomentThatMatters moment = claim.as(MomentThatMatters.class);
    return !moment.evidence().isEmpty()
        || journey
            .touchpoint(moment.touchpointId())
            .map(GovernanceMeasures::hasEvidence)
            .orElse(false);
  }

  private static boolean hasEvidence(Touchpoint touchpoint) {
    return !touchpoint.evidence().isEmpty();
  }

  /** The share of claims that have evidence. */
  static Share evidence(Journey journey) {
    List<JourneyElement> claims = claims(journey);
    int evidenced = 0;
    for (JourneyElement claim : claims) {
      evidenced += isEvidenced(journey, claim) ? 1 : 0;
    }
    return Share.of(evidenced, claims.size());
  }

  /** The share of KPIs of the given kind. */
  static Share kpis(Journey journey, KpiKind kind) {
    int count = (int) journey.kpis().stream().filter(k -> k.kind() == kind).count();
    return Share.of(count, journey.kpis().size());
  }

  /** Whether the map is reviewed on time. */
  static ReviewStatus reviewStatus(Governance governance, LocalDate asOf) {
    return governance
        .nextReviewDue()
        .map(due -> due.isBefore(asOf) ? ReviewStatus.OVERDUE : ReviewStatus.ON_SCHEDULE)
        .orElse(ReviewStatus.UNSCHEDULED);
  }
}
