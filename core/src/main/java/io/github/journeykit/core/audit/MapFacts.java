package io.github.journeykit.core.audit;

import io.github.journeykit.core.model.ActionItem;
import io.github.journeykit.core.model.ActionStatus;
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
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What rules and the governance summary both count, defined once so that a rule's finding and the
 * summary's share never disagree.
 */
final class MapFacts {
  private MapFacts() {}

  /** A touchpoint's current measurement of one metric, with its path. */
  static final class Current {
    final JourneyElement touchpoint;
    final String path;
    final Measurement measurement;

    Current(JourneyElement touchpoint, String path, Measurement measurement) {
      this.touchpoint = touchpoint;
      this.path = path;
      this.measurement = measurement;
    }

    Touchpoint touchpoint() {
      return touchpoint.as(Touchpoint.class);
    }
  }

  /**
   * What follows up what: the actions, not dropped, by the ids they address; the elements gaps are
   * at; and the moments at each touchpoint. Built in one pass, so that rules asking this of every
   * element stay linear on large maps.
   */
  static final class FollowUps {
    private final Map<String, List<ActionItem>> actions = new HashMap<>();
    private final Set<String> gapLocations = new HashSet<>();
    private final Map<String, List<MomentThatMatters>> moments = new HashMap<>();

    FollowUps(Journey journey) {
      for (ActionItem action : journey.actions()) {
        if (action.status() != ActionStatus.DROPPED) {
          addressing(action, action.gapIds());
          addressing(action, action.momentIds());
          addressing(action, action.touchpointIds());
        }
      }
      for (Gap gap : journey.gaps()) {
        gap.location().elementId().ifPresent(gapLocations::add);
      }
      for (MomentThatMatters moment : journey.moments()) {
        moments.computeIfAbsent(moment.touchpointId(), k -> new ArrayList<>()).add(moment);
      }
    }

    private void addressing(ActionItem action, List<String> ids) {
      for (String id : ids) {
        actions.computeIfAbsent(id, k -> new ArrayList<>()).add(action);
      }
    }

    /** The actions, not dropped, that address the element. */
    List<ActionItem> of(String elementId) {
      return actions.getOrDefault(elementId, List.of());
    }

    /** Whether a gap is at the element. */
    boolean hasGapAt(String elementId) {
      return gapLocations.contains(elementId);
    }

    /** The moments that matter at the touchpoint. */
    List<MomentThatMatters> momentsAt(String touchpointId) {
      return moments.getOrDefault(touchpointId, List.of());
    }
  }

  /** The elements of one kind, in journey order. */
  static List<JourneyElement> elements(Journey journey, ElementKind kind) {
    List<JourneyElement> elements = new ArrayList<>();
    for (JourneyElement element : journey.elements()) {
      if (element.kind() == kind) {
        elements.add(element);
      }
    }
    return elements;
  }

  /**
   * The current measurements: at each touchpoint, the latest measurement of each metric. Older ones
   * are the metric's history, not what the map claims today.
   */
  static List<Current> currentMeasurements(Journey journey) {
    List<Current> current = new ArrayList<>();
    for (JourneyElement element : elements(journey, ElementKind.TOUCHPOINT)) {
      Touchpoint touchpoint = element.as(Touchpoint.class);
      List<Measurement> measurements = touchpoint.measurements();
      // Once per metric, not per measurement: a long history stays linear.
      Map<Metric, Measurement> latest = new HashMap<>();
      for (int i = 0; i < measurements.size(); i++) {
        Measurement measurement = measurements.get(i);
        if (latest.computeIfAbsent(measurement.metric(), m -> touchpoint.latest(m).get())
            == measurement) {
          current.add(
              new Current(element, element.path() + ".measurements[" + i + "]", measurement));
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
    List<Current> current = currentMeasurements(journey);
    int fresh = 0;
    for (Current c : current) {
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
              .map(MapFacts::hasEvidence)
              .orElse(false);
    }
    MomentThatMatters moment = claim.as(MomentThatMatters.class);
    return !moment.evidence().isEmpty()
        || journey.touchpoint(moment.touchpointId()).map(MapFacts::hasEvidence).orElse(false);
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
