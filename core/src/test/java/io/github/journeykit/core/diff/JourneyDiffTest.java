package io.github.journeykit.core.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.journeykit.core.fixtures.SampleJourneys;
import io.github.journeykit.core.model.ActionItem;
import io.github.journeykit.core.model.ActionKind;
import io.github.journeykit.core.model.Channel;
import io.github.journeykit.core.model.ElementKind;
import io.github.journeykit.core.model.Gap;
import io.github.journeykit.core.model.GapType;
import io.github.journeykit.core.model.Governance;
import io.github.journeykit.core.model.Journey;
import io.github.journeykit.core.model.Kpi;
import io.github.journeykit.core.model.KpiKind;
import io.github.journeykit.core.model.Lane;
import io.github.journeykit.core.model.Location;
import io.github.journeykit.core.model.Stage;
import io.github.journeykit.core.model.Suppression;
import io.github.journeykit.core.model.Touchpoint;
import io.github.journeykit.core.model.ValidationException;
import io.github.journeykit.core.model.Violation;
import java.lang.reflect.Method;
import java.time.LocalDate;
import java.time.Period;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class JourneyDiffTest {
  private static final Journey BROADBAND = SampleJourneys.broadbandFault();

  @Test
  void aJourneyComparedWithItselfHasNoChange() {
    JourneyDiff diff = JourneyDiff.between(BROADBAND, SampleJourneys.broadbandFault());
    assertTrue(diff.isEmpty());
    assertTrue(diff.progress().isEmpty());
    assertEquals(
        "broadband-fault -> broadband-fault: 0 changes (0 added, 0 removed, 0 moved, 0 changed)\n"
            + "Progress: none\n",
        diff.summary());
  }

  @Test
  void anAddedTouchpointIsAddedAndTheOnesAfterItHaveNotMoved() {
    Journey after =
        BROADBAND
            .withTouchpoint("report", Touchpoint.of("chat", "Chat with an agent", Channel.CHAT))
            .withTouchpointMoved("chat", "report", 0);
    JourneyDiff diff = JourneyDiff.between(BROADBAND, after);
    assertEquals(
        List.of("ADDED touchpoint chat \"Chat with an agent\" at stages[1].touchpoints[0]"),
        strings(diff.changes()));
    Change added = diff.changes().get(0);
    assertEquals(Optional.of(ElementKind.TOUCHPOINT), added.elementKind());
    assertEquals(Optional.empty(), added.beforePath());
    assertEquals(Optional.of("stages[1].touchpoints[0]"), added.afterPath());
    assertEquals(List.of(added), diff.changes(ChangeKind.ADDED));
  }

  @Test
  void aRemovedGapIsRemovedFromWhereItWas() {
    JourneyDiff diff = JourneyDiff.between(BROADBAND, BROADBAND.withoutGap("promise-gap"));
    assertEquals(
        List.of(
            "REMOVED gap promise-gap \"Adverts promise same-day fixes; the median is three days\""
                + " from gaps[1]"),
        strings(diff.changes()));
    assertEquals(Optional.empty(), diff.changes().get(0).afterPath());
  }

  @Test
  void aMovedStageIsTheOnlyOneThatMoved() {
    JourneyDiff diff = JourneyDiff.between(BROADBAND, BROADBAND.withStageMoved("fix", 0));
    // The stages before it shift by one and their touchpoints change path, but keep their order.
    assertEquals(
        List.of("MOVED stage fix \"Get it fixed\" from stages[2] to stages[0]"),
        strings(diff.changes()));
  }

  @Test
  void aTouchpointMovedToAnotherStageHasMoved() {
    JourneyDiff diff =
        JourneyDiff.between(BROADBAND, BROADBAND.withTouchpointMoved("case", "fix", 2));
    assertEquals(
        List.of(
            "MOVED touchpoint case \"Open a fault case\" from stages[1].touchpoints[1] to"
                + " stages[2].touchpoints[2]"),
        strings(diff.changes()));
  }

  @Test
  void ofTwoNeighboursThatSwappedTheLaterOneOfTheEarlierVersionMoved() {
    JourneyDiff diff =
        JourneyDiff.between(BROADBAND, BROADBAND.withTouchpointMoved("case", "report", 0));
    assertEquals(
        List.of(
            "MOVED touchpoint case \"Open a fault case\" from stages[1].touchpoints[1] to"
                + " stages[1].touchpoints[0]"),
        strings(diff.changes()));
    JourneyDiff back =
        JourneyDiff.between(BROADBAND.withTouchpointMoved("case", "report", 0), BROADBAND);
    assertEquals(
        List.of(
            "MOVED touchpoint call \"Call the helpline\" from stages[1].touchpoints[1] to"
                + " stages[1].touchpoints[0]"),
        strings(back.changes()));
  }

  @Test
  void aChangedElementListsItsChangedFieldsInDeclarationOrder() {
    Touchpoint call = BROADBAND.touchpoint("call").get();
    Journey after =
        BROADBAND.withTouchpoint(
            "report", call.withOwner("Customer service").withLane(Lane.BACKSTAGE));
    JourneyDiff diff = JourneyDiff.between(BROADBAND, after);
    assertEquals(1, diff.changes().size());
    Change change = diff.changes().get(0);
    assertEquals(ChangeKind.CHANGED, change.kind());
    assertEquals(
        List.of(
            FieldChange.of("lane", Optional.of("FRONTSTAGE"), Optional.of("BACKSTAGE")),
            FieldChange.of(
                "owner", Optional.of("Contact centre"), Optional.of("Customer service"))),
        change.fields());
    assertEquals(
        "CHANGED touchpoint call \"Call the helpline\" at stages[1].touchpoints[0]: lane:"
            + " \"FRONTSTAGE\" -> \"BACKSTAGE\"; owner: \"Contact centre\" -> \"Customer"
            + " service\"",
        change.toString());
  }

  @Test
  void anElementThatMovedAndChangedGivesItsMoveFirst() {
    Journey after =
        BROADBAND
            .withTouchpointMoved("case", "fix", 0)
            .withTouchpoint(
                "fix", BROADBAND.touchpoint("case").get().withOwner("Field operations"));
    assertEquals(
        List.of(
            "MOVED touchpoint case \"Open a fault case\" from stages[1].touchpoints[1] to"
                + " stages[2].touchpoints[0]",
            "CHANGED touchpoint case \"Open a fault case\" at stages[2].touchpoints[0]: owner:"
                + " \"Fault management\" -> \"Field operations\""),
        strings(JourneyDiff.between(BROADBAND, after).changes()));
  }

  @Test
  void theJourneysOwnFieldsComeFirstAsOneChange() {
    Journey after =
        BROADBAND
            .withTitle("Get broadband fixed")
            .withGovernance(
                Governance.builder()
                    .from(BROADBAND.governance())
                    .reviewCadence(Period.ofMonths(1))
                    .build())
            .withSuppression(Suppression.of("journey-without-vision", "Vision under review"))
            .withoutAction("exec-listening");
    JourneyDiff diff = JourneyDiff.between(BROADBAND, after);
    assertEquals(
        List.of(
            "CHANGED journey \"Get broadband fixed\": title: \"Get a broadband fault fixed\" ->"
                + " \"Get broadband fixed\"; governance.reviewCadence: \"P3M\" -> \"P1M\";"
                + " suppressions: \"touchpoint-without-enablers on sms-confirm: \"Confirmation"
                + " texts run on the shared messaging platform, mapped elsewhere\"\" ->"
                + " \"touchpoint-without-enablers on sms-confirm: \"Confirmation texts run on"
                + " the shared messaging platform, mapped elsewhere\";"
                + " journey-without-vision: \"Vision under review\"\"",
            "REMOVED action exec-listening \"Monthly call listening for leaders\" from"
                + " actions[3]"),
        strings(diff.changes()));
    assertTrue(diff.changes().get(0).isJourneyChange());
  }

  @Test
  void anIdReusedForAnotherKindOfElementIsRemovedAndAdded() {
    Journey before = SampleJourneys.openAccount();
    Journey after =
        before
            .withoutAction("shorten-form")
            .withKpi(Kpi.builder("shorten-form", "Form length", KpiKind.OUTPUT).build());
    assertEquals(
        List.of(
            "ADDED KPI shorten-form \"Form length\" at kpis[0]",
            "REMOVED action shorten-form \"Cut the form to 8 fields\" from actions[0]"),
        strings(JourneyDiff.between(before, after).changes()));
  }

  @Test
  void valuesAreWrittenInFullAndTextInListsIsQuoted() {
    Journey before = SampleJourneys.openAccount();
    Kpi kpi = Kpi.builder("rate", "Rate", KpiKind.OUTCOME).current(0.3).build();
    Touchpoint form = before.touchpoint("form").get();
    Journey withNotes =
        before
            .withKpi(kpi)
            .withTouchpoint("apply", Touchpoint.builder().from(form).addNote("a; b").build());
    Journey after =
        before
            .withKpi(kpi.withCurrent(0.1 + 0.2))
            .withTouchpoint(
                "apply", Touchpoint.builder().from(form).addNote("a").addNote("b").build());
    assertEquals(
        List.of(
            "CHANGED touchpoint form \"Fill in the online form\" at stages[1].touchpoints[0]:"
                + " notes: \"\"a; b\"\" -> \"\"a\"; \"b\"\"",
            "CHANGED KPI rate \"Rate\" at kpis[0]: current: \"0.3\" -> \"0.30000000000000004\""),
        strings(JourneyDiff.between(withNotes, after).changes()));
  }

  @Test
  void aKpisReadingsChangeShowsOnlyTheReadingsThatDiffer() {
    LocalDate august = LocalDate.of(2026, 8, 31);
    LocalDate september = LocalDate.of(2026, 9, 30);
    LocalDate october = LocalDate.of(2026, 10, 31);
    Kpi repeat = BROADBAND.kpi("repeat-contact").get();
    Kpi before = repeat.withReading(august, 28).withReading(september, 25);
    Journey was = BROADBAND.withKpi(before);
    // One reading corrected, one added: current and measured follow the last reading.
    Journey is = BROADBAND.withKpi(before.withReading(september, 24.5).withReading(october, 24));
    assertEquals(
        List.of(
            "CHANGED KPI repeat-contact \"Faults reported more than once\" at kpis[0]: current:"
                + " \"25\" -> \"24\"; measured: \"2026-09-30\" -> \"2026-10-31\"; readings:"
                + " \"2026-09-30: 25\" -> \"2026-09-30: 24.5; 2026-10-31: 24\""),
        strings(JourneyDiff.between(was, is).changes()));
    // A reading removed shows before only.
    Journey fewer = BROADBAND.withKpi(repeat().reading(august, 28).build());
    assertEquals(
        List.of(
            "CHANGED KPI repeat-contact \"Faults reported more than once\" at kpis[0]: current:"
                + " \"25\" -> \"28\"; measured: \"2026-09-30\" -> \"2026-08-31\"; readings:"
                + " \"2026-09-30: 25\" -> none"),
        strings(JourneyDiff.between(was, fewer).changes()));
  }

  private static Kpi.Builder repeat() {
    return Kpi.builder()
        .from(BROADBAND.kpi("repeat-contact").get())
        .current(28)
        .measured(LocalDate.of(2026, 8, 31));
  }

  @Test
  void theDesiredStateComparedWithTheCurrentState() {
    JourneyDiff diff =
        JourneyDiff.between(SampleJourneys.broadbandFault(), SampleJourneys.broadbandFaultFuture());
    assertEquals("broadband-fault", diff.beforeId());
    assertEquals("broadband-fault-future", diff.afterId());
    assertEquals(
        "broadband-fault -> broadband-fault-future: 5 changes (1 added, 1 removed, 0 moved, 3"
            + " changed)\n"
            + "  CHANGED journey \"Get a broadband fault fixed\": id: \"broadband-fault\" ->"
            + " \"broadband-fault-future\"; state: \"CURRENT\" -> \"FUTURE\"; counterpartId:"
            + " \"broadband-fault-future\" -> \"broadband-fault\"\n"
            + "  ADDED touchpoint proactive-alert \"Get a text that we know about the fault\" at"
            + " stages[0].touchpoints[0]\n"
            + "  CHANGED touchpoint call \"Call the helpline\" at stages[1].touchpoints[0]:"
            + " measurements: \"expectation 6.1 on [1..7] baseline 4, n=240, collected"
            + " 2026-10-02, from q3-pulse (SURVEY, QUANTITATIVE); perception 3.4 on [1..7]"
            + " baseline 4, n=240, collected 2026-10-02, from q3-pulse (SURVEY, QUANTITATIVE);"
            + " emotion -1.6 on [-2..2] baseline 0, n=240, collected 2026-10-02, from q3-pulse"
            + " (SURVEY, QUANTITATIVE); wait-minutes 14 on [0..] unit \"minutes\", n=9120,"
            + " collected 2026-10-31, from call-logs (CRM, QUANTITATIVE, \"Case records of the"
            + " contact centre\")\" -> \"emotion 0.5 on [-2..2] baseline 0\"\n"
            + "  CHANGED action eta-sms \"Text the engineer's arrival window\" at actions[1]:"
            + " status: \"PLANNED\" -> \"DONE\"\n"
            + "  REMOVED gap promise-gap \"Adverts promise same-day fixes; the median is three"
            + " days\" from gaps[1]\n"
            + "Progress:\n"
            + "  action eta-sms \"Text the engineer's arrival window\": PLANNED -> DONE"
            + " (closed)\n"
            + "  gap closed: promise-gap \"Adverts promise same-day fixes; the median is three"
            + " days\" (CUSTOMER_EXPECTATIONS, CRITICAL)\n"
            + "  pain point call \"Call the helpline\": emotion -1.6 -> 0.5, relieved\n",
        diff.summary());
    assertEquals(
        "JourneyDiff[broadband-fault -> broadband-fault-future: 5 changes (1 added, 1 removed, 0"
            + " moved, 3 changed)]",
        diff.toString());
  }

  @Test
  void aChangeHasTheShapeOfItsKind() {
    ValidationException added =
        assertThrows(
            ValidationException.class,
            () ->
                Change.builder()
                    .kind(ChangeKind.ADDED)
                    .elementKind(ElementKind.STAGE)
                    .label("Apply")
                    .beforePath("stages[0]")
                    .addField(FieldChange.of("name", Optional.of("a"), Optional.of("b")))
                    .build());
    assertEquals(List.of("elementKind", "beforePath", "afterPath", "fields"), paths(added));
    ValidationException journey =
        assertThrows(
            ValidationException.class,
            () -> Change.builder().kind(ChangeKind.MOVED).label("J").afterPath("x").build());
    assertEquals(List.of("kind", "afterPath"), paths(journey));
    Change moved =
        Change.builder()
            .kind(ChangeKind.MOVED)
            .elementKind(ElementKind.STAGE)
            .elementId("apply")
            .label("Apply")
            .beforePath("stages[0]")
            .afterPath("stages[1]")
            .build();
    assertFalse(moved.isJourneyChange());
    assertEquals("MOVED stage apply \"Apply\" from stages[0] to stages[1]", moved.toString());
    assertEquals(
        "owner: none -> \"Sales\"",
        FieldChange.of("owner", Optional.empty(), Optional.of("Sales")).toString());
  }

  /**
   * Every attribute that an element's builder sets is compared, except the id and the lists of
   * elements compared on their own; so a new attribute cannot slip past the diff unnoticed.
   */
  @Test
  void everyAttributeOfEveryElementIsCompared() {
    assertEquals(
        attributes(
            Journey.Builder.class,
            "personas",
            "stages",
            "moments",
            "gaps",
            "actions",
            "kpis",
            "governance"),
        withoutGovernance(ElementFields.JOURNEY.names()));
    assertEquals(
        attributes(Governance.Builder.class),
        ElementFields.JOURNEY.names().stream()
            .filter(n -> n.startsWith("governance."))
            .map(n -> n.substring("governance.".length()))
            .collect(Collectors.toCollection(TreeSet::new)));
    assertEquals(
        attributes(io.github.journeykit.core.model.Persona.Builder.class, "id"),
        names(ElementKind.PERSONA));
    assertEquals(attributes(Stage.Builder.class, "id", "touchpoints"), names(ElementKind.STAGE));
    assertEquals(attributes(Touchpoint.Builder.class, "id"), names(ElementKind.TOUCHPOINT));
    assertEquals(
        attributes(io.github.journeykit.core.model.MomentThatMatters.Builder.class, "id"),
        names(ElementKind.MOMENT));
    assertEquals(attributes(Gap.Builder.class, "id"), names(ElementKind.GAP));
    assertEquals(attributes(ActionItem.Builder.class, "id"), names(ElementKind.ACTION));
    assertEquals(attributes(Kpi.Builder.class, "id"), names(ElementKind.KPI));
  }

  @Test
  void changesOfOneKindKeepTheirOrder() {
    Journey after =
        BROADBAND
            .withGap(Gap.of("a", GapType.ORGANISATIONAL, "A", Location.journey()))
            .withAction(ActionItem.of("b", "B", ActionKind.RESEARCH))
            .withoutGap("promise-gap");
    JourneyDiff diff = JourneyDiff.between(BROADBAND, after);
    assertEquals(
        List.of("a", "b"),
        diff.changes(ChangeKind.ADDED).stream()
            .map(c -> c.elementId().get())
            .collect(Collectors.toList()));
    assertEquals(List.of(), diff.changes(ChangeKind.MOVED));
  }

  /** The attribute names a builder interface sets: {@code name(...)}, {@code addAllNames(...)}. */
  private static Set<String> attributes(Class<?> builder, String... except) {
    Set<String> names = new TreeSet<>();
    for (Method method : builder.getMethods()) {
      String name = method.getName();
      if (method.getParameterCount() != 1 || name.equals("from")) {
        continue;
      }
      if (name.startsWith("addAll") || name.startsWith("putAll")) {
        names.add(Character.toLowerCase(name.charAt(6)) + name.substring(7));
      } else if (!name.startsWith("add") && !name.startsWith("put")) {
        names.add(name);
      }
    }
    names.removeAll(Arrays.asList(except));
    return names;
  }

  private static Set<String> names(ElementKind kind) {
    return new TreeSet<>(ElementFields.of(kind).names());
  }

  private static Set<String> withoutGovernance(Set<String> names) {
    return names.stream()
        .filter(n -> !n.startsWith("governance."))
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static List<String> paths(ValidationException e) {
    return e.violations().stream().map(Violation::path).collect(Collectors.toList());
  }

  private static List<String> strings(List<Change> changes) {
    return changes.stream().map(Change::toString).collect(Collectors.toList());
  }
}
