package io.github.journeykit.cli.internal;

/** The exit statuses of every command, as their help lists them. Not public API. */
final class ExitCodes {
  /** The command did its work. */
  static final int OK = 0;

  /** The output could not be written; what was there is as it was. */
  static final int CANNOT_WRITE = 1;

  /** Bad input or flags; nothing was written. */
  static final int BAD_INPUT = 2;

  /** The heading of the list in each command's help. */
  static final String HEADING = "%nExit codes:%n";

  /** The lines of the list in each command's help: status, colon, meaning. */
  static final String DONE_LINE = "0:done";

  /** The second line of the list. */
  static final String CANNOT_WRITE_LINE =
      "1:the output could not be written; files that were there are as they were";

  /** The third line of the list. */
  static final String BAD_INPUT_LINE = "2:bad input or flags; nothing was written";

  private ExitCodes() {}
}
