package io.github.journeykit.cli.internal;

/**
 * Input or flags a command cannot work with: a file that cannot be read, a journey that is not
 * valid, an unknown format. The command exits with status 2 and nothing is written. Not public API.
 */
public class BadInputException extends Exception {
  private static final long serialVersionUID = 1L;

  /**
   * An exception whose message names the file or flag, the rule and the value.
   *
   * @param message the message
   */
  public BadInputException(String message) {
    super(message);
  }
}
