package io.github.journeykit.core.model;

import static io.github.journeykit.core.fixtures.Theories.qt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.journeykit.core.fixtures.JourneyGenerators;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Laws of the journey model over generated valid journeys. */
class JourneyProperties {
  /** A journey and a number to pick with: edits and mutations choose their target by it. */
  private static final Gen<Integer> PICKS = integers().between(0, 1_000_000);

  @Test
  void builderRoundTripGivesAnEqualJourney() {
    qt().forAll(JourneyGenerators.journeys())
        .checkAssert(
            journey -> {
              Journey copied = Journey.builder().from(journey).build();
              assertEquals(journey, copied);
              assertEquals(journey.hashCode(), copied.hashCode());
              assertEquals(journey.toString(), copied.toString());
            });
  }

  @Test
  void rebuildingFieldByFieldThroughThePublicBuildersGivesAnEqualJourney() {
    qt().forAll(JourneyGenerators.journeys())
        .checkAssert(
            journey -> {
              Journey.Builder rebuilt =
                  Journey.builder(journey.id(), journey.title())
                      .state(journey.state())
                      .governance(journey.governance())
                      .addAllPersonas(journey.personas())
                      .addAllMoments(journey.moments())
                      .addAllGaps(journey.gaps())
                      .addAllActions(journey.actions())
                      .addAllKpis(journey.kpis())
                      .addAllTags(journey.tags())
                      .addAllSuppressions(journey.suppressions());
              journey.description().ifPresent(rebuilt::description);
              journey.vision().ifPresent(rebuilt::vision);
              journey.counterpartId().ifPresent(rebuilt::counterpartId);
              for (Stage stage : journey.stages()) {
                Stage.Builder copy = Stage.builder(stage.id(), stage.name());
                stage.goal().ifPresent(copy::goal);
                stage.description().ifPresent(copy::description);
                stage.owner().ifPresent(copy::owner);
                for (Touchpoint t : stage.touchpoints()) {
                  Touchpoint.Builder tp =
                      Touchpoint.builder(t.id(), t.name(), t.channel())
                          .lane(t.lane())
                          .addAllEnablers(t.enablers())
                          .addAllMeasurements(t.measurements())
                          .addAllEvidence(t.evidence())
                          .addAllDataSources(t.dataSources())
                          .addAllNotes(t.notes())
                          .optional(t.optional());
                  t.step().ifPresent(tp::step);
                  t.description().ifPresent(tp::description);
                  t.owner().ifPresent(tp::owner);
                  copy.addTouchpoint(tp.build());
                }
                rebuilt.addStage(copy.build());
              }
              assertEquals(journey, rebuilt.build());
            });
  }

  @Test
  void equalityFollowsContent() {
    qt().forAll(JourneyGenerators.journeys(), JourneyGenerators.journeys())
        .checkAssert(
            (a, b) -> {
              if (a.equals(b)) {
                assertEquals(a.hashCode(), b.hashCode());
              }
              assertNotEquals(a, a.withTitle(a.title() + "!"));
              assertEquals(a, a.withTitle(a.title()));
            });
  }

  @Test
  void movingAStageKeepsTheJourneyValidAndOnlyReordersIt() {
    qt().forAll(JourneyGenerators.journeys(), PICKS, PICKS)
        .checkAssert(
            (journey, which, where) -> {
              Stage stage = journey.stages().get(which % journey.stages().size());
              int index = where % journey.stages().size();
              Journey moved = journey.withStageMoved(stage.id(), index);
              assertEquals(stage, moved.stages().get(index));
              assertEquals(sorted(ids(journey.touchpoints())), sorted(ids(moved.touchpoints())));
              assertValid(moved);
            });
  }

  @Test
  void movingATouchpointKeepsTheJourneyValidAndEveryTouchpoint() {
    qt().forAll(JourneyGenerators.journeys(), PICKS, PICKS, PICKS)
        .assuming((journey, a, b, c) -> !journey.touchpoints().isEmpty())
        .checkAssert(
            (journey, which, to, where) -> {
              Touchpoint touchpoint =
                  journey.touchpoints().get(which % journey.touchpoints().size());
              Stage target = journey.stages().get(to % journey.stages().size());
              int size =
                  target.touchpoints().size()
                      + (target.touchpoint(touchpoint.id()).isPresent() ? 0 : 1);
              int index = where % size;
              Journey moved = journey.withTouchpointMoved(touchpoint.id(), target.id(), index);
              assertEquals(touchpoint, moved.stage(target.id()).get().touchpoints().get(index));
              assertEquals(target.id(), moved.stageOf(touchpoint.id()).get().id());
              assertEquals(sorted(ids(journey.touchpoints())), sorted(ids(moved.touchpoints())));
              assertValid(moved);
            });
  }

