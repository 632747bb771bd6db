package io.github.journeykit.export.internal.cjml;

import static io.github.journeykit.export.internal.cjml.CjmlVocabulary.ACTORS;
import static io.github.journeykit.export.internal.cjml.CjmlVocabulary.ACTOR_ID;
import static io.github.journeykit.export.internal.cjml.CjmlVocabulary.ACTOR_NAME;
import static io.github.journeykit.export.internal.cjml.CjmlVocabulary.COMPANY_NAME;
import static io.github.journeykit.export.internal.cjml.CjmlVocabulary.END_USER_ELEMENT;
import static io.github.journeykit.export.internal.cjml.CjmlVocabulary.SERVICE_PROVIDER_ELEMENT;

import io.github.journeykit.core.model.Journey;
import io.github.journeykit.core.model.Persona;
import io.github.journeykit.core.model.Touchpoint;
import io.github.journeykit.export.internal.xml.XmlOut;
import java.io.IOException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The actors of a planned journey as CJML names them: an end user for each persona (a stand-in
 * without a name when there is none), and a service provider for each owner of a touchpoint, in
 * order of first appearance, plus one without a name for the touchpoints that have no owner. Not
 * public API.
 */
final class CjmlActors {
  /** The actor id of the end user when the journey names no persona. */
  static final String END_USER = "end-user";

  /** The actor id of the service provider of touchpoints without an owner. */
  static final String SERVICE_PROVIDER = "service-provider";

  final Journey journey;

  /** The owners and the ids of their service providers, in order of first appearance. */
  final Map<String, String> providers = new LinkedHashMap<>();

  /** Whether some touchpoint has no owner. */
  final boolean unownedTouchpoints;

  CjmlActors(Journey journey) {
    this.journey = journey;
    Set<String> taken = new HashSet<>();
    for (Persona persona : journey.personas()) {
      taken.add(persona.id());
    }
    boolean unowned = false;
    int next = 1;
    for (Touchpoint touchpoint : journey.touchpoints()) {
      if (touchpoint.owner().isEmpty()) {
        unowned = true;
        continue;
      }
      String owner = touchpoint.owner().get();
      if (!providers.containsKey(owner)) {
        String id;
        do {
          id = SERVICE_PROVIDER + "-" + next++;
        } while (taken.contains(id));
        providers.put(owner, id);
      }
    }
    unownedTouchpoints = unowned;
  }

  /** The end user who takes the journey: the first persona, or the stand-in. */
  String endUser() {
    return journey.personas().isEmpty() ? END_USER : journey.personas().get(0).id();
  }

  /** The service provider a touchpoint involves: its owner's, or the one without a name. */
  String provider(Optional<String> owner) {
    return owner.map(providers::get).orElse(SERVICE_PROVIDER);
  }

  /** Writes the {@code actors} element. */
  void write(XmlOut xml) throws IOException {
    xml.start(ACTORS);
    if (journey.personas().isEmpty()) {
      xml.start(END_USER_ELEMENT).attr(ACTOR_ID, END_USER).end();
    }
    for (Persona persona : journey.personas()) {
      xml.start(END_USER_ELEMENT).attr(ACTOR_ID, persona.id());
      xml.start(ACTOR_NAME).exactText(persona.name()).end();
      xml.end();
    }
    for (Map.Entry<String, String> provider : providers.entrySet()) {
      xml.start(SERVICE_PROVIDER_ELEMENT).attr(ACTOR_ID, provider.getValue());
      xml.start(COMPANY_NAME).exactText(provider.getKey()).end();
      xml.end();
    }
    if (unownedTouchpoints) {
      xml.start(SERVICE_PROVIDER_ELEMENT).attr(ACTOR_ID, SERVICE_PROVIDER).end();
    }
    xml.end();
  }
}
