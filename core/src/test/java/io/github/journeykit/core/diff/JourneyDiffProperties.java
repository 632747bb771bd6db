package io.github.journeykit.core.diff;

import static io.github.journeykit.core.fixtures.Theories.qt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.journeykit.core.fixtures.JourneyGenerators;
import io.github.journeykit.core.model.ActionItem;
import io.github.journeykit.core.model.ActionStatus;
import io.github.journeykit.core.model.Channel;
import io.github.journeykit.core.model.ElementKind;
import io.github.journeykit.core.model.Journey;
import io.github.journeykit.core.model.JourneyElement;
import io.github.journeykit.core.model.Kpi;
import io.github.journeykit.core.model.Stage;
import io.github.journeykit.core.model.Touchpoint;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Laws of the diff over generated journeys and generated edits. */
class JourneyDiffProperties {
  private static final Gen<Integer> PICKS = integers().between(0, 1_000_000);
  private static final int EDITS = 8;

  @Test
  void aJourneyComparedWithItselfOrACopyHasNoChangeAndNoProgress() {
    qt().forAll(JourneyGenerators.journeys())
        .checkAssert(
            journey -> {
              JourneyDiff same = JourneyDiff.between(journey, journey);
              assertTrue(same.isEmpty(), same::summary);
              assertTrue(same.progress().isEmpty());
              assertTrue(
                  JourneyDiff.between(journey, Journey.builder().from(journey).build()).isEmpty());
            });
  }

  @Test
  void theDiffOfTheSameTwoJourneysIsAlwaysTheSame() {
    qt().forAll(JourneyGenerators.journeys(), JourneyGenerators.journeys())
        .checkAssert(
            (a, b) -> {
              JourneyDiff first = JourneyDiff.between(a, b);
              JourneyDiff again =
                  JourneyDiff.between(
                      Journey.builder().from(a).build(), Journey.builder().from(b).build());
              assertEquals(first, again);
              assertEquals(first.summary(), again.summary());
              // Elements match by id and kind: those only in b are added, those only in a removed.
              assertEquals(unmatched(b, a), first.changes(ChangeKind.ADDED).size(), first::summary);
              assertEquals(
                  unmatched(a, b), first.changes(ChangeKind.REMOVED).size(), first::summary);
            });
  }

  @Test
  void anEditShowsUpAsExactlyThatChange() {
    qt().forAll(JourneyGenerators.journeys(), integers().between(0, EDITS - 1), PICKS, PICKS)
        .checkAssert(
            (journey, edit, pick, where) -> {
              Edit applied = edit(journey, edit, pick, where);
              if (applied == null) {
                return; // the journey has nothing this edit can change
              }
              JourneyDiff diff = JourneyDiff.between(journey, applied.after);
              assertEquals(1, diff.changes().size(), diff::summary);
              Change change = diff.changes().get(0);
              assertEquals(applied.kind, change.kind(), diff::summary);
              assertEquals(applied.elementKind, change.elementKind(), diff::summary);
              assertTrue(applied.ids.contains(change.elementId().orElse("")), diff::summary);
              applied.field.ifPresent(
                  field -> {
                    assertEquals(1, change.fields().size(), diff::summary);
                    assertEquals(field, change.fields().get(0).field());
                  });
              change
                  .beforePath()
                  .ifPresent(
                      p -> assertEquals(journey.find(change.elementId().get()).get().path(), p));
              change
                  .afterPath()
                  .ifPresent(
                      p ->
                          assertEquals(
                              applied.after.find(change.elementId().get()).get().path(), p));
            });
  }

  /**
   * How many elements of {@code journey} have no element of the same id and kind in {@code other}.
   */
  private static long unmatched(Journey journey, Journey other) {
    return journey.elements().stream()
        .filter(e -> other.find(e.id()).filter(o -> o.kind() == e.kind()).isEmpty())
        .count();
  }

  /** What an edit did: the journey after it and the one change it must show. */
  private static final class Edit {
    final Journey after;
    final ChangeKind kind;
    final Optional<ElementKind> elementKind;
    final Set<String> ids;
    final Optional<String> field;

    Edit(
        Journey after,
        ChangeKind kind,
        ElementKind elementKind,
        Set<String> ids,
        Optional<String> field) {
      this.after = after;
      this.kind = kind;
      this.elementKind = Optional.ofNullable(elementKind);
      this.ids = ids;
      this.field = field;
    }
  }

