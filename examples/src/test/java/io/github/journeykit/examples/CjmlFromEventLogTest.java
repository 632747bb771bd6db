package io.github.journeykit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.journeykit.analytics.eventlog.Event;
import io.github.journeykit.analytics.eventlog.EventStatus;
import io.github.journeykit.analytics.eventlog.PathAnalysis;
import io.github.journeykit.core.fixtures.SampleJourneys;
import io.github.journeykit.core.model.Journey;
import io.github.journeykit.core.path.ActualJourney;
import io.github.journeykit.export.cjml.Cjml;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * An event log, through the analytics module's actual journeys, into a CJML document: the test
 * schema of the parts of CJML 2.0 that JourneyKit uses accepts it, and it carries each case's
 * steps, times and deviations.
 */
class CjmlFromEventLogTest {
  private static final Path SCHEMA =
      Path.of(
          "..",
          "export",
          "src",
          "test",
          "resources",
          "io",
          "github",
          "journeykit",
          "export",
          "cjml",
          "cjml-2.0-subset.xsd");

  private static final Instant T0 = Instant.parse("2026-11-02T09:00:00Z");

  @Test
  void anEventLogBecomesActualJourneysTheSchemaAccepts() throws Exception {
    Journey plan = SampleJourneys.broadbandFault();
    List<Event> log = new ArrayList<>();
    int minute = 0;
    for (String step : List.of("status-page", "call", "case", "engineer", "dispatch")) {
      log.add(Event.of("c-1", step, T0.plusSeconds(60L * minute++)));
    }
    log.add(Event.of("c-2", "call", T0.plusSeconds(60L * minute++)));
    log.add(Event.of("c-2", "tweet", T0.plusSeconds(60L * minute++)));
    Instant failedAt = T0.plusSeconds(60L * minute++);
    log.add(
        Event.builder()
            .caseId("c-2")
            .activity("engineer")
            .time(failedAt)
            .status(EventStatus.FAILED)
            .build());
    List<ActualJourney> cases = PathAnalysis.of(plan).actualJourneys(log);

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Cjml.writeActual(plan, cases, out);
    SchemaFactory schemas = SchemaFactory.newDefaultInstance();
    schemas.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    schemas
        .newSchema(SCHEMA.toFile())
        .newValidator()
        .validate(new StreamSource(new ByteArrayInputStream(out.toByteArray())));

    DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    Document document =
        factory.newDocumentBuilder().parse(new ByteArrayInputStream(out.toByteArray()));
    NodeList journeys = document.getElementsByTagName("actualJourney");
    assertEquals(2, journeys.getLength());
    for (int i = 0; i < 2; i++) {
      Element journey = (Element) journeys.item(i);
      ActualJourney actual = cases.get(i);
      assertEquals(actual.caseId(), text(journey, "journeyID", 0));
      NodeList ids = journey.getElementsByTagName("touchpointID");
      assertEquals(actual.steps().size(), ids.getLength());
      for (int k = 0; k < ids.getLength(); k++) {
        assertEquals(actual.steps().get(k).step(), ids.item(k).getTextContent());
      }
    }
    Element first = (Element) journeys.item(0);
    assertTrue(cases.get(0).conforms());
    for (int k = 0; k < 5; k++) {
      assertEquals("completed", text(first, "compliance", k));
    }
    Element second = (Element) journeys.item(1);
    List<String> compliance = new ArrayList<>();
    List<String> steps = new ArrayList<>();
    NodeList words = second.getElementsByTagName("compliance");
    for (int k = 0; k < words.getLength(); k++) {
      compliance.add(words.item(k).getTextContent());
      steps.add(text(second, "touchpointID", k));
    }
    assertEquals("adHoc", compliance.get(steps.indexOf("tweet")));
    assertEquals("failing", compliance.get(steps.indexOf("engineer")));
    assertTrue(
        second.getElementsByTagName("timeCompleted").getLength() >= 3,
        "every event's time is carried");
    assertTrue(out.toString(java.nio.charset.StandardCharsets.UTF_8).contains(failedAt.toString()));
  }

  private static String text(Element parent, String name, int index) {
    return parent.getElementsByTagName(name).item(index).getTextContent();
  }
}
