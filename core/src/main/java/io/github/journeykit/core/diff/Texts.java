package io.github.journeykit.core.diff;

import io.github.journeykit.core.internal.Numbers;
import io.github.journeykit.core.model.DataSource;
import io.github.journeykit.core.model.Enabler;
import io.github.journeykit.core.model.Evidence;
import io.github.journeykit.core.model.KpiReading;
import io.github.journeykit.core.model.Measurement;
import io.github.journeykit.core.model.Scale;
import io.github.journeykit.core.model.Stakeholder;
import io.github.journeykit.core.model.Suppression;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The text of a field's value in a {@link FieldChange}. A text field reads as it is; inside lists
 * and composite values every free text is quoted and escaped and every number written in full, so
 * that two different values do not read the same.
 */
final class Texts {
  private Texts() {}

  /** The value as text, or empty for an absent value: an empty optional, list or map. */
  static Optional<String> of(Object value) {
    if (value instanceof Optional) {
      return ((Optional<?>) value).flatMap(Texts::of);
    }
    if (value instanceof OptionalDouble) {
      OptionalDouble number = (OptionalDouble) value;
      return number.isPresent() ? Optional.of(number(number.getAsDouble())) : Optional.empty();
    }
    if (value instanceof Collection) {
      Collection<?> items = (Collection<?>) value;
      return items.isEmpty()
          ? Optional.empty()
          : Optional.of(items.stream().map(Texts::part).collect(Collectors.joining("; ")));
    }
    if (value instanceof Map) {
      Map<?, ?> entries = new TreeMap<>((Map<?, ?>) value);
      return entries.isEmpty()
          ? Optional.empty()
          : Optional.of(
              entries.entrySet().stream()
                  .map(e -> e.getKey() + "=" + part(e.getValue()))
                  .collect(Collectors.joining(", ")));
    }
    return Optional.of(value instanceof String ? (String) value : part(value));
  }

  /** A present value as part of a longer text. */
  private static String part(Object value) {
    if (value instanceof String) {
      return quote((String) value);
    }
    if (value instanceof Double) {
      return number((Double) value);
    }
    if (value instanceof Scale) {
      return scale((Scale) value);
    }
    if (value instanceof KpiReading) {
      KpiReading reading = (KpiReading) value;
      return reading.date() + ": " + number(reading.value());
    }
    if (value instanceof Measurement) {
      return measurement((Measurement) value);
    }
    if (value instanceof DataSource) {
      return source((DataSource) value);
    }
    if (value instanceof Enabler) {
      return enabler((Enabler) value);
    }
    if (value instanceof Evidence) {
      return evidence((Evidence) value);
    }
    if (value instanceof Stakeholder) {
      Stakeholder stakeholder = (Stakeholder) value;
      return quote(stakeholder.name()) + " as " + quote(stakeholder.role());
    }
    if (value instanceof Suppression) {
      Suppression suppression = (Suppression) value;
      return suppression.ruleId()
          + suppression.elementId().map(id -> " on " + id).orElse("")
          + ": "
          + quote(suppression.reason());
    }
    return value.toString();
  }

  /** A number in its short form where that is exact, else in full. */
  static String number(double value) {
    String shown = Numbers.show(value);
    return Double.compare(Double.parseDouble(shown), value) == 0 ? shown : Double.toString(value);
  }

  private static String quote(String text) {
    return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
  }

  private static String scale(Scale scale) {
    StringBuilder text = new StringBuilder("[").append(number(scale.min())).append("..");
    scale.max().ifPresent(max -> text.append(number(max)));
    text.append(']');
    scale.baseline().ifPresent(b -> text.append(" baseline ").append(number(b)));
    if (!scale.higherIsBetter()) {
      text.append(" lower is better");
    }
    scale.unit().ifPresent(u -> text.append(" unit ").append(quote(u)));
    return text.toString();
  }

  private static String measurement(Measurement m) {
    StringBuilder text =
        new StringBuilder(m.metric().name())
            .append(' ')
            .append(number(m.value()))
            .append(" on ")
            .append(scale(m.scale()));
    m.sampleSize().ifPresent(n -> text.append(", n=").append(n));
    m.collected().ifPresent(d -> text.append(", collected ").append(d));
    m.source().ifPresent(s -> text.append(", from ").append(source(s)));
    return text.toString();
  }

  private static String source(DataSource s) {
    return s.id()
        + " ("
        + s.kind()
        + ", "
        + s.nature()
        + s.description().map(d -> ", " + quote(d)).orElse("")
        + ")";
  }

  private static String enabler(Enabler e) {
    return e.kind()
        + " "
        + quote(e.name())
        + e.owner().map(o -> " owned by " + quote(o)).orElse("")
        + e.description().map(d -> ": " + quote(d)).orElse("");
  }

  private static String evidence(Evidence e) {
    return e.kind()
        + e.text().map(t -> " " + quote(t)).orElse("")
        + e.uri().map(u -> " <" + u + ">").orElse("")
        + e.caption().map(c -> ", caption " + quote(c)).orElse("")
        + e.source().map(s -> ", source " + quote(s)).orElse("");
  }
}
