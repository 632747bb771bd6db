package io.github.journeykit.examples;

import io.github.journeykit.core.model.Journey;
import io.github.journeykit.core.model.Measurement;
import io.github.journeykit.core.model.Metric;
import io.github.journeykit.core.model.Scale;
import io.github.journeykit.core.model.Touchpoint;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Generates survey and analytics observations for the sample journeys, reproducibly: the same seed
 * gives the same rows. The answers span two quarters: in the fourth quarter of 2026 they are drawn
 * around the value each touchpoint's latest measurement holds, in the third around a value that
 * differs from it by a drift of its own (the map's touchpoints got better or worse since), and the
 * respondents of the {@code south} region answer a little lower than those of the {@code north}.
 *
 * <p>The CSV has a header and the columns {@code touchpoint_id, metric, value, observed_at, source,
 * respondent_id, region}; {@code observed_at} is an ISO-8601 instant in UTC. {@link #BAD_ROWS} are
 * appended at the end to show how bad input is reported.
 *
 * <pre>{@code
 * try (Writer out = Files.newBufferedWriter(Path.of("observations.csv"))) {
 *   ObservationsGenerator.write(Samples.all(), 20261123L, 1.0, out);
 * }
 * }</pre>
 */
public final class ObservationsGenerator {
  /** The CSV header. */
  public static final String HEADER =
      "touchpoint_id,metric,value,observed_at,source,respondent_id,region";

  /** The regions, the segments of the sample: each answer comes from one. */
  public static final List<String> REGIONS = List.of("north", "south");

  /** The seed of the committed sample file. */
  public static final long SAMPLE_SEED = 20261123L;

  /** Responses per sampled response in the committed sample file. */
  public static final double SAMPLE_SCALE = 2.0;

  /**
   * Rows that break one rule each, appended to generated files: an unknown touchpoint, a value off
   * its scale, a value that is not a number, a missing value, a time that is not an instant, a
   * metric without a known scale, and a row with a missing column.
   */
  public static final List<String> BAD_ROWS =
      List.of(
          "no-such-step,csat,4,2026-11-02T10:15:00Z,onboarding-pulse,r-900001,north",
          "id-upload,csat,9,2026-11-02T10:16:00Z,onboarding-pulse,r-900002,north",
          "id-upload,emotion,NaN,2026-11-02T10:17:00Z,onboarding-pulse,r-900003,south",
          "refund,nps,,2026-11-02T10:18:00Z,onboarding-pulse,r-900004,south",
          "call,csat,3,yesterday,q3-pulse,r-900005,north",
          "call,mood,3,2026-11-02T10:19:00Z,q3-pulse,r-900006,south",
          "checkout,ces,6,2026-11-02T10:20:00Z,north");

  /** In a fixed order: the same seed must give the same rows. */
  private static final List<Metric> SURVEYED =
      List.of(
          Metric.EMOTION,
          Metric.EXPECTATION,
          Metric.PERCEPTION,
          Metric.CSAT,
          Metric.NPS,
          Metric.CES);

  /** The first answer's earliest time: the start of the third quarter of 2026. */
  private static final Instant FROM =
      LocalDate.of(2026, 7, 1).atStartOfDay(ZoneOffset.UTC).toInstant();

  /** The fourth quarter's start: answers after it are drawn around the map's values. */
  private static final Instant Q4 =
      LocalDate.of(2026, 10, 1).atStartOfDay(ZoneOffset.UTC).toInstant();

  /** Answers come in up to the 52nd day of the fourth quarter. */
  private static final long SPAN_SECONDS = (92L + 52) * 24 * 3600;

  private ObservationsGenerator() {}

  /**
   * Writes the observations of {@code journeys} as CSV, the bad rows last.
   *
   * @param journeys the journeys whose touchpoints are observed
   * @param seed the seed; the same seed gives the same rows
   * @param scale how many responses per response behind each measurement's sample size (1.0 gives
   *     as many responses as the sample sizes say)
   * @param out where to write
   * @return the number of good rows written
   * @throws IOException if writing fails
   */
  public static long write(List<Journey> journeys, long seed, double scale, Writer out)
      throws IOException {
    Objects.requireNonNull(journeys, "journeys");
    Objects.requireNonNull(out, "out");
    SplittableRandom random = new SplittableRandom(seed);
    long rows = 0;
    long respondent = 0;
    out.write(HEADER);
    out.write('\n');
    for (Journey journey : journeys) {
      for (Touchpoint touchpoint : journey.touchpoints()) {
        for (Metric metric : SURVEYED) {
          Measurement measured = touchpoint.latest(metric).orElse(null);
          if (measured == null || measured.sampleSize().isEmpty()) {
            continue;
          }
          long count = Math.max(1, Math.round(measured.sampleSize().getAsLong() * scale));
          String source = measured.source().map(s -> s.id()).orElse("unknown");
          // How much better or worse the touchpoint was in the third quarter, in answer spreads.
          double drift = (random.nextDouble() * 2 - 1) * 0.6;
          for (long i = 0; i < count; i++) {
            Instant at = FROM.plusSeconds(random.nextLong(SPAN_SECONDS));
            int region = random.nextInt(REGIONS.size());
            double shift = (at.isBefore(Q4) ? drift : 0) - 0.25 * region;
            double value = answer(random, metric, measured.value(), shift, measured.scale());
            out.write(touchpoint.id());
            out.write(',');
            out.write(metric.name());
            out.write(',');
            out.write(number(value));
            out.write(',');
            out.write(at.toString());
            out.write(',');
            out.write(source);
            out.write(",r-");
            out.write(String.format(Locale.ROOT, "%06d", ++respondent % 1_000_000));
            out.write(',');
            out.write(REGIONS.get(region));
            out.write('\n');
            rows++;
          }
        }
      }
    }
    for (String bad : BAD_ROWS) {
      out.write(bad);
      out.write('\n');
    }
    return rows;
  }

  /**
   * An answer around {@code mean} moved by {@code shift} spreads, on the scale's own steps (whole
   * points, or halves for emotion), in the better direction of the scale for a positive shift.
   */
  private static double answer(
      SplittableRandom random, Metric metric, double mean, double shift, Scale scale) {
    double spread = metric.equals(Metric.EMOTION) ? 0.7 : metric.equals(Metric.NPS) ? 1.8 : 1.0;
    double step = metric.equals(Metric.EMOTION) ? 0.5 : 1.0;
    double better = scale.higherIsBetter() ? 1 : -1;
    double drawn = mean + (gaussian(random) + better * shift) * spread;
    double value = Math.rint(drawn / step) * step;
    double max = scale.max().orElse(value);
    return Math.max(scale.min(), Math.min(max, value));
  }

  private static double gaussian(SplittableRandom random) {
    // Box-Muller; SplittableRandom has no nextGaussian on Java 17.
    double u = 1 - random.nextDouble();
    double v = random.nextDouble();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }

  private static String number(double value) {
    return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
  }

  /**
   * Writes the committed sample file, {@code examples/src/main/resources/samples/observations.csv}
   * unless another path is given.
   *
   * @param args an optional output path
   * @throws IOException if writing fails
   */
  public static void main(String[] args) throws IOException {
    Path path =
        Path.of(args.length > 0 ? args[0] : "examples/src/main/resources/samples/observations.csv");
    Files.createDirectories(path.toAbsolutePath().getParent());
    try (Writer out = Files.newBufferedWriter(path, StandardCharsets.UTF_8)) {
      long rows = write(Samples.current(), SAMPLE_SEED, SAMPLE_SCALE, out);
      System.out.println(
          "Wrote " + rows + " observations and " + BAD_ROWS.size() + " bad rows to " + path);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}
