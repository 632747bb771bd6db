package io.github.journeykit.export.internal.cjml;

import static io.github.journeykit.export.internal.cjml.CjmlVocabulary.ACTOR_ID_REF;
import static io.github.journeykit.export.internal.cjml.CjmlVocabulary.ACTUAL_ACTION;
import static io.github.journeykit.export.internal.cjml.CjmlVocabulary.ACTUAL_COMMUNICATION_POINT;
import static io.github.journeykit.export.internal.cjml.CjmlVocabulary.ACTUAL_JOURNEY;
import static io.github.journeykit.export.internal.cjml.CjmlVocabulary.BELONGS_TO;
import static io.github.journeykit.export.internal.cjml.CjmlVocabulary.CHANNEL;
import static io.github.journeykit.export.internal.cjml.CjmlVocabulary.CHANNEL_NAME;
import static io.github.journeykit.export.internal.cjml.CjmlVocabulary.COMMENT;
import static io.github.journeykit.export.internal.cjml.CjmlVocabulary.COMPLIANCE;
import static io.github.journeykit.export.internal.cjml.CjmlVocabulary.INITIATOR;
import static io.github.journeykit.export.internal.cjml.CjmlVocabulary.INITIATOR_LABEL;
import static io.github.journeykit.export.internal.cjml.CjmlVocabulary.JOURNEY_ID;
import static io.github.journeykit.export.internal.cjml.CjmlVocabulary.JOURNEY_PHASE;
import static io.github.journeykit.export.internal.cjml.CjmlVocabulary.JOURNEY_PHASES;
import static io.github.journeykit.export.internal.cjml.CjmlVocabulary.JOURNEY_TITLE;
import static io.github.journeykit.export.internal.cjml.CjmlVocabulary.NO_CHANNEL;
import static io.github.journeykit.export.internal.cjml.CjmlVocabulary.PHASE_DESCRIPTION;
import static io.github.journeykit.export.internal.cjml.CjmlVocabulary.PHASE_ID;
import static io.github.journeykit.export.internal.cjml.CjmlVocabulary.PHASE_ID_REF;
import static io.github.journeykit.export.internal.cjml.CjmlVocabulary.PHASE_NAME;
import static io.github.journeykit.export.internal.cjml.CjmlVocabulary.PLANNED_ACTION;
import static io.github.journeykit.export.internal.cjml.CjmlVocabulary.PLANNED_COMMUNICATION_POINT;
import static io.github.journeykit.export.internal.cjml.CjmlVocabulary.PLANNED_JOURNEY;
import static io.github.journeykit.export.internal.cjml.CjmlVocabulary.PLANNED_REFERENCE;
import static io.github.journeykit.export.internal.cjml.CjmlVocabulary.RECEIVER;
import static io.github.journeykit.export.internal.cjml.CjmlVocabulary.REFERS_TO;
import static io.github.journeykit.export.internal.cjml.CjmlVocabulary.ROOT;
import static io.github.journeykit.export.internal.cjml.CjmlVocabulary.SHORT_SUMMARY;
import static io.github.journeykit.export.internal.cjml.CjmlVocabulary.TIMESTAMPS;
import static io.github.journeykit.export.internal.cjml.CjmlVocabulary.TIME_COMPLETED;
import static io.github.journeykit.export.internal.cjml.CjmlVocabulary.TOUCHPOINTS;
import static io.github.journeykit.export.internal.cjml.CjmlVocabulary.TOUCHPOINT_ID;
import static io.github.journeykit.export.internal.cjml.CjmlVocabulary.VERSION;
import static io.github.journeykit.export.internal.cjml.CjmlVocabulary.VERSION_ATTRIBUTE;
import static io.github.journeykit.export.internal.cjml.CjmlVocabulary.compliance;

