package io.github.journeykit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.journeykit.core.model.Gap;
import io.github.journeykit.core.model.GapType;
import io.github.journeykit.core.model.Journey;
import io.github.journeykit.core.model.JourneyState;
import io.github.journeykit.core.model.Kpi;
import io.github.journeykit.core.model.KpiKind;
import io.github.journeykit.core.model.MomentThatMatters;
import io.github.journeykit.core.model.Polarity;
import io.github.journeykit.core.model.Touchpoint;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The samples carry everything the model can hold, so that every feature has data to show. */
class SamplesTest {
  /** The three journeys; the desired-state version of the first is checked on its own below. */
  static List<Journey> samples() {
    return List.of(Samples.openAccount(), Samples.broadbandFault(), Samples.orderAndReturn());
  }

  @ParameterizedTest
  @MethodSource("samples")
  void eachSampleIsARichMap(Journey journey) {
    assertFalse(journey.personas().isEmpty());
    assertTrue(journey.stages().size() >= 4 && journey.stages().size() <= 6, journey.id());
    assertTrue(journey.touchpoints().stream().map(Touchpoint::channel).distinct().count() >= 4);
    assertTrue(journey.touchpoints().stream().map(Touchpoint::lane).distinct().count() >= 3);
    assertTrue(journey.touchpoints().stream().anyMatch(t -> !t.enablers().isEmpty()));
    Set<String> sources =
        journey.touchpoints().stream()
            .flatMap(t -> t.measurements().stream())
            .flatMap(m -> m.source().stream())
            .map(s -> s.id())
            .collect(Collectors.toSet());
    assertFalse(sources.isEmpty(), "measurements name their data sources");
    assertTrue(
        journey.touchpoints().stream().map(Touchpoint::evidence).mapToLong(List::size).sum() > 0);
    assertEquals(
        EnumSet.allOf(Polarity.class),
        journey.moments().stream()
            .map(MomentThatMatters::polarity)
            .collect(Collectors.toCollection(() -> EnumSet.noneOf(Polarity.class))));
    assertEquals(
        EnumSet.allOf(GapType.class),
        journey.gaps().stream()
            .map(Gap::type)
            .collect(Collectors.toCollection(() -> EnumSet.noneOf(GapType.class))));
    assertTrue(journey.actions().stream().anyMatch(a -> !a.kpiIds().isEmpty()));
    assertEquals(
        EnumSet.allOf(KpiKind.class),
        journey.kpis().stream()
            .map(Kpi::kind)
            .collect(Collectors.toCollection(() -> EnumSet.noneOf(KpiKind.class))));
    assertTrue(journey.governance().owner().isPresent());
    assertFalse(journey.painPoints().isEmpty(), "every sample has pain points to show");
  }

  @Test
  void theBankJourneyHasADesiredStateCounterpart() {
    Journey current = Samples.openAccount();
    Journey future = Samples.openAccountFuture();
    assertEquals(JourneyState.FUTURE, future.state());
    assertEquals(future, Samples.portfolio().counterpart(current.id()).get());
    assertTrue(future.painPoints().size() < current.painPoints().size());
    assertTrue(future.touchpoint("digital-card").isPresent());
    assertFalse(future.touchpoint("verify-call").isPresent());
  }
}
