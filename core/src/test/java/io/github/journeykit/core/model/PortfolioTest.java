package io.github.journeykit.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.journeykit.core.fixtures.SampleJourneys;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PortfolioTest {
  private final Journey current = SampleJourneys.broadbandFault();
  private final Journey future =
      current.withState(JourneyState.FUTURE).withTitle("Fixed before you call");
  private final Journey futureNamed =
      Journey.builder()
          .from(future)
          .id("broadband-fault-future")
          .counterpartId("broadband-fault")
          .build();

  private static List<String> paths(ValidationException e) {
    return e.violations().stream().map(Violation::path).collect(Collectors.toList());
  }

  private static Journey plain(String id) {
    return Journey.builder(id, "Journey " + id)
        .addStage(Stage.builder(id + "-s", "Stage").build())
        .build();
  }

  @Test
  void findsJourneysCounterpartsAndSubJourneys() {
    Portfolio portfolio =
        Portfolio.builder("broadband", "Broadband")
            .addJourney(current)
            .addJourney(futureNamed)
            .addJourney(plain("engineer-visit"))
            .addLink(SubJourneyLink.of("broadband-fault", "fix", "engineer-visit"))
            .build();
    assertEquals(Optional.of(futureNamed), portfolio.counterpart("broadband-fault"));
    assertEquals(Optional.of(current), portfolio.counterpart("broadband-fault-future"));
    assertEquals(Optional.empty(), portfolio.counterpart("engineer-visit"));
    assertEquals(Optional.empty(), portfolio.counterpart("nope"));
    assertEquals(
        List.of(SubJourneyLink.of("broadband-fault", "fix", "engineer-visit")),
        portfolio.subJourneys("broadband-fault"));
    assertEquals("Portfolio[broadband \"Broadband\": 3 journeys, 1 links]", portfolio.toString());
  }

  @Test
  void counterpartFoundFromTheOtherSide() {
    Journey currentWithout = Journey.builder("now", "Now").build();
    Journey pointing =
        Journey.builder("later", "Later").state(JourneyState.FUTURE).counterpartId("now").build();
    Portfolio portfolio =
        Portfolio.builder("p", "P").addJourney(currentWithout).addJourney(pointing).build();
    assertEquals(Optional.of(pointing), portfolio.counterpart("now"));
  }

  @Test
  void reportsEveryBrokenRuleAtOnce() {
    Journey sameState = Journey.builder("same", "Same").counterpartId("a").build();
    Journey a = Journey.builder("a", "A").addStage(Stage.builder("s", "S").build()).build();
    Journey b = Journey.builder("b", "B").addStage(Stage.builder("t", "T").build()).build();
    ValidationException e =
        assertThrows(
            ValidationException.class,
            () ->
                Portfolio.builder("p", "P")
                    .addJourney(a)
                    .addJourney(b)
                    .addJourney(plain("a"))
                    .addJourney(sameState)
                    .addJourney(Journey.builder("dangling", "D").counterpartId("ghost").build())
                    .addLink(SubJourneyLink.of("a", "s", "b"))
                    .addLink(SubJourneyLink.of("b", "t", "a"))
                    .addLink(SubJourneyLink.of("a", "nope", "ghost"))
                    .addLink(SubJourneyLink.of("ghost", "s", "a"))
                    .build());
    assertEquals(
        List.of(
            "journeys[2].id",
            "journeys[3].counterpartId",
            "journeys[4].counterpartId",
            "links[2].stageId",
            "links[2].subJourneyId",
            "links[3].journeyId",
            "links"),
        paths(e));
    assertEquals(
        "must name a journey in the other state, not CURRENT", e.violations().get(1).rule());
    assertEquals(
        "links: must not form a cycle (was \"a -> b -> a\")", e.violations().get(6).toString());
  }

  @Test
  void counterpartsMustBeMutual() {
    Journey now = Journey.builder("now", "Now").counterpartId("later").build();
    Journey later =
        Journey.builder("later", "Later")
            .state(JourneyState.FUTURE)
            .counterpartId("elsewhere")
            .build();
    Journey elsewhere = Journey.builder("elsewhere", "Elsewhere").build();
    ValidationException e =
        assertThrows(
            ValidationException.class,
            () ->
                Portfolio.builder("p", "P")
                    .addJourney(now)
                    .addJourney(later)
                    .addJourney(elsewhere)
                    .build());
    assertEquals("journeys[0].counterpartId", e.violations().get(0).path());
  }

  @Test
  void longerCyclesAreFound() {
    Journey a = plain("a");
    Journey b = plain("b");
    Journey c = plain("c");
    ValidationException e =
        assertThrows(
            ValidationException.class,
            () ->
                Portfolio.builder("p", "P")
                    .addJourney(a)
                    .addJourney(b)
                    .addJourney(c)
                    .addLink(SubJourneyLink.of("a", "a-s", "b"))
                    .addLink(SubJourneyLink.of("b", "b-s", "c"))
                    .addLink(SubJourneyLink.of("c", "c-s", "b"))
                    .build());
    assertEquals(
        "links: must not form a cycle (was \"b -> c -> b\")", e.violations().get(0).toString());
  }

  @Test
  void aDiamondIsNotACycle() {
    // a -> b -> c and a -> c reach c twice, but no journey reaches itself.
    Portfolio diamond =
        Portfolio.builder("p", "P")
            .addJourney(plain("a"))
            .addJourney(plain("b"))
            .addJourney(plain("c"))
            .addLink(SubJourneyLink.of("a", "a-s", "b"))
            .addLink(SubJourneyLink.of("a", "a-s", "c"))
            .addLink(SubJourneyLink.of("b", "b-s", "c"))
            .build();
    assertEquals(3, diamond.links().size());
    assertEquals(
        List.of("b", "c"),
        diamond.subJourneys("a").stream()
            .map(SubJourneyLink::subJourneyId)
            .collect(Collectors.toList()));
    // Closing the diamond into a loop is refused.
    assertThrows(
        ValidationException.class,
        () ->
            Portfolio.builder("p", "P")
                .addAllJourneys(diamond.journeys())
                .addAllLinks(diamond.links())
                .addLink(SubJourneyLink.of("c", "c-s", "a"))
                .build());
  }

  @Test
  void linksCannotPointAtTheirOwnJourney() {
    ValidationException e =
        assertThrows(ValidationException.class, () -> SubJourneyLink.of("a", "s", "a"));
    assertEquals("subJourneyId", e.violations().get(0).path());
  }
}