import io.github.journeykit.core.internal.Problems;
import io.github.journeykit.core.model.Journey;
import io.github.journeykit.core.model.Lane;
import io.github.journeykit.core.model.Stage;
import io.github.journeykit.core.model.Touchpoint;
import io.github.journeykit.core.path.ActualJourney;
import io.github.journeykit.core.path.ActualStep;
import io.github.journeykit.core.path.DeviationKind;
import io.github.journeykit.export.internal.xml.XmlOut;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Writes CJML 2.0 documents: a planned journey, and actual journeys after it. Every text goes
 * through {@link XmlOut#exactText}, so nothing in it becomes markup. Not public API.
 */
public final class CjmlWriter {
  private final XmlOut xml;
  private final Journey planned;
  private final CjmlActors actors;

  private CjmlWriter(XmlOut xml, Journey planned) {
    this.xml = xml;
    this.planned = planned;
    this.actors = new CjmlActors(planned);
  }

  /**
   * Writes a document holding {@code planned} and, after it, {@code actual}.
   *
   * @throws io.github.journeykit.core.model.ValidationException naming every step of {@code actual}
   *     that is neither a touchpoint of {@code planned} nor ad hoc, before anything is written
   */
  public static void write(Journey planned, List<ActualJourney> actual, OutputStream out)
      throws IOException {
    checkSteps(planned, actual);
    Writer text = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    XmlOut xml = XmlOut.to(text, Set.of()).declaration();
    CjmlWriter writer = new CjmlWriter(xml, planned);
    xml.start(ROOT).attr(VERSION_ATTRIBUTE, VERSION);
    writer.writePlanned();
    for (ActualJourney journey : actual) {
      writer.writeActual(journey);
    }
    xml.finish();
    text.flush();
  }

  private static void checkSteps(Journey planned, List<ActualJourney> actual) {
    Problems problems = Problems.of("Cjml");
    for (int i = 0; i < actual.size(); i++) {
      List<ActualStep> steps = actual.get(i).steps();
      for (int j = 0; j < steps.size(); j++) {
        ActualStep step = steps.get(j);
        problems.check(
            isAdHoc(step) || planned.touchpoint(step.step()).isPresent(),
            "actual[" + i + "].steps[" + j + "].step",
            "must be a touchpoint of the planned journey " + planned.id() + ", or an ad hoc step",
            step.step());
      }
    }
    problems.throwIfAny();
  }

  private static boolean isAdHoc(ActualStep step) {
    return step.deviations().contains(DeviationKind.AD_HOC);
  }

  private void writePlanned() throws IOException {
    xml.start(PLANNED_JOURNEY);
    textElement(JOURNEY_ID, planned.id());
    textElement(JOURNEY_TITLE, planned.title());
    if (!planned.stages().isEmpty()) {
      xml.start(JOURNEY_PHASES);
      for (Stage stage : planned.stages()) {
        xml.start(JOURNEY_PHASE).attr(PHASE_ID, stage.id());
        textElement(PHASE_NAME, stage.name());
        textElement(PHASE_DESCRIPTION, stage.description());
        xml.end();
      }
      xml.end();
    }
    textElement(SHORT_SUMMARY, planned.description());
    actors.write(xml);
    xml.start(TOUCHPOINTS);
    for (Stage stage : planned.stages()) {
      for (Touchpoint touchpoint : stage.touchpoints()) {
        writeTouchpoint(touchpoint, stage, Optional.empty());
      }
    }
    xml.end().end();
  }

  private void writeActual(ActualJourney journey) throws IOException {
    xml.start(ACTUAL_JOURNEY);
    textElement(JOURNEY_ID, journey.caseId());
    textElement(PLANNED_REFERENCE, planned.id());
    actors.write(xml);
    xml.start(TOUCHPOINTS);
    for (ActualStep step : journey.steps()) {
      if (isAdHoc(step)) {
        xml.start(ACTUAL_ACTION);
        textElement(TOUCHPOINT_ID, step.step());
        textElement(COMPLIANCE, compliance(step.deviations()));
        initiator(actors.endUser(), step.step());
        timestamps(step);
        xml.end();
      } else {
        Touchpoint touchpoint = planned.touchpoint(step.step()).get();
        writeTouchpoint(touchpoint, planned.stageOf(touchpoint.id()).get(), Optional.of(step));
      }
    }
    xml.end().end();
  }

  /**
   * A touchpoint of the plan: as planned, or as taken in an actual journey. The end user initiates
   * the customer's actions; the service provider of the touchpoint's owner initiates the rest.
   */
  private void writeTouchpoint(Touchpoint touchpoint, Stage stage, Optional<ActualStep> actual)
      throws IOException {
    boolean action = touchpoint.channel().equals(NO_CHANNEL);
    String element =
        actual.isPresent()
            ? (action ? ACTUAL_ACTION : ACTUAL_COMMUNICATION_POINT)
            : (action ? PLANNED_ACTION : PLANNED_COMMUNICATION_POINT);
    String provider = actors.provider(touchpoint.owner());
    boolean byCustomer = touchpoint.lane() == Lane.CUSTOMER_ACTION;
    xml.start(element);
    textElement(TOUCHPOINT_ID, touchpoint.id());
    xml.start(BELONGS_TO).attr(PHASE_ID_REF, stage.id()).end();
    if (actual.isPresent()) {
      textElement(COMPLIANCE, compliance(actual.get().deviations()));
    }
    initiator(byCustomer ? actors.endUser() : provider, touchpoint.name());
    if (!action) {
      xml.start(RECEIVER);
      xml.start(REFERS_TO).attr(ACTOR_ID_REF, byCustomer ? provider : actors.endUser()).end();
      xml.end();
      xml.start(CHANNEL);
      textElement(CHANNEL_NAME, touchpoint.channel().name());
      xml.end();
    }
    textElement(COMMENT, touchpoint.description());
    if (actual.isPresent()) {
      timestamps(actual.get());
    }
    xml.end();
  }

  private void initiator(String actorId, String label) throws IOException {
    xml.start(INITIATOR);
    xml.start(REFERS_TO).attr(ACTOR_ID_REF, actorId).end();
    textElement(INITIATOR_LABEL, label);
    xml.end();
  }

  private void timestamps(ActualStep step) throws IOException {
    if (step.time().isPresent()) {
      xml.start(TIMESTAMPS);
      textElement(TIME_COMPLETED, step.time().get().toString());
      xml.end();
    }
  }

  private void textElement(String name, String text) throws IOException {
    xml.start(name).exactText(text).end();
  }

  private void textElement(String name, Optional<String> text) throws IOException {
    if (text.isPresent()) {
      textElement(name, text.get());
    }
  }
}