  @Test
  void addingElementsThatReferToExistingOnesKeepsTheJourneyValid() {
    qt().forAll(JourneyGenerators.journeys(), PICKS, PICKS)
        .assuming((journey, a, b) -> !journey.touchpoints().isEmpty())
        .checkAssert(
            (journey, which, stagePick) -> {
              Touchpoint at = journey.touchpoints().get(which % journey.touchpoints().size());
              Stage stage = journey.stages().get(stagePick % journey.stages().size());
              Journey edited =
                  journey
                      .withTouchpoint(
                          stage.id(), Touchpoint.of("new-touchpoint", "New", Channel.CHAT))
                      .withMoment(MomentThatMatters.of("new-moment", at.id(), Polarity.MAKE, "Why"))
                      .withGap(
                          Gap.of(
                              "new-gap", GapType.EXPERIENCE, "Gap", Location.touchpoint(at.id())))
                      .withKpi(Kpi.builder("new-kpi", "KPI", KpiKind.OUTCOME).build())
                      .withAction(
                          ActionItem.builder("new-action", "Act", ActionKind.FIX)
                              .addGapId("new-gap")
                              .addMomentId("new-moment")
                              .addTouchpointId("new-touchpoint")
                              .addKpiId("new-kpi")
                              .build());
              assertEquals(journey.touchpoints().size() + 1, edited.touchpoints().size());
              assertEquals(
                  List.of(edited.action("new-action").get()), edited.actionsAddressing("new-gap"));
              assertValid(edited);
              // ... and removing them again, in reverse order, gives back the journey.
              Journey restored =
                  edited
                      .withoutAction("new-action")
                      .withoutKpi("new-kpi")
                      .withoutGap("new-gap")
                      .withoutMoment("new-moment")
                      .withoutTouchpoint("new-touchpoint");
              assertEquals(journey, restored);
            });
  }

  @Test
  void removingAnUnreferencedActionOrKpiKeepsTheJourneyValid() {
    qt().forAll(JourneyGenerators.journeys(), PICKS)
        .assuming((journey, a) -> !journey.actions().isEmpty())
        .checkAssert(
            (journey, which) -> {
              ActionItem action = journey.actions().get(which % journey.actions().size());
              Journey edited = journey.withoutAction(action.id());
              assertEquals(journey.actions().size() - 1, edited.actions().size());
              assertTrue(edited.find(action.id()).isEmpty());
              assertValid(edited);
            });
  }

  @Test
  void aDuplicateIdIsRejectedAtTheNewElementsPath() {
    qt().forAll(JourneyGenerators.journeys(), PICKS, PICKS)
        .checkAssert(
            (journey, which, stagePick) -> {
              List<String> ids = allIds(journey);
              String taken = ids.get(which % ids.size());
              Stage stage = journey.stages().get(stagePick % journey.stages().size());
              if (stage.touchpoint(taken).isPresent()) {
                return; // replacing a touchpoint in place is an edit, not a duplicate
              }
              int s = journey.stages().indexOf(stage);
              ValidationException e =
                  assertThrows(
                      ValidationException.class,
                      () ->
                          journey.withTouchpoint(
                              stage.id(), Touchpoint.of(taken, "Duplicate", Channel.WEB)));
              JourneyElement existing = journey.find(taken).get();
              String added = "stages[" + s + "].touchpoints[" + stage.touchpoints().size() + "]";
              // A touchpoint of another stage is refused before the journey is rebuilt; any other
              // duplicate is reported where the id occurs the second time in document order.
              String expected =
                  existing.kind() == ElementKind.TOUCHPOINT
                      ? "touchpoint.id"
                      : (documentOrder(added, existing.path()) > 0 ? added : existing.path())
                          + ".id";
              assertEquals(List.of(expected), paths(e));
            });
  }

