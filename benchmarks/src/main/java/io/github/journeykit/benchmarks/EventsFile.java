package io.github.journeykit.benchmarks;

import io.github.journeykit.core.model.Channel;
import io.github.journeykit.core.model.Journey;
import io.github.journeykit.core.model.Stage;
import io.github.journeykit.core.model.Touchpoint;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import java.util.SplittableRandom;

/**
 * The event log that W6 analyses: {@code cases} customers' journeys of about ten events each on
 * {@link #JOURNEY}, five stages of three touchpoints (a step taken online or by phone, and an
 * optional letter), with drop-offs, ad hoc steps before a step, failed steps tried again, repeated
 * steps and letters that come before their step.
 *
 * <p>The log comes in two orders with the same events: interleaved, as a system writes events while
 * they happen (a case starts every 20 seconds on average and lasts days, so about fifteen thousand
 * cases are under way at any time; one event in fifty is written up to an hour late), and sorted by
 * case (each case's events together, in time order). Within a case no two events share a time, so
 * time order is the order of the case. Files are written once into the temporary directory and
 * reused by later forks and runs.
 */
final class EventsFile {
  static final String HEADER = "case_id,activity,time,status,channel";

  /** The stages of {@link #JOURNEY}. */
  static final int STAGES = 5;

  /** The journey the events are measured against. */
  static final Journey JOURNEY = journey();

  /** Activities that name no touchpoint; one needs quoting in CSV. */
  private static final String[] AD_HOC = {
    "GET /help", "IVR: status", "Chat", "Complaint, escalated"
  };

  private static final long FROM = Instant.parse("2026-01-01T00:00:00Z").getEpochSecond();

  /** Average seconds between the starts of two cases. */
  private static final int SPACING = 20;

  private EventsFile() {}

  private static Journey journey() {
    Journey.Builder journey = Journey.builder("w6", "Event log workload");
    for (int s = 0; s < STAGES; s++) {
      journey.addStage(
          Stage.builder("s" + s, "Stage " + s)
              .addTouchpoint(
                  Touchpoint.builder(web(s), "Step " + s + " online", Channel.WEB)
                      .step("s" + s)
                      .build())
              .addTouchpoint(
                  Touchpoint.builder(phone(s), "Step " + s + " by phone", Channel.PHONE)
                      .step("s" + s)
                      .build())
              .addTouchpoint(
                  Touchpoint.builder(mail(s), "A letter about step " + s, Channel.EMAIL)
                      .optional(true)
                      .build())
              .build());
    }
    return journey.build();
  }

  static String web(int stage) {
    return "s" + stage + "-web";
  }

  static String phone(int stage) {
    return "s" + stage + "-phone";
  }

  static String mail(int stage) {
    return "s" + stage + "-mail";
  }

  /** The log of {@code cases} cases, interleaved or sorted by case, written on first use. */
  static Path of(long cases, boolean sortedByCase) throws IOException {
    Path directory = Path.of(System.getProperty("java.io.tmpdir"), "journeykit-benchmarks");
    Files.createDirectories(directory);
    Path file =
        directory.resolve("events-" + cases + (sortedByCase ? "-sorted" : "-interleaved") + ".csv");
    if (Files.exists(file)) {
      return file;
    }
    // Written aside and moved into place, so a run stopped half-way never leaves a short file.
    Path partial = Files.createTempFile(directory, "events-", ".partial");
    try (BufferedWriter out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
      write(cases, sortedByCase, out);
    }
    Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    return file;
  }

  /** An event waiting to be written: the time it is written at, then the order it was made in. */
  private static final class Pending implements Comparable<Pending> {
    final long written;
    final long made;
    final String line;

    Pending(long written, long made, String line) {
      this.written = written;
      this.made = made;
      this.line = line;
    }

    @Override
    public int compareTo(Pending other) {
      int byTime = Long.compare(written, other.written);
      return byTime != 0 ? byTime : Long.compare(made, other.made);
    }
  }

  private static void write(long cases, boolean sortedByCase, BufferedWriter out)
      throws IOException {
    SplittableRandom random = new SplittableRandom(20261123L);
    out.write(HEADER);
    out.write('\n');
    // Interleaved: cases start in order, so an event written before the next case starts comes
    // before all of that case's events; the queue holds only the events of cases under way.
    PriorityQueue<Pending> pending = new PriorityQueue<>();
    long made = 0;
    Case one = new Case(random);
    for (long c = 0; c < cases; c++) {
      long start = FROM + c * SPACING + random.nextInt(SPACING);
      one.make(c, start);
      if (sortedByCase) {
        for (String line : one.lines) {
          out.write(line);
        }
        continue;
      }
      while (!pending.isEmpty() && pending.peek().written < start) {
        out.write(pending.poll().line);
      }
      for (int i = 0; i < one.lines.size(); i++) {
        pending.add(new Pending(one.written.get(i), made++, one.lines.get(i)));
      }
    }
    while (!pending.isEmpty()) {
      out.write(pending.poll().line);
    }
  }

  /** The events of one case: their lines in time order, and the time each is written at. */
  private static final class Case {
    final SplittableRandom random;
    final List<String> lines = new ArrayList<>();
    final List<Long> written = new ArrayList<>();
    String id;
    long time;

    Case(SplittableRandom random) {
      this.random = random;
    }

    void make(long c, long start) {
      lines.clear();
      written.clear();
      id = "case-" + c;
      time = start;
      for (int s = 0; s < STAGES; s++) {
        if (s > 0 && chance(7)) {
          break;
        }
        time += random.nextInt(2 * 86_400);
        while (chance(35)) {
          add(AD_HOC[random.nextInt(AD_HOC.length)], false);
        }
        boolean letterFirst = chance(3);
        if (letterFirst) {
          add(mail(s), false);
        }
        String step = chance(35) ? phone(s) : web(s);
        boolean failed = chance(6);
        add(step, failed);
        if (failed && chance(80)) {
          add(random.nextBoolean() ? phone(s) : web(s), false);
        }
        if (chance(20)) {
          add(step, false);
        }
        if (!letterFirst && chance(50)) {
          add(mail(s), false);
        }
      }
    }

    private boolean chance(int percent) {
      return random.nextInt(100) < percent;
    }

    /** Adds an event a minute to an hour after the one before; one in fifty is written late. */
    private void add(String activity, boolean failed) {
      time += 60 + random.nextInt(3600);
      written.add(random.nextInt(50) == 0 ? time + 1 + random.nextInt(3600) : time);
      lines.add(line(id, activity, time, failed));
    }
  }

  private static String line(String id, String activity, long second, boolean failed) {
    String channel =
        activity.endsWith("-phone")
            ? "phone"
            : activity.endsWith("-mail") ? "email" : activity.endsWith("-web") ? "web" : "other";
    String quoted = activity.indexOf(',') >= 0 ? '"' + activity + '"' : activity;
    return id
        + ','
        + quoted
        + ','
        + Instant.ofEpochSecond(second)
        + ','
        + (failed ? "failed" : "completed")
        + ','
        + channel
        + '\n';
  }
}
