package io.github.journeykit.spark.internal;

import java.sql.Timestamp;
import java.time.Instant;
import org.apache.spark.sql.Row;

/** Reading the fields of a row the way every aggregator of the module does. Not public API. */
final class RowValues {
  private RowValues() {}

  static String text(Row row, int i) {
    return row.isNullAt(i) ? null : row.getString(i);
  }

  static Double number(Row row, int i) {
    return row.isNullAt(i) ? null : row.getDouble(i);
  }

  /**
   * A timestamp as an instant: Spark gives {@link Timestamp}s, or {@link Instant}s where {@code
   * spark.sql.datetime.java8API.enabled} is set.
   */
  static Instant time(Row row, int i) {
    if (row.isNullAt(i)) {
      return null;
    }
    Object value = row.get(i);
    return value instanceof Instant ? (Instant) value : ((Timestamp) value).toInstant();
  }

  /** A field in a record's text: {@code name=value}, a text quoted. */
  static void field(StringBuilder text, String name, Object value) {
    if (text.length() > 1) {
      text.append(", ");
    }
    text.append(name).append('=');
    if (value instanceof String) {
      text.append('"').append(value).append('"');
    } else {
      text.append(value);
    }
  }
}
