package io.github.journeykit.export.internal.cjml;

import io.github.journeykit.core.internal.Problems;
import io.github.journeykit.core.model.Channel;
import io.github.journeykit.core.path.DeviationKind;
import io.github.journeykit.export.cjml.Cjml;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The names of CJML 2.0's data format (SINTEF's Customer Journey Modeling Language; Halvorsrud,
 * Kvale and Følstad, "Improving service quality through customer journey analysis", 2016) that
 * JourneyKit writes and reads, and its readings of channel names and deviations. Not public API.
 */
final class CjmlVocabulary {
  private CjmlVocabulary() {}

  static final String ROOT = "CJML";
  static final String VERSION_ATTRIBUTE = "version";
  static final String VERSION = Cjml.VERSION;

  static final String PLANNED_JOURNEY = "plannedJourney";
  static final String ACTUAL_JOURNEY = "actualJourney";
  static final String JOURNEY_ID = "journeyID";
  static final String JOURNEY_TITLE = "journeyTitle";
  static final String PLANNED_REFERENCE = "plannedReference";
  static final String JOURNEY_PHASES = "journeyPhases";
  static final String JOURNEY_PHASE = "journeyPhase";
  static final String PHASE_ID = "phaseID";
  static final String PHASE_NAME = "phaseName";
  static final String PHASE_DESCRIPTION = "phaseDescription";
  static final String SHORT_SUMMARY = "journeyShortSummary";

  static final String ACTORS = "actors";
  static final String END_USER_ELEMENT = "endUser";
  static final String SERVICE_PROVIDER_ELEMENT = "serviceProvider";
  static final String ACTOR_ID = "actorID";
  static final String ACTOR_NAME = "actorName";
  static final String COMPANY_NAME = "companyName";

  static final String TOUCHPOINTS = "touchpoints";
  static final String PLANNED_COMMUNICATION_POINT = "plannedCommunicationPoint";
  static final String PLANNED_ACTION = "plannedAction";
  static final String ACTUAL_COMMUNICATION_POINT = "actualCommunicationPoint";
  static final String ACTUAL_ACTION = "actualAction";
  static final String TOUCHPOINT_ID = "touchpointID";
  static final String BELONGS_TO = "belongsTo";
  static final String PHASE_ID_REF = "phaseIDref";
  static final String COMPLIANCE = "compliance";
  static final String INITIATOR = "initiator";
  static final String INITIATOR_LABEL = "initiatorLabel";
  static final String RECEIVER = "receiver";
  static final String REFERS_TO = "refersTo";
  static final String ACTOR_ID_REF = "actorIDref";
  static final String CHANNEL = "channel";
  static final String CHANNEL_NAME = "channelName";
  static final String COMMENT = "comment";
  static final String TIMESTAMPS = "timestamps";
  static final String TIME_COMPLETED = "timeCompleted";

  /**
   * The channel of a touchpoint that is a CJML action: something one actor does alone, on no
   * channel. A touchpoint on it is written as an action.
   */
  static final Channel NO_CHANNEL = Channel.of("none");

  /** The compliance of an actual touchpoint taken as planned. */
  static final String COMPLETED = "completed";

  /** The deviations in the order in which one names a step that has several. */
  private static final List<DeviationKind> PRECEDENCE =
      List.of(
          DeviationKind.MISSING,
          DeviationKind.FAILING,
          DeviationKind.AD_HOC,
          DeviationKind.OUT_OF_ORDER,
          DeviationKind.REPEATED);

  /**
   * The compliance word of a step with {@code deviations}: {@code completed} for none, else the
   * word of the first in {@link #PRECEDENCE}: {@code missing}, {@code failing}, {@code adHoc},
   * {@code irregular} (CJML's irregular sequence) or {@code repeated}.
   */
  static String compliance(List<DeviationKind> deviations) {
    for (DeviationKind kind : PRECEDENCE) {
      if (deviations.contains(kind)) {
        switch (kind) {
          case AD_HOC:
            return "adHoc";
          case OUT_OF_ORDER:
            return "irregular";
          default:
            return kind.name().toLowerCase(Locale.ROOT);
        }
      }
    }
    return COMPLETED;
  }

  /**
   * The channel a CJML channel name names: its words in lower case joined by '-' ({@code Internet
   * Via Smartphone} and {@code internetViaSmartphone} both name {@code internet-via-smartphone}); a
   * channel's own name names itself.
   *
   * @return the channel, or empty if the name gives no key
   */
  static Optional<Channel> channel(String channelName) {
    StringBuilder key = new StringBuilder();
    boolean separator = false;
    char previous = ' ';
    for (int i = 0; i < channelName.length(); i++) {
      char c = channelName.charAt(i);
      boolean lower = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
      boolean upper = c >= 'A' && c <= 'Z';
      if (lower || upper || c == '_' || c == '-') {
        boolean wordStart =
            upper && ((previous >= 'a' && previous <= 'z') || Character.isDigit(previous));
        if ((separator || wordStart) && key.length() > 0) {
          key.append('-');
        }
        key.append(upper ? (char) (c + ('a' - 'A')) : c);
        separator = false;
      } else {
        separator = true;
      }
      previous = c;
    }
    String name = key.toString();
    return Problems.isKey(name) ? Optional.of(Channel.of(name)) : Optional.empty();
  }
}
