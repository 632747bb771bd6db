package io.github.journeykit.export.internal.view;

import io.github.journeykit.core.internal.Numbers;
import io.github.journeykit.core.model.Journey;
import io.github.journeykit.core.model.JourneyElement;
import io.github.journeykit.core.model.Measurement;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * How renderings for people name things: enum constants as words, numbers short. Not public API.
 */
public final class Words {
  private Words() {}

  /**
   * An enum constant as a word: {@code IN_PROGRESS} as {@code In progress}.
   *
   * @param constant the constant
   * @return the words
   */
  public static String of(Enum<?> constant) {
    String name = constant.name().replace('_', ' ').toLowerCase(Locale.ROOT);
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }

  /**
   * A number as people read it on a map, such as {@code 4}, {@code 0.3} or {@code -0.89}: at most
   * two decimal places, since means of live observations carry many more than anyone can use.
   *
   * @param value the number
   * @return its short form
   */
  public static String number(double value) {
    return Numbers.show(Math.abs(value) < 1e13 ? Math.round(value * 100) / 100.0 : value);
  }

  /**
   * A number as people write it, or an empty string.
   *
   * @param value the number, if any
   * @return its short form, or {@code ""}
   */
  public static String number(OptionalDouble value) {
    return value.isPresent() ? number(value.getAsDouble()) : "";
  }

  /**
   * A measurement's value, with {@code ▼} when it is below its baseline and the sample size when
   * known, such as {@code -1.6 ▼ (n 240)}.
   *
   * @param measurement the measurement, if any
   * @return its short form, or {@code ""}
   */
  public static String measurement(Optional<Measurement> measurement) {
    if (measurement.isEmpty()) {
      return "";
    }
    Measurement m = measurement.get();
    StringBuilder text = new StringBuilder(number(m.value()));
    if (m.isBelowBaseline()) {
      text.append(" \u25BC");
    }
    m.sampleSize().ifPresent(n -> text.append(" (n ").append(n).append(')'));
    return text.toString();
  }

  /**
   * What an element of the journey is called: a touchpoint's or stage's name, a gap's or action's
   * title, a KPI's name, a moment's touchpoint; the id itself if the journey has no such element.
   *
   * @param journey the journey
   * @param id the element's id
   * @return its name
   */
  public static String element(Journey journey, String id) {
    Optional<JourneyElement> found = journey.find(id);
    if (found.isEmpty()) {
      return id;
    }
    JourneyElement element = found.get();
    switch (element.kind()) {
      case STAGE:
        return journey.stage(id).get().name();
      case TOUCHPOINT:
        return journey.touchpoint(id).get().name();
      case GAP:
        return journey.gap(id).get().title();
      case ACTION:
        return journey.action(id).get().title();
      case KPI:
        return journey.kpi(id).get().name();
      case PERSONA:
        return journey.persona(id).get().name();
      case MOMENT:
        return "Moment at " + element(journey, journey.moment(id).get().touchpointId());
      default:
        return id;
    }
  }
}