  @Test
  void aBrokenReferenceIsRejectedAtItsPath() {
    qt().forAll(JourneyGenerators.journeys(), PICKS)
        .checkAssert(
            (journey, kind) -> {
              int moments = journey.moments().size();
              int gaps = journey.gaps().size();
              int actions = journey.actions().size();
              Function<Journey, Journey> mutation;
              String expected;
              switch (kind % 5) {
                case 0:
                  mutation =
                      j -> j.withMoment(MomentThatMatters.of("mx", "ghost", Polarity.MAKE, "W"));
                  expected = "moments[" + moments + "].touchpointId";
                  break;
                case 1:
                  mutation =
                      j ->
                          j.withGap(Gap.of("gx", GapType.EXPERIENCE, "G", Location.stage("ghost")));
                  expected = "gaps[" + gaps + "].location";
                  break;
                case 2:
                  mutation =
                      j ->
                          j.withAction(
                              ActionItem.builder("ax", "A", ActionKind.FIX)
                                  .addGapId("ghost")
                                  .build());
                  expected = "actions[" + actions + "].gapIds[0]";
                  break;
                case 3:
                  mutation =
                      j ->
                          j.withAction(
                              ActionItem.builder("ax", "A", ActionKind.FIX)
                                  .addKpiId("ghost")
                                  .build());
                  expected = "actions[" + actions + "].kpiIds[0]";
                  break;
                default:
                  mutation =
                      j ->
                          j.withAction(
                              ActionItem.builder("ax", "A", ActionKind.FIX)
                                  .addMomentId("ghost")
                                  .build());
                  expected = "actions[" + actions + "].momentIds[0]";
                  break;
              }
              ValidationException e =
                  assertThrows(ValidationException.class, () -> mutation.apply(journey));
              assertEquals(List.of(expected), paths(e));
            });
  }

  @Test
  void removingAReferencedTouchpointNamesEveryReference() {
    qt().forAll(JourneyGenerators.journeys())
        .assuming(journey -> !journey.moments().isEmpty())
        .checkAssert(
            journey -> {
              String target = journey.moments().get(0).touchpointId();
              List<String> expected = new ArrayList<>();
              for (int i = 0; i < journey.moments().size(); i++) {
                if (journey.moments().get(i).touchpointId().equals(target)) {
                  expected.add("moments[" + i + "].touchpointId");
                }
              }
              for (int i = 0; i < journey.gaps().size(); i++) {
                if (journey.gaps().get(i).location().equals(Location.touchpoint(target))) {
                  expected.add("gaps[" + i + "].location");
                }
              }
              for (int i = 0; i < journey.actions().size(); i++) {
                List<String> refs = journey.actions().get(i).touchpointIds();
                for (int j = 0; j < refs.size(); j++) {
                  if (refs.get(j).equals(target)) {
                    expected.add("actions[" + i + "].touchpointIds[" + j + "]");
                  }
                }
              }
              for (int i = 0; i < journey.suppressions().size(); i++) {
                if (journey.suppressions().get(i).elementId().equals(Optional.of(target))) {
                  expected.add("suppressions[" + i + "].elementId");
                }
              }
              ValidationException e =
                  assertThrows(ValidationException.class, () -> journey.withoutTouchpoint(target));
              assertEquals(expected, paths(e));
            });
  }

  private static final List<String> SECTIONS =
      List.of("personas", "stages", "moments", "gaps", "actions", "kpis");

  /** Compares two element paths by where they stand in the journey: lists in field order. */
  private static int documentOrder(String a, String b) {
    List<Integer> keyA = orderKey(a);
    List<Integer> keyB = orderKey(b);
    for (int i = 0; i < Math.min(keyA.size(), keyB.size()); i++) {
      int c = Integer.compare(keyA.get(i), keyB.get(i));
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(keyA.size(), keyB.size());
  }

  private static List<Integer> orderKey(String path) {
    List<Integer> key = new ArrayList<>();
    key.add(SECTIONS.indexOf(path.substring(0, path.indexOf('['))));
    Matcher index = Pattern.compile("\\[(\\d+)]").matcher(path);
    while (index.find()) {
      key.add(Integer.parseInt(index.group(1)));
    }
    return key;
  }

  private static void assertValid(Journey journey) {
    assertEquals(journey, Journey.builder().from(journey).build());
  }

  private static List<String> allIds(Journey journey) {
    List<String> ids = new ArrayList<>();
    journey.personas().forEach(p -> ids.add(p.id()));
    journey.stages().forEach(s -> ids.add(s.id()));
    ids.addAll(ids(journey.touchpoints()));
    journey.moments().forEach(m -> ids.add(m.id()));
    journey.gaps().forEach(g -> ids.add(g.id()));
    journey.actions().forEach(a -> ids.add(a.id()));
    journey.kpis().forEach(k -> ids.add(k.id()));
    return ids;
  }

  private static List<String> ids(List<Touchpoint> touchpoints) {
    return touchpoints.stream().map(Touchpoint::id).collect(Collectors.toList());
  }

  private static List<String> sorted(List<String> ids) {
    List<String> copy = new ArrayList<>(ids);
    Collections.sort(copy);
    return copy;
  }

  private static List<String> paths(ValidationException e) {
    return e.violations().stream().map(Violation::path).collect(Collectors.toList());
  }
}
