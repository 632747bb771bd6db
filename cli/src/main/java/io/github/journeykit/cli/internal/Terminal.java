package io.github.journeykit.cli.internal;

import java.io.Console;

/**
 * Whether the program runs on a terminal, where a progress bar may redraw its line: off one, its
 * carriage returns would smear a log. Not public API.
 */
public final class Terminal {
  private Terminal() {}

  /**
   * Whether the program runs on a terminal: it has a console, which on Java 22 and later must also
   * say that it is a terminal (there a console may stand for redirected streams). The method is
   * looked up at run time, since the code is compiled for Java 17.
   *
   * @return whether to draw progress
   */
  public static boolean detect() {
    Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
    } catch (NoSuchMethodException e) {
      return true;
    } catch (ReflectiveOperationException e) {
      return false;
    }
  }
}
