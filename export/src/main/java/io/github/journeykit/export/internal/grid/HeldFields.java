package io.github.journeykit.export.internal.grid;

import io.github.journeykit.core.model.ActionItem;
import io.github.journeykit.core.model.Gap;
import io.github.journeykit.core.model.Governance;
import io.github.journeykit.core.model.Journey;
import io.github.journeykit.core.model.Measurement;
import io.github.journeykit.core.model.Metric;
import io.github.journeykit.core.model.MomentThatMatters;
import io.github.journeykit.core.model.Persona;
import io.github.journeykit.core.model.Stage;
import io.github.journeykit.core.model.Touchpoint;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The part of a journey that a grid holds: what {@link GridRows} writes and {@link GridReader}
 * reads back. Not public API.
 */
public final class HeldFields {
  /** The measurements a touchpoint's rows hold, in the order they are read. */
  static final List<Metric> METRICS =
      List.of(Metric.EMOTION, Metric.EXPECTATION, Metric.PERCEPTION);

  private HeldFields() {}

  /**
   * The journey with only the fields a grid holds.
   *
   * @param journey the journey
   * @return its held part
   */
  public static Journey of(Journey journey) {
    Journey.Builder held =
        Journey.builder()
            .id(journey.id())
            .title(journey.title())
            .state(journey.state())
            .addAllTags(journey.tags());
    journey.description().ifPresent(held::description);
    journey.vision().ifPresent(held::vision);
    journey.counterpartId().ifPresent(held::counterpartId);
    journey
        .governance()
        .owner()
        .ifPresent(owner -> held.governance(Governance.builder().owner(owner).build()));
    for (Persona persona : journey.personas()) {
      Persona.Builder kept = Persona.builder().id(persona.id()).name(persona.name());
      persona.segment().ifPresent(kept::segment);
      held.addPersona(kept.build());
    }
    for (Stage stage : journey.stages()) {
      held.addStage(stage(stage));
    }
    for (MomentThatMatters moment : journey.moments()) {
      held.addMoment(
          MomentThatMatters.builder()
              .id(moment.id())
              .touchpointId(moment.touchpointId())
              .polarity(moment.polarity())
              .whyItMatters(moment.whyItMatters())
              .build());
    }
    for (Gap gap : journey.gaps()) {
      Gap.Builder kept =
          Gap.builder()
              .id(gap.id())
              .type(gap.type())
              .title(gap.title())
              .severity(gap.severity())
              .location(gap.location());
      gap.description().ifPresent(kept::description);
      held.addGap(kept.build());
    }
    for (ActionItem action : journey.actions()) {
      ActionItem.Builder kept =
          ActionItem.builder(action.id(), action.title(), action.kind())
              .status(action.status())
              .addAllGapIds(action.gapIds())
              .addAllMomentIds(action.momentIds())
              .addAllTouchpointIds(action.touchpointIds());
      action.owner().ifPresent(kept::owner);
      action.due().ifPresent(kept::due);
      held.addAction(kept.build());
    }
    return held.build();
  }

  private static Stage stage(Stage stage) {
    List<Touchpoint> byLane = new ArrayList<>(stage.touchpoints());
    byLane.sort(Comparator.comparing(Touchpoint::lane));
    Stage.Builder kept = Stage.builder(stage.id(), stage.name());
    stage.goal().ifPresent(kept::goal);
    stage.owner().ifPresent(kept::owner);
    stage.description().ifPresent(kept::description);
    for (Touchpoint touchpoint : byLane) {
      kept.addTouchpoint(touchpoint(touchpoint));
    }
    return kept.build();
  }

  private static Touchpoint touchpoint(Touchpoint touchpoint) {
    Touchpoint.Builder kept =
        Touchpoint.builder(touchpoint.id(), touchpoint.name(), touchpoint.channel())
            .lane(touchpoint.lane());
    touchpoint.owner().ifPresent(kept::owner);
    for (Metric metric : METRICS) {
      held(touchpoint, metric)
          .ifPresent(
              m ->
                  kept.addMeasurement(
                      Measurement.of(metric, m, metric.usualScale().orElseThrow())));
    }
    return kept.build();
  }

  /** The latest value of {@code metric}, if it is on the metric's usual scale: the grid's. */
  static Optional<Double> held(Touchpoint touchpoint, Metric metric) {
    return touchpoint
        .latest(metric)
        .filter(m -> m.scale().equals(metric.usualScale().orElseThrow()))
        .map(Measurement::value);
  }
}
