package io.github.journeykit.export.cjml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.journeykit.core.fixtures.SampleJourneys;
import io.github.journeykit.core.model.Channel;
import io.github.journeykit.core.model.Journey;
import io.github.journeykit.core.model.Lane;
import io.github.journeykit.core.model.Persona;
import io.github.journeykit.core.model.Stage;
import io.github.journeykit.core.model.Touchpoint;
import io.github.journeykit.core.model.ValidationException;
import io.github.journeykit.core.path.ActualJourney;
import io.github.journeykit.core.path.ActualStep;
import io.github.journeykit.core.path.DeviationKind;
import io.github.journeykit.export.fixtures.HostileReports;
import io.github.journeykit.export.fixtures.Xml;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** Writing planned and actual journeys as CJML, and reading planned ones back. */
class CjmlTest {
  private static final Instant T = Instant.parse("2026-11-02T10:15:00Z");

  @Test
  void theSampleJourneyReadsBackWithEveryFieldCjmlHolds() {
    Journey journey = SampleJourneys.broadbandFault();
    String document = CjmlDocuments.planned(journey);
    assertEquals(List.of(), CjmlDocuments.schemaErrors(document));
    Journey back = CjmlDocuments.read(document);
    assertEquals(CjmlDocuments.carried(journey), back);
    assertEquals(journey.touchpoints().size(), back.touchpoints().size());
  }

  @Test
  void aDocumentWrittenByHandThatTheSchemaAcceptsImports() throws IOException {
    String document = resource("hand-written.cjml.xml");
    assertEquals(List.of(), CjmlDocuments.schemaErrors(document));
    Journey expected =
        Journey.builder("sell-a-book", "Sell a used book")
            .description("Carl sells a textbook through the marketplace")
            .addPersona(Persona.of("Carl", "Carl"))
            .addStage(
                Stage.builder("list", "List the book")
                    .description("From sign-up to a published ad")
                    .addTouchpoint(
                        Touchpoint.builder("TP1", "Customer creates account", Channel.WEB)
                            .lane(Lane.CUSTOMER_ACTION)
                            .owner("Bookis")
                            .build())
                    .addTouchpoint(
                        Touchpoint.builder(
                                "TP2", "Confirmation sent", Channel.of("internet-via-smartphone"))
                            .lane(Lane.FRONTSTAGE)
                            .owner("Bookis")
                            .description("Sent within a minute")
                            .build())
                    .build())
            .addStage(
                Stage.builder("ship", "Ship it")
                    .addTouchpoint(
                        Touchpoint.builder("TP3", "Parcel sorted", Channel.of("none"))
                            .lane(Lane.BACKSTAGE)
                            .build())
                    .build())
            .build();
    assertEquals(expected, CjmlDocuments.read(document));
  }

  @Test
  void aPlannedActionIsWrittenAsAnActionAndReadsBack() throws IOException {
    Journey journey = CjmlDocuments.read(resource("hand-written.cjml.xml"));
    String document = CjmlDocuments.planned(journey);
    assertEquals(List.of(), CjmlDocuments.schemaErrors(document));
    Document xml = Xml.parse(document);
    assertEquals(1, xml.getElementsByTagName("plannedAction").getLength());
    assertEquals(2, xml.getElementsByTagName("plannedCommunicationPoint").getLength());
    assertEquals(journey, CjmlDocuments.read(document));
  }

  @Test
  void aJourneyWithoutPhasesPutsItsTouchpointsInOneStage() {
    String document =
        "<CJML version=\"2.0\"><plannedJourney><journeyID>j</journeyID>"
            + "<journeyTitle>Sell</journeyTitle><actors><endUser actorID=\"u\"/></actors>"
            + "<touchpoints><plannedAction><touchpointID>t</touchpointID><initiator>"
            + "<refersTo actorIDref=\"u\"/><initiatorLabel>List it</initiatorLabel></initiator>"
            + "</plannedAction></touchpoints></plannedJourney></CJML>";
    assertEquals(List.of(), CjmlDocuments.schemaErrors(document));
    Journey journey = CjmlDocuments.read(document);
    assertEquals(List.of("touchpoints"), ids(journey.stages()));
    assertEquals(
        Touchpoint.builder("t", "List it", Channel.of("none")).lane(Lane.CUSTOMER_ACTION).build(),
        journey.touchpoints().get(0));
    assertTrue(journey.personas().isEmpty(), "an end user without a name is no persona");
  }

