package io.github.journeykit.analytics.internal.csv;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * Reads a decimal number or an ISO-8601 instant from a range of a byte array. The usual forms
 * ({@code 4}, {@code -0.5}, {@code 2026-11-02T10:15:00Z}, {@code 2026-11-02T10:15:00.250Z}) are
 * read in place, without making a {@code String}; any other text is handed to {@link
 * Double#parseDouble} or {@link Instant#parse}, so the result is always theirs. Holds the last
 * instant read; one parser per thread.
 */
public final class FieldParser {
  /** The rule a time that {@link #instant} cannot read breaks. */
  public static final String INSTANT_RULE =
      "must be an ISO-8601 instant such as 2026-11-02T10:15:00Z (a time in UTC) or"
          + " 2026-11-02T11:15:00+01:00";

  /** What a number may look like: Java's decimal form, without its suffixes and hex notation. */
  private static final Pattern DECIMAL =
      Pattern.compile(
          "[+-]?(?:(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][+-]?[0-9]+)?|NaN|Infinity)");

  /** Powers of ten that are exact as doubles. */
  private static final double[] POWERS = new double[23];

  private static final int[] NANO_SCALE = {
    1_000_000_000, 100_000_000, 10_000_000, 1_000_000, 100_000, 10_000, 1_000, 100, 10, 1
  };

  static {
    double power = 1;
    for (int i = 0; i < POWERS.length; i++) {
      POWERS[i] = power;
      power *= 10;
    }
  }

  private long second;
  private int nano;

  /** Seconds of the epoch of the last instant read. */
  public long second() {
    return second;
  }

  /** Nanoseconds of the second of the last instant read. */
  public int nano() {
    return nano;
  }

  /**
   * The number in {@code bytes[from..to)}, as {@link Double#parseDouble} reads it.
   *
   * @return the number, NaN when the text is {@code NaN} or not a number (tell them apart with
   *     {@link #isNumber})
   */
  public static double decimal(byte[] bytes, int from, int to) {
    int i = from;
    boolean negative = false;
    if (i < to && (bytes[i] == '-' || bytes[i] == '+')) {
      negative = bytes[i] == '-';
      i++;
    }
    long mantissa = 0;
    int digits = 0;
    int fraction = 0;
    while (i < to) {
      int digit = bytes[i] - '0';
      if (digit < 0 || digit > 9) {
        break;
      }
      mantissa = mantissa * 10 + digit;
      digits++;
      i++;
    }
    if (i < to && bytes[i] == '.') {
      i++;
      while (i < to) {
        int digit = bytes[i] - '0';
        if (digit < 0 || digit > 9) {
          break;
        }
        mantissa = mantissa * 10 + digit;
        digits++;
        fraction++;
        i++;
      }
    }
    // Exact when the mantissa and the power of ten are both exact doubles (Clinger's fast path):
    // one correctly rounded division then gives the correctly rounded value.
    if (i == to
        && digits > 0
        && digits <= 18
        && mantissa < (1L << 53)
        && fraction < POWERS.length) {
      double value = fraction == 0 ? mantissa : mantissa / POWERS[fraction];
      return negative ? -value : value;
    }
    String text = new String(bytes, from, to - from, StandardCharsets.UTF_8);
    return DECIMAL.matcher(text).matches() ? Double.parseDouble(text) : Double.NaN;
  }

  /** Whether {@code bytes[from..to)} is a number (NaN and the infinities included). */
  public static boolean isNumber(byte[] bytes, int from, int to) {
    return DECIMAL.matcher(new String(bytes, from, to - from, StandardCharsets.UTF_8)).matches();
  }

  /**
   * Whether {@code bytes[from..to)}, in UTF-8, is blank as {@link String#isBlank} tells: empty or
   * white space only. Decided in place unless the text holds non-ASCII characters and no ASCII one
   * that is not white space.
   */
  public static boolean blank(byte[] bytes, int from, int to) {
    boolean ascii = true;
    for (int i = from; i < to; i++) {
      byte b = bytes[i];
      if (b < 0) {
        ascii = false;
      } else if (!Character.isWhitespace(b)) {
        return false;
      }
    }
    return ascii || new String(bytes, from, to - from, StandardCharsets.UTF_8).isBlank();
  }

  /**
   * Reads the instant in {@code bytes[from..to)} into {@link #second()} and {@link #nano()}, as
   * {@link Instant#parse} reads it.
   *
   * @return false if the text is not an instant
   */
  public boolean instant(byte[] bytes, int from, int to) {
    if (utc(bytes, from, to)) {
      return true;
    }
    try {
      Instant instant = Instant.parse(new String(bytes, from, to - from, StandardCharsets.UTF_8));
      second = instant.getEpochSecond();
      nano = instant.getNano();
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  /** The form {@code yyyy-MM-ddTHH:mm:ss[.f]Z} with a fraction of 1 to 9 digits, in place. */
  private boolean utc(byte[] bytes, int from, int to) {
    if (to - from < 20
        || bytes[from + 4] != '-'
        || bytes[from + 7] != '-'
        || bytes[from + 10] != 'T'
        || bytes[from + 13] != ':'
        || bytes[from + 16] != ':'
        || bytes[to - 1] != 'Z') {
      return false;
    }
    int year = digits(bytes, from, 4);
    int month = digits(bytes, from + 5, 2);
    int day = digits(bytes, from + 8, 2);
    int hour = digits(bytes, from + 11, 2);
    int minute = digits(bytes, from + 14, 2);
    int seconds = digits(bytes, from + 17, 2);
    if ((year | month | day | hour | minute | seconds) < 0
        || month < 1
        || month > 12
        || day < 1
        || day > lengthOfMonth(year, month)
        || hour > 23
        || minute > 59
        || seconds > 59) {
      return false;
    }
    int nanos = 0;
    int end = to - 1;
    if (from + 19 < end) {
      int length = end - (from + 20);
      if (bytes[from + 19] != '.' || length < 1 || length > 9) {
        return false;
      }
      nanos = digits(bytes, from + 20, length);
      if (nanos < 0) {
        return false;
      }
      nanos *= NANO_SCALE[length];
    }
    second = epochDay(year, month, day) * 86_400L + hour * 3600 + minute * 60 + seconds;
    nano = nanos;
    return true;
  }

  /** The decimal number of {@code count} digits at {@code from}, or -1 if one is not a digit. */
  private static int digits(byte[] bytes, int from, int count) {
    int value = 0;
    for (int i = from; i < from + count; i++) {
      int digit = bytes[i] - '0';
      if (digit < 0 || digit > 9) {
        return -1;
      }
      value = value * 10 + digit;
    }
    return value;
  }

  private static int lengthOfMonth(int year, int month) {
    switch (month) {
      case 2:
        boolean leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
        return leap ? 29 : 28;
      case 4:
      case 6:
      case 9:
      case 11:
        return 30;
      default:
        return 31;
    }
  }

  /**
   * Days from 1970-01-01 to a date of the proleptic Gregorian calendar, by H. Hinnant's
   * days_from_civil ("chrono-Compatible Low-Level Date Algorithms", 2013).
   */
  public static long epochDay(int year, int month, int day) {
    int y = month <= 2 ? year - 1 : year;
    int era = (y >= 0 ? y : y - 399) / 400;
    int yearOfEra = y - era * 400;
    int dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    int dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return era * 146_097L + dayOfEra - 719_468;
  }
}
