package io.github.journeykit.cli.internal;

import picocli.CommandLine.Option;

/** The {@code --help} of every command. Not public API. */
final class HelpOption {
  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      description = "prints this text")
  boolean help;
}
