package io.github.journeykit.export.cjml;

import static io.github.journeykit.core.fixtures.Theories.qt;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.journeykit.core.fixtures.JourneyGenerators;
import io.github.journeykit.core.model.Journey;
import io.github.journeykit.export.fixtures.HostileReports;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Laws of the CJML format over generated journeys with arbitrary text. */
class CjmlProperties {
  @Test
  void readingWhatWasWrittenGivesEveryFieldCjmlHolds() {
    qt().forAll(JourneyGenerators.journeys())
        .checkAssert(
            j ->
                assertEquals(
                    CjmlDocuments.carried(j), CjmlDocuments.read(CjmlDocuments.planned(j))));
  }

  @Test
  void whatIsWrittenTheSchemaAccepts() {
    qt().forAll(JourneyGenerators.journeys())
        .checkAssert(
            j -> assertEquals(List.of(), CjmlDocuments.schemaErrors(CjmlDocuments.planned(j))));
  }

  @Test
  void writingWhatWasReadGivesTheSameDocument() {
    qt().forAll(JourneyGenerators.journeys())
        .checkAssert(
            j -> {
              String once = CjmlDocuments.planned(j);
              assertEquals(once, CjmlDocuments.planned(CjmlDocuments.read(once)));
            });
  }

  @Test
  void hostileTextReadsBackAsXmlHoldsIt() {
    qt().forAll(HostileReports.texts(), HostileReports.texts())
        .checkAssert(
            (title, name) -> {
              Journey journey = HostileReports.withTexts(List.of(title, name)).journey();
              String document = CjmlDocuments.planned(journey);
              assertEquals(List.of(), CjmlDocuments.schemaErrors(document));
              assertEquals(CjmlDocuments.carried(journey), CjmlDocuments.read(document));
            });
  }
}