  @Test
  void actualJourneysCarryTheirStepsTimesAndDeviations() {
    Journey plan = SampleJourneys.openAccount();
    ActualJourney one =
        ActualJourney.of(
            "case-1",
            List.of(
                ActualStep.of("advert", T),
                ActualStep.of("called the bank", T.plusSeconds(60), List.of(DeviationKind.AD_HOC)),
                ActualStep.of("form", T.plusSeconds(120), List.of(DeviationKind.FAILING)),
                ActualStep.of(
                    "form",
                    T.plusSeconds(180),
                    List.of(DeviationKind.REPEATED, DeviationKind.OUT_OF_ORDER))));
    ActualJourney two = ActualJourney.of("case-2", List.of(ActualStep.missing("advert")));
    String document = CjmlDocuments.actual(plan, List.of(one, two));
    assertEquals(List.of(), CjmlDocuments.schemaErrors(document));

    Document xml = Xml.parse(document);
    List<Element> journeys = children(xml.getDocumentElement(), "actualJourney");
    assertEquals(2, journeys.size());
    assertEquals("case-1", childText(journeys.get(0), "journeyID"));
    assertEquals(plan.id(), childText(journeys.get(0), "plannedReference"));
    List<Element> steps = new ArrayList<>();
    for (Element step : elementChildren(children(journeys.get(0), "touchpoints").get(0))) {
      steps.add(step);
    }
    assertEquals(
        List.of(
            "actualCommunicationPoint",
            "actualAction",
            "actualCommunicationPoint",
            "actualCommunicationPoint"),
        steps.stream().map(Element::getTagName).toList());
    assertEquals(
        List.of("advert", "called the bank", "form", "form"),
        steps.stream().map(s -> childText(s, "touchpointID")).toList());
    assertEquals(
        List.of("completed", "adHoc", "failing", "irregular"),
        steps.stream().map(s -> childText(s, "compliance")).toList());
    assertEquals(
        T.plusSeconds(120).toString(),
        childText(children(steps.get(2), "timestamps").get(0), "timeCompleted"));
    Element missing = elementChildren(children(journeys.get(1), "touchpoints").get(0)).get(0);
    assertEquals("missing", childText(missing, "compliance"));
    assertTrue(children(missing, "timestamps").isEmpty(), "a missing step has no time");

    assertEquals(CjmlDocuments.carried(plan), CjmlDocuments.read(document));
  }

  @Test
  void anActualStepThatIsNeitherOnThePlanNorAdHocIsRefusedBeforeWriting() {
    ActualJourney stray =
        ActualJourney.of("case-9", List.of(ActualStep.of("advert", T), ActualStep.of("fax", T)));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ValidationException e =
        assertThrows(
            ValidationException.class,
            () -> Cjml.writeActual(SampleJourneys.openAccount(), List.of(stray), out));
    assertEquals(
        List.of(
            "actual[0].steps[1].step: must be a touchpoint of the planned journey open-account, or"
                + " an ad hoc step (was \"fax\")"),
        e.violations().stream().map(Object::toString).toList());
    assertEquals(0, out.size());
  }

  @Test
  void hostileTextIsEscapedAndNeverBecomesMarkup() {
    Journey journey = HostileReports.everyTextHostile().journey();
    String document = CjmlDocuments.planned(journey);
    assertEquals(List.of(), CjmlDocuments.schemaErrors(document));
    Document xml = Xml.parse(document);
    for (Element element : Xml.elements(xml)) {
      assertFalse(
          List.of("script", "img", "a", "svg", "text").contains(element.getTagName()),
          "markup from text became an element: " + element.getTagName());
    }
    assertEquals(CjmlDocuments.carried(journey), CjmlDocuments.read(document));
  }

