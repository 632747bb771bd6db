package io.github.journeykit.cli.internal;

import io.github.journeykit.core.model.Channel;
import io.github.journeykit.core.model.Journey;
import io.github.journeykit.core.model.Stage;
import io.github.journeykit.core.model.Touchpoint;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code new}: a file to start a map from, in the format its extension names; never over a file
 * that is there. Not public API.
 */
@Command(
    name = "new",
    header = "Writes a file to start a journey map from.",
    description = {
      "Writes a file to start a journey map from, in the format the file's extension names: for"
          + " XLSX (.xlsx) the starter workbook (an example journey, a blank grid and how to fill"
          + " one in); for JSON (.json), a CSV grid (.csv) and CJML (.cjml.xml) a minimal valid"
          + " journey with one stage and one touchpoint, whose ids and texts are placeholders to"
          + " edit. An existing file is never replaced."
    },
    exitCodeListHeading = ExitCodes.HEADING,
    exitCodeList = {
      ExitCodes.DONE_LINE,
      "1:the file could not be written",
      "2:bad input or flags, or the file exists already; nothing was written"
    })
final class NewCommand implements Callable<Integer> {
  @Option(
      names = "--json",
      description = {"writes the JSON journey whatever the file's extension"})
  private boolean json;

  @Parameters(
      paramLabel = "FILE",
      converter = Arguments.FileName.class,
      description = {"the file to write, such as my-map.xlsx or my-map.json"})
  private Path file;

  @Mixin private HelpOption help;

  private final Streams streams;

  NewCommand(Streams streams) {
    this.streams = streams;
  }

  /** A minimal valid journey whose ids and texts say what to put in their place. */
  static Journey starter() {
    return Journey.builder("my-journey", "Replace with the customer's goal")
        .description("Replace with who the customers are and what the map is for")
        .addStage(
            Stage.builder("first-stage", "Replace with the first stage")
                .goal("Replace with what the customer wants in this stage")
                .addTouchpoint(
                    Touchpoint.of("first-step", "Replace with the first step", Channel.WEB))
                .build())
        .build();
  }

  @Override
  public Integer call() throws BadInputException, IOException {
    JourneyFileFormat format = json ? JourneyFileFormat.JSON : JourneyFileFormat.of(file);
    if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
      throw new BadInputException(
          file + ": exists already; name a new file, or remove this one first");
    }
    format.writeStarter(file);
    streams
        .out()
        .println("Wrote " + file.toAbsolutePath() + ": edit it, then check it with validate");
    return ExitCodes.OK;
  }
}
