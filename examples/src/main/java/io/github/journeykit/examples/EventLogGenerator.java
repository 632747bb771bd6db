package io.github.journeykit.examples;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Generates an event log of the sample bank journey ("Open a current account"), reproducibly: the
 * same seed gives the same events. Customers find out about the account one of three ways, apply,
 * verify their identity, activate the card and app, and switch their salary over; some drop out at
 * every stage, and the log holds every kind of deviation from the designed journey: a required step
 * left out, ad hoc steps the map does not show, steps out of order, steps taken again, and failed
 * steps. The web and API logs name some steps their own way ({@link #ACTIVITIES} maps them).
 *
 * <p>The CSV has a header and the columns {@code case_id, activity, time, status, channel}; {@code
 * time} is an ISO-8601 instant in UTC, {@code status} {@code completed} or {@code failed}. Events
 * come in time order, so the cases are interleaved, as in a real log.
 *
 * <pre>{@code
 * try (Writer out = Files.newBufferedWriter(Path.of("events.csv"))) {
 *   EventLogGenerator.write(5000, EventLogGenerator.SAMPLE_SEED, out);
 * }
 * }</pre>
 */
public final class EventLogGenerator {
  /** The CSV header. */
  public static final String HEADER = "case_id,activity,time,status,channel";

  /** The seed of the committed sample file. */
  public static final long SAMPLE_SEED = 20261123L;

  /** The cases of the committed sample file. */
  public static final int SAMPLE_CASES = 5000;

  /** The activities of the logs that are not touchpoint ids, by the touchpoint each one is. */
  public static final Map<String, String> ACTIVITIES =
      Map.of(
          "GET /apply", "application-form",
          "POST /api/upload-id", "id-upload",
          "KYC_SCREEN_DONE", "kyc-screening");

  private static final Instant FROM =
      LocalDate.of(2026, 9, 1).atStartOfDay(ZoneOffset.UTC).toInstant();
  private static final long SPAN_SECONDS = 70L * 24 * 3600;

  private EventLogGenerator() {}

  /** One event of a case, before the log is put in time order. */
  private static final class Event {
    final String caseId;
    final String activity;
    final Instant time;
    final boolean failed;
    final String channel;
    final long order;

    Event(
        String caseId, String activity, Instant time, boolean failed, String channel, long order) {
      this.caseId = caseId;
      this.activity = activity;
      this.time = time;
      this.failed = failed;
      this.channel = channel;
      this.order = order;
    }
  }

  /** One customer's journey as it unfolds. */
  private static final class Case {
    final String id;
    final SplittableRandom random;
    final List<Event> events;
    Instant now;

    Case(String id, SplittableRandom random, List<Event> events, Instant start) {
      this.id = id;
      this.random = random;
      this.events = events;
      this.now = start;
    }

    boolean chance(double p) {
      return random.nextDouble() < p;
    }

    /** An event after a pause of {@code minMinutes} to {@code maxMinutes}. */
    void step(String activity, String channel, long minMinutes, long maxMinutes, boolean failed) {
      now =
          now.plus(
              Duration.ofSeconds(
                  60 * minMinutes + random.nextLong(60 * (maxMinutes - minMinutes) + 1)));
      events.add(new Event(id, activity, now, failed, channel, events.size()));
    }

    void step(String activity, String channel, long minMinutes, long maxMinutes) {
      step(activity, channel, minMinutes, maxMinutes, false);
    }
  }

  /**
   * Writes the log of {@code cases} cases as CSV, in time order.
   *
   * @param cases how many customers' journeys
   * @param seed the seed; the same seed gives the same log
   * @param out where to write; not closed
   * @throws IOException if writing fails
   */
  public static void write(int cases, long seed, Writer out) throws IOException {
    SplittableRandom random = new SplittableRandom(seed);
    List<Event> events = new ArrayList<>();
    for (int c = 1; c <= cases; c++) {
      SplittableRandom own = random.split();
      Instant start = FROM.plusSeconds(own.nextLong(SPAN_SECONDS));
      walk(new Case(String.format("c-%05d", c), own, events, start));
    }
    events.sort(Comparator.comparing((Event e) -> e.time).thenComparingLong(e -> e.order));
    out.write(HEADER);
    out.write('\n');
    for (Event event : events) {
      out.write(
          event.caseId
              + ','
              + event.activity
              + ','
              + event.time
              + ','
              + (event.failed ? "failed" : "completed")
              + ','
              + event.channel
              + '\n');
    }
  }

  /** One customer's journey through the bank's designed journey, and off it. */
  private static void walk(Case c) {
    // Discover: one of three ways to find out; some look a second way too.
    double way = c.random.nextDouble();
    c.step(
        way < 0.5 ? "compare-site" : way < 0.85 ? "product-page" : "branch-enquiry",
        way < 0.85 ? "web" : "store",
        0,
        0);
    if (c.chance(0.08)) {
      c.step("product-page", "web", 5, 600);
    }
    if (c.chance(0.15)) {
      return;
    }
    // Apply: the form (some stop halfway, get a link and come back), then the decision.
    c.step("GET /apply", "web", 10, 2880);
    if (c.chance(0.2)) {
      c.step("resume-email", "email", 30, 120);
      c.step("GET /apply", "web", 60, 4320);
    }
    boolean declined = c.chance(0.06);
    c.step("decisioning", "back-office", 5, 240, declined);
    if (declined || c.chance(0.08)) {
      return;
    }
    // Verify: the ID photo (a quarter fail the first time and some look for help), screening, and
    // for a third a call to confirm; a few verify in a branch instead of uploading.
    if (c.chance(0.05)) {
      c.step("Verify in branch", "store", 600, 4320);
    } else {
      boolean rejected = c.chance(0.25);
      c.step("POST /api/upload-id", "app", 5, 600, rejected);
      if (rejected) {
        if (c.chance(0.5)) {
          c.step("GET /help/id-photo", "web", 1, 30);
        }
        c.step("POST /api/upload-id", "app", 2, 1440);
      }
    }
    c.step("KYC_SCREEN_DONE", "back-office", 10, 1440);
    if (c.chance(0.3)) {
      c.step("verify-call", "phone", 60, 2880);
    }
    if (c.chance(0.1)) {
      return;
    }
    // Activate: the card by post and the app; some register before the card comes, some never;
    // some ask by phone where the card is, and some chat about it.
    boolean appFirst = c.chance(0.15);
    boolean noApp = !appFirst && c.chance(0.06);
    if (appFirst) {
      c.step("app-registration", "app", 10, 600);
    }
    c.step("card-delivery", "mail", 2880, 10080);
    if (c.chance(0.12)) {
      c.step("IVR: where is my card", "phone", 1440, 4320);
    }
    if (!appFirst && !noApp) {
      c.step("app-registration", "app", 10, 2880);
    }
    if (c.chance(0.2)) {
      c.step("card-support", "chat", 10, 1440);
    }
    if (c.chance(0.2)) {
      return;
    }
    // Switch and settle in: most ask to move their account over; the first salary arrives.
    if (c.chance(0.6)) {
      c.step("switch-request", "web", 60, 10080);
    }
    c.step("first-salary", "app", 4320, 40320);
  }

  /**
   * Writes the committed sample file, {@code examples/src/main/resources/samples/events.csv},
   * relative to the repository root or to the examples module.
   *
   * @param args not used
   * @throws IOException if the file cannot be written
   */
  public static void main(String[] args) throws IOException {
    Path file = Path.of("examples", "src", "main", "resources", "samples", "events.csv");
    if (!Files.isDirectory(file.getParent())) {
      file = Path.of("src", "main", "resources", "samples", "events.csv");
    }
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      write(SAMPLE_CASES, SAMPLE_SEED, out);
    }
    System.out.println("Wrote " + file.toAbsolutePath());
  }
}