  /** Edit number {@code edit} of the journey, aimed by {@code pick} and {@code where}. */
  private static Edit edit(Journey journey, int edit, int pick, int where) {
    List<Stage> stages = journey.stages();
    List<Touchpoint> touchpoints = journey.touchpoints();
    switch (edit) {
      case 0:
        return new Edit(
            journey.withTitle(journey.title() + " (revised)"),
            ChangeKind.CHANGED,
            null,
            Set.of(""),
            Optional.of("title"));
      case 1:
        {
          Stage stage = stages.get(pick % stages.size());
          Touchpoint added = Touchpoint.of("added-touchpoint", "Added", Channel.CHAT);
          Journey after =
              journey
                  .withTouchpoint(stage.id(), added)
                  .withTouchpointMoved(
                      added.id(), stage.id(), where % (stage.touchpoints().size() + 1));
          return new Edit(
              after,
              ChangeKind.ADDED,
              ElementKind.TOUCHPOINT,
              Set.of(added.id()),
              Optional.empty());
        }
      case 2:
        {
          if (journey.actions().isEmpty()) {
            return null;
          }
          ActionItem action = journey.actions().get(pick % journey.actions().size());
          return new Edit(
              journey.withoutAction(action.id()),
              ChangeKind.REMOVED,
              ElementKind.ACTION,
              Set.of(action.id()),
              Optional.empty());
        }
      case 3:
        {
          int from = pick % stages.size();
          int to = where % stages.size();
          if (from == to) {
            return null;
          }
          Journey after = journey.withStageMoved(stages.get(from).id(), to);
          // Of two neighbours that swap places, the diff names the one that came later before.
          String moved =
              Math.abs(from - to) == 1
                  ? stages.get(Math.max(from, to)).id()
                  : stages.get(from).id();
          return new Edit(
              after, ChangeKind.MOVED, ElementKind.STAGE, Set.of(moved), Optional.empty());
        }
      case 4:
        {
          if (touchpoints.isEmpty()) {
            return null;
          }
          Touchpoint touchpoint = touchpoints.get(pick % touchpoints.size());
          String stage = journey.stageOf(touchpoint.id()).get().id();
          return new Edit(
              journey.withTouchpoint(
                  stage, touchpoint.withOwner(touchpoint.owner().orElse("") + "new owner")),
              ChangeKind.CHANGED,
              ElementKind.TOUCHPOINT,
              Set.of(touchpoint.id()),
              Optional.of("owner"));
        }
      case 5:
        {
          if (journey.kpis().isEmpty()) {
            return null;
          }
          Kpi kpi = journey.kpis().get(pick % journey.kpis().size());
          if (!kpi.readings().isEmpty()) {
            // A reading before the first one changes the series and nothing else.
            LocalDate earlier = kpi.readings().get(0).date().minusDays(1 + where % 10);
            return new Edit(
                journey.withKpi(kpi.withReading(earlier, where)),
                ChangeKind.CHANGED,
                ElementKind.KPI,
                Set.of(kpi.id()),
                Optional.of("readings"));
          }
          double current = kpi.current().orElse(0) + 1 + where % 10;
          return new Edit(
              journey.withKpi(kpi.withCurrent(current)),
              ChangeKind.CHANGED,
              ElementKind.KPI,
              Set.of(kpi.id()),
              Optional.of("current"));
        }
      case 6:
        {
          if (touchpoints.isEmpty() || stages.size() < 2) {
            return null;
          }
          Touchpoint touchpoint = touchpoints.get(pick % touchpoints.size());
          String from = journey.stageOf(touchpoint.id()).get().id();
          Stage to = stages.get(where % stages.size());
          if (to.id().equals(from)) {
            return null;
          }
          return new Edit(
              journey.withTouchpointMoved(
                  touchpoint.id(), to.id(), where % (to.touchpoints().size() + 1)),
              ChangeKind.MOVED,
              ElementKind.TOUCHPOINT,
              Set.of(touchpoint.id()),
              Optional.empty());
        }
      default:
        {
          if (journey.actions().isEmpty()) {
            return null;
          }
          ActionItem action = journey.actions().get(pick % journey.actions().size());
          ActionStatus[] statuses = ActionStatus.values();
          ActionStatus next = statuses[(action.status().ordinal() + 1 + where % 4) % 5];
          return new Edit(
              journey.withAction(action.withStatus(next)),
              ChangeKind.CHANGED,
              ElementKind.ACTION,
              Set.of(action.id()),
              Optional.of("status"));
        }
    }
  }

  @Test
  void everyElementIsAccountedForOnce() {
    qt().forAll(JourneyGenerators.journeys(), PICKS, PICKS)
        .checkAssert(
            (journey, pick, where) -> {
              // Two edits at once: a stage moved and an action removed.
              int to = where % journey.stages().size();
              Journey after =
                  journey.withStageMoved(
                      journey.stages().get(pick % journey.stages().size()).id(), to);
              if (!journey.actions().isEmpty()) {
                after =
                    after.withoutAction(
                        journey.actions().get(pick % journey.actions().size()).id());
              }
              JourneyDiff diff = JourneyDiff.between(journey, after);
              for (Change change : diff.changes()) {
                String id = change.elementId().get();
                Optional<JourneyElement> was = journey.find(id);
                assertTrue(was.isPresent());
                assertTrue(
                    change.kind() == ChangeKind.MOVED || change.kind() == ChangeKind.REMOVED);
              }
              assertTrue(diff.changes(ChangeKind.MOVED).size() <= 1, diff::summary);
            });
  }
}
