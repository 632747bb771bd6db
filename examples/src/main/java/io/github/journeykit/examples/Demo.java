package io.github.journeykit.examples;

import io.github.journeykit.analytics.eventlog.ActivityMap;
import io.github.journeykit.cli.JourneyKitCli;
import io.github.journeykit.cli.ReportDefaults;
import java.io.PrintStream;
import java.net.URL;
import java.nio.file.Path;

/**
 * The main job of JourneyKit on the bundled samples: the {@code journeykit report} command, run on
 * the three journeys of {@link Samples} and the desired states of the bank and broadband journeys,
 * the sample observations CSV (split by quarter and by region), and the sample event log of the
 * bank journey ({@link EventLogGenerator}), writing into {@code demo-output/} in the current
 * directory. It takes the flags of {@code report} too (see {@code --help}), which run it on your
 * data instead.
 *
 * <pre>{@code
 * int status = Demo.run(new String[] {"--out", "maps"}, System.out, System.err);
 * }</pre>
 */
public final class Demo {
  /** Where the demo writes unless told otherwise, relative to the current directory. */
  public static final String DEFAULT_OUT = "demo-output";

  /** The journey whose sample event log the demo reads. */
  private static final String EVENTS_JOURNEY = "open-account";

  /** The attribute of the bundled sample observations that the demo segments them by. */
  private static final String REGION = "region";

  private Demo() {}

  /**
   * Runs the demo and exits with its status when that is not 0.
   *
   * @param args the flags of {@code report}
   */
  public static void main(String[] args) {
    int status = run(args, System.out, System.err);
    if (status != 0) {
      System.exit(status);
    }
  }

  /**
   * Runs the demo. The progress bar is drawn only when the demo runs on a terminal.
   *
   * @param args the flags of {@code report}
   * @param out where the summary goes
   * @param err where the progress bar and error messages go
   * @return the exit status: 0 done, 1 the output could not be written, 2 bad input or flags
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    return JourneyKitCli.report(defaults(), args, out, err);
  }

  /**
   * Runs the demo, drawing the progress bar on {@code err} only if {@code terminal}: its carriage
   * returns would smear a log.
   */
  static int run(String[] args, PrintStream out, PrintStream err, boolean terminal) {
    return JourneyKitCli.report(defaults(), args, out, err, terminal);
  }

  /** The demo's name and output directory, and the samples it runs on without {@code --journey}. */
  static ReportDefaults defaults() {
    return ReportDefaults.of("demo", Path.of(DEFAULT_OUT))
        .withSamples(Samples.all(), Samples.AS_OF)
        .withObservations(resource("/samples/observations.csv"), REGION)
        .withEventLog(
            EVENTS_JOURNEY,
            resource("/samples/events.csv"),
            ActivityMap.byTouchpointId().withAll(EventLogGenerator.ACTIVITIES));
  }

  private static URL resource(String name) {
    URL url = Demo.class.getResource(name);
    if (url == null) {
      throw new IllegalStateException("the resource " + name + " is missing from the class path");
    }
    return url;
  }
}