  @Test
  void textIsKeptExactlyAsFarAsXmlCanHoldIt() {
    String kept = " two  spaces,\ttab, line\nfeed, return\r\n, pair \uD83D\uDE00, bidi \u202E, <&>";
    String lost = "nul\u0000 lone \uD800 reversed \uDC00\uD800 \uFFFF";
    Journey journey =
        Journey.builder("j", kept)
            .description(lost)
            .addStage(Stage.builder("s", "</phaseName><script>").build())
            .build();
    Journey back = CjmlDocuments.read(CjmlDocuments.planned(journey));
    assertEquals(kept, back.title());
    assertEquals(
        "nul\uFFFD lone \uFFFD reversed \uFFFD\uFFFD \uFFFD", back.description().orElseThrow());
    assertEquals("</phaseName><script>", back.stages().get(0).name());
  }

  @Test
  void readsAFileAndNamesItInMessages(@TempDir Path directory) throws IOException {
    Path file = directory.resolve("open-account.cjml.xml");
    try (var out = Files.newOutputStream(file)) {
      Cjml.writePlanned(SampleJourneys.openAccount(), out);
    }
    assertEquals(CjmlDocuments.carried(SampleJourneys.openAccount()), Cjml.readPlanned(file));
    Path broken = directory.resolve("broken.xml");
    Files.writeString(broken, "<CJML");
    var e =
        assertThrows(
            io.github.journeykit.export.json.JourneyFormatException.class,
            () -> Cjml.readPlanned(broken));
    assertTrue(e.getMessage().startsWith("The CJML journey document " + broken), e.getMessage());
  }

  @Test
  void theSameJourneyGivesTheSameBytesWhateverTheLocaleAndZone() throws IOException {
    Journey journey = SampleJourneys.broadbandFault();
    ByteArrayOutputStream here = new ByteArrayOutputStream();
    Cjml.writePlanned(journey, here);
    Locale locale = Locale.getDefault();
    TimeZone zone = TimeZone.getDefault();
    ByteArrayOutputStream elsewhere = new ByteArrayOutputStream();
    try {
      // A decimal comma and a zone far from UTC: neither may reach the document.
      Locale.setDefault(Locale.GERMANY);
      TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
      Cjml.writePlanned(journey, elsewhere);
    } finally {
      Locale.setDefault(locale);
      TimeZone.setDefault(zone);
    }
    assertEquals(here.toString(StandardCharsets.UTF_8), elsewhere.toString(StandardCharsets.UTF_8));
    // A planned journey alone is the document of the plan with no actual journeys.
    assertEquals(CjmlDocuments.planned(journey), here.toString(StandardCharsets.UTF_8));
  }

  @Test
  void nullArgumentsAreRefused() {
    Journey journey = SampleJourneys.openAccount();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertThrows(NullPointerException.class, () -> Cjml.writePlanned(null, out));
    assertThrows(NullPointerException.class, () -> Cjml.writePlanned(journey, null));
    assertThrows(NullPointerException.class, () -> Cjml.writeActual(journey, null, out));
    List<ActualJourney> withNull = new ArrayList<>();
    withNull.add(null);
    assertThrows(NullPointerException.class, () -> Cjml.writeActual(journey, withNull, out));
    assertThrows(NullPointerException.class, () -> Cjml.readPlanned(null, "x"));
    assertThrows(
        NullPointerException.class, () -> Cjml.readPlanned(InputStream.nullInputStream(), null));
    assertThrows(NullPointerException.class, () -> Cjml.readPlanned((Path) null));
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = CjmlTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static List<String> ids(List<Stage> stages) {
    return stages.stream().map(Stage::id).toList();
  }

  private static List<Element> elementChildren(Element parent) {
    List<Element> children = new ArrayList<>();
    for (var node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node instanceof Element) {
        children.add((Element) node);
      }
    }
    return children;
  }

  private static List<Element> children(Element parent, String name) {
    return elementChildren(parent).stream().filter(e -> e.getTagName().equals(name)).toList();
  }

  private static String childText(Element parent, String name) {
    return children(parent, name).get(0).getTextContent();
  }
}
