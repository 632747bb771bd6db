package io.github.journeykit.examples;

import io.github.journeykit.core.fixtures.SampleJourneys;
import io.github.journeykit.core.model.Journey;
import io.github.journeykit.core.model.Portfolio;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;

/**
 * Three realistic journey maps for the demo and the JShell tour: opening a current account at a
 * retail bank and getting a broadband fault fixed (each as it is, and as it should be), and
 * ordering and returning online. They use every part of the model, and they are not perfect: each
 * has the kind of shortfalls a CX lead's audit would find.
 *
 * <p>Each is defined once. The broadband journeys are the ones the tests of every module use, built
 * in core's test fixtures ({@link SampleJourneys}). The bank and retail journeys are the demo's
 * own, defined by their documents in the JSON format under {@code samples/} ({@link SampleJson}),
 * the format in which the demo reads a user's journeys too.
 *
 * <pre>{@code
 * Journey bank = Samples.openAccount();
 * Portfolio all = Samples.portfolio();
 * }</pre>
 */
public final class Samples {
  /** The day the samples describe; audits of the samples judge staleness against it. */
  public static final LocalDate AS_OF = SampleJourneys.TODAY;

  private Samples() {}

  /**
   * All sample journeys, each current-state journey that has a desired state followed by it.
   *
   * @return the journeys
   * @throws UncheckedIOException if a sample document cannot be read
   */
  public static List<Journey> all() {
    return List.of(
        openAccount(),
        openAccountFuture(),
        broadbandFault(),
        broadbandFaultFuture(),
        orderAndReturn());
  }

  /**
   * The three journeys as customers experience them today: the ones live observations are for.
   * Their touchpoint ids are distinct, so an observation names one touchpoint of one journey.
   *
   * @return the current-state journeys
   * @throws UncheckedIOException if a sample document cannot be read
   */
  public static List<Journey> current() {
    return List.of(openAccount(), broadbandFault(), orderAndReturn());
  }

  /**
   * The samples as a portfolio: the two states of the bank journey, and of the broadband journey,
   * are counterparts.
   *
   * @return the portfolio
   * @throws UncheckedIOException if a sample document cannot be read
   */
  public static Portfolio portfolio() {
    return Portfolio.builder("sample-portfolio", "Sample journeys").addAllJourneys(all()).build();
  }

  /**
   * Opening a current account at a retail bank, as customers experience it today, from comparing
   * accounts to the first salary landing in the new account.
   *
   * @return the journey of {@code samples/open-account.json}
   * @throws UncheckedIOException if the document cannot be read
   */
  public static Journey openAccount() {
    return document("open-account");
  }

  /**
   * Opening a current account as it should be: live ID capture, a card in the app on day one,
   * identity checks in minutes, and the first payday celebrated.
   *
   * @return the journey of {@code samples/open-account-future.json}
   * @throws UncheckedIOException if the document cannot be read
   */
  public static Journey openAccountFuture() {
    return document("open-account-future");
  }

  /**
   * Getting a broadband fault fixed, as it is today: {@link SampleJourneys#broadbandFault()}.
   *
   * @return the journey
   */
  public static Journey broadbandFault() {
    return SampleJourneys.broadbandFault();
  }

  /**
   * Getting a broadband fault fixed, as it should be: a proactive alert, a better first call, the
   * broken promise withdrawn ({@link SampleJourneys#broadbandFaultFuture()}).
   *
   * @return the journey
   */
  public static Journey broadbandFaultFuture() {
    return SampleJourneys.broadbandFaultFuture();
  }

  /**
   * Ordering online and returning what does not fit, from finding a product to getting the money
   * back for a return.
   *
   * @return the journey of {@code samples/order-and-return.json}
   * @throws UncheckedIOException if the document cannot be read
   */
  public static Journey orderAndReturn() {
    return document("order-and-return");
  }

  private static Journey document(String journeyId) {
    try {
      return SampleJson.read(journeyId);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Opens a resource of the bundled samples, such as {@code /samples/observations.csv}. */
  static InputStream open(String resource) throws IOException {
    InputStream in = Samples.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IOException("the resource " + resource + " is missing from the class path");
    }
    return in;
  }
}
