package io.github.journeykit.core.model;

import static io.github.journeykit.core.fixtures.Theories.qt;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.journeykit.core.fixtures.JourneyGenerators;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The queries of what is at an element answer as a scan of the journey's lists would. */
class JourneyQueriesProperties {
  @Test
  void whatIsAtAnElementIsWhatAScanFinds() {
    qt().forAll(JourneyGenerators.journeys())
        .checkAssert(
            journey -> {
              assertScansAgree(journey);
              assertScansAgree(withRepeatingAction(journey));
            });
  }

  /**
   * The journey with one more action that names every gap, moment and touchpoint twice: it must
   * still be listed once at each.
   */
  private static Journey withRepeatingAction(Journey journey) {
    ActionItem.Builder action = ActionItem.builder("again", "Named twice", ActionKind.FIX);
    for (int twice = 0; twice < 2; twice++) {
      journey.gaps().forEach(g -> action.addGapId(g.id()));
      journey.moments().forEach(m -> action.addMomentId(m.id()));
      journey.touchpoints().forEach(t -> action.addTouchpointId(t.id()));
    }
    return journey.withAction(action.build());
  }

  private static void assertScansAgree(Journey journey) {
    List<String> ids = new ArrayList<>();
    journey.elements().forEach(e -> ids.add(e.id()));
    ids.add("nowhere");
    for (String id : ids) {
      assertEquals(
          journey.moments().stream()
              .filter(m -> m.touchpointId().equals(id))
              .collect(Collectors.toList()),
          journey.momentsAt(id),
          id);
      assertEquals(
          journey.gaps().stream()
              .filter(g -> g.location().elementId().equals(Optional.of(id)))
              .collect(Collectors.toList()),
          journey.gapsAt(id),
          id);
      assertEquals(
          journey.actions().stream()
              .filter(
                  a ->
                      a.gapIds().contains(id)
                          || a.momentIds().contains(id)
                          || a.touchpointIds().contains(id))
              .collect(Collectors.toList()),
          journey.actionsAddressing(id),
          id);
      assertEquals(
          journey.stages().stream()
              .filter(s -> s.touchpoints().stream().anyMatch(t -> t.id().equals(id)))
              .findFirst(),
          journey.stageOf(id),
          id);
    }
  }
}
