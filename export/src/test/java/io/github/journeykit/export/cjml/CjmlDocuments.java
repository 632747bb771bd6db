package io.github.journeykit.export.cjml;

import io.github.journeykit.core.model.Journey;
import io.github.journeykit.core.model.Lane;
import io.github.journeykit.core.model.Persona;
import io.github.journeykit.core.model.Stage;
import io.github.journeykit.core.model.Touchpoint;
import io.github.journeykit.core.path.ActualJourney;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * CJML documents for the tests: written to strings, checked against the test schema of the parts of
 * CJML 2.0 that JourneyKit uses, and the journey that reading one back must give.
 */
final class CjmlDocuments {
  private static final Schema SCHEMA = schema();

  private CjmlDocuments() {}

  private static Schema schema() {
    try (InputStream xsd = CjmlDocuments.class.getResourceAsStream("cjml-2.0-subset.xsd")) {
      SchemaFactory factory = SchemaFactory.newDefaultInstance();
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      return factory.newSchema(new StreamSource(xsd));
    } catch (IOException | SAXException e) {
      throw new AssertionError("the test schema does not load", e);
    }
  }

  /** The document of the planned journey {@code journey}. */
  static String planned(Journey journey) {
    return actual(journey, List.of());
  }

  /** The document of {@code planned} with the actual journeys {@code actual}. */
  static String actual(Journey planned, List<ActualJourney> actual) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      Cjml.writeActual(planned, actual, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  /** Reads the planned journey of {@code document}. */
  static Journey read(String document) {
    try {
      return Cjml.readPlanned(
          new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8)), "test.xml");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** What the test schema says is wrong with {@code document}; empty if it accepts it. */
  static List<String> schemaErrors(String document) {
    List<String> errors = new ArrayList<>();
    Validator validator = SCHEMA.newValidator();
    validator.setErrorHandler(
        new ErrorHandler() {
          @Override
          public void warning(SAXParseException e) {}

          @Override
          public void error(SAXParseException e) {
            errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage());
          }

          @Override
          public void fatalError(SAXParseException e) {
            error(e);
          }
        });
    try {
      validator.validate(
          new StreamSource(new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8))));
    } catch (SAXException | IOException e) {
      errors.add(e.getMessage());
    }
    return errors;
  }

  /**
   * The journey that CJML carries of {@code journey}: ids, title and description, the personas' ids
   * and names, the stages' ids, names and descriptions, and the touchpoints' ids, names, channels,
   * owners and descriptions, with the customer's actions told apart from the rest (which read back
   * as frontstage); every text as XML 1.0 can hold it.
   */
  static Journey carried(Journey journey) {
    Journey.Builder carried = Journey.builder(journey.id(), xml(journey.title()));
    journey.description().map(CjmlDocuments::xml).ifPresent(carried::description);
    for (Persona persona : journey.personas()) {
      carried.addPersona(Persona.of(persona.id(), xml(persona.name())));
    }
    for (Stage stage : journey.stages()) {
      Stage.Builder copy = Stage.builder(stage.id(), xml(stage.name()));
      stage.description().map(CjmlDocuments::xml).ifPresent(copy::description);
      for (Touchpoint touchpoint : stage.touchpoints()) {
        Touchpoint.Builder kept =
            Touchpoint.builder(touchpoint.id(), xml(touchpoint.name()), touchpoint.channel())
                .lane(
                    touchpoint.lane() == Lane.CUSTOMER_ACTION
                        ? Lane.CUSTOMER_ACTION
                        : Lane.FRONTSTAGE);
        touchpoint.owner().map(CjmlDocuments::xml).ifPresent(kept::owner);
        touchpoint.description().map(CjmlDocuments::xml).ifPresent(kept::description);
        copy.addTouchpoint(kept.build());
      }
      carried.addStage(copy.build());
    }
    return carried.build();
  }

  /**
   * {@code text} as XML 1.0 holds it (its Char production): tab, line feed, carriage return, U+0020
   * to U+D7FF, U+E000 to U+FFFD and paired surrogates stay; anything else becomes U+FFFD.
   */
  static String xml(String text) {
    StringBuilder held = new StringBuilder();
    text.codePoints()
        .forEach(
            c -> {
              boolean legal =
                  c == 0x9
                      || c == 0xA
                      || c == 0xD
                      || (c >= 0x20 && c <= 0xD7FF)
                      || (c >= 0xE000 && c <= 0xFFFD)
                      || c >= 0x10000;
              held.appendCodePoint(legal ? c : 0xFFFD);
            });
    return held.toString();
  }
}
