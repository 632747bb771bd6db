package io.github.journeykit.export.internal.view;

import io.github.journeykit.core.internal.Numbers;
import io.github.journeykit.core.model.Journey;
import io.github.journeykit.core.model.JourneyElement;
import io.github.journeykit.core.model.Kpi;
import io.github.journeykit.core.model.Measurement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

/**
 * How renderings for people name things: enum constants as words, numbers short, shares as
 * percentages and durations in their two largest units; the one place each is written for every
 * rendering. Not public API.
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
   * A share as a percentage without its sign, as {@link #number(double)} writes numbers: {@code
   * 81.2} for 0.812, {@code 33.33} for 1/3. The CSV file writes shares so; renderings for people
   * add the sign with {@link #percent(OptionalDouble)}.
   *
   * @param share the share, if any, 1 for all
   * @return the percentage, or {@code ""}
   */
  public static String percentNumber(OptionalDouble share) {
    return share.isPresent() ? number(100 * share.getAsDouble()) : "";
  }

  /**
   * A share as people read it: {@code 81.2%}, {@code 33.33%}, {@code 100%}.
   *
   * @param share the share, if any, 1 for all
   * @return the percentage with its sign, or {@code ""}
   */
  public static String percent(OptionalDouble share) {
    return share.isPresent() ? percentNumber(share) + "%" : "";
  }

  /**
   * A duration as people read it, in its two largest units, the smaller one rounded: {@code 2 d 4
   * h}, {@code 1 h 45 min}, {@code 4 min 30 s}, {@code 12 s}, {@code 0.25 s}.
   *
   * @param duration the duration, not negative
   * @return its short form
   */
  public static String duration(Duration duration) {
    if (duration.compareTo(Duration.ofMinutes(1)) < 0) {
      String seconds = number(duration.toNanos() / 1e9);
      if (!seconds.equals("60")) {
        return seconds + " s";
      }
    }
    long seconds = rounded(duration, Duration.ofSeconds(1));
    if (seconds < 3600) {
      return twoUnits(seconds / 60, "min", seconds % 60, "s");
    }
    long minutes = rounded(duration, Duration.ofMinutes(1));
    if (minutes < 24 * 60) {
      return twoUnits(minutes / 60, "h", minutes % 60, "min");
    }
    long hours = rounded(duration, Duration.ofHours(1));
    return twoUnits(hours / 24, "d", hours % 24, "h");
  }

  /** How {@link #instant} writes a time: to the minute, in UTC. */
  private static final DateTimeFormatter MINUTES =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

  /**
   * A time as people read it, to the minute, in UTC: {@code 2026-10-01 07:12 UTC}.
   *
   * @param instant the time
   * @return its short form
   */
  public static String instant(Instant instant) {
    return MINUTES.format(instant);
  }

  /** {@code duration} in whole {@code unit}s, half up. */
  private static long rounded(Duration duration, Duration unit) {
    return duration.plus(unit.dividedBy(2)).dividedBy(unit);
  }

  private static String twoUnits(long large, String largeUnit, long small, String smallUnit) {
    return large + " " + largeUnit + (small == 0 ? "" : " " + small + " " + smallUnit);
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
   * A KPI's readings as people read them, oldest first, each with its date and the KPI's unit, such
   * as {@code 2026-08-31: 28 %; 2026-09-30: 24.5 %}.
   *
   * @param kpi the KPI
   * @return the readings, or {@code ""} if it has none
   */
  public static String readings(Kpi kpi) {
    String unit = kpi.unit().map(u -> " " + u).orElse("");
    return kpi.readings().stream()
        .map(r -> r.date() + ": " + number(r.value()) + unit)
        .collect(Collectors.joining("; "));
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
