package io.github.journeykit.examples;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The README's fenced blocks, and the way its printed-output blocks are compared with what runs.
 *
 * <p>A block without a language that follows a code block after one blank line shows what that code
 * prints. In it, a line {@code ...} stands for any number of lines indented at least as far as it
 * is (so {@code " ..."} never hides a heading); blank lines and trailing spaces do not count.
 */
final class Readme {
  static final Path FILE = Path.of("..", "README.md");

  private Readme() {}

  /** One fenced block: its language ({@code ""} for none), its text and where it starts. */
  record Block(String language, String text, int line, int endLine) {
    List<String> lines() {
      return text.lines().collect(Collectors.toList());
    }
  }

  /** Every fenced block of the README, in order. */
  static List<Block> blocks() {
    List<String> lines;
    try {
      lines = Files.readAllLines(FILE, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Block> blocks = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith("```")) {
        String language = lines.get(i).substring(3).strip();
        int end = i + 1;
        while (end < lines.size() && !lines.get(end).startsWith("```")) {
          end++;
        }
        String text = String.join("\n", lines.subList(i + 1, end)) + "\n";
        blocks.add(new Block(language, text, i + 1, end + 1));
        i = end;
      }
    }
    return blocks;
  }

  /** The blocks of one language, in order. */
  static List<Block> blocks(String language) {
    return blocks().stream()
        .filter(b -> b.language().equals(language))
        .collect(Collectors.toList());
  }

  /** The block of {@code language} that comes first after the heading {@code heading}. */
  static Block blockAfter(String heading, String language) {
    List<String> lines;
    try {
      lines = Files.readAllLines(FILE, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    int at = lines.indexOf(heading);
    if (at < 0) {
      fail("README has a heading " + heading);
    }
    return blocks().stream()
        .filter(b -> b.line() > at && b.language().equals(language))
        .findFirst()
        .orElseThrow(() -> new AssertionError("a " + language + " block after " + heading));
  }

  /** The output block that directly follows {@code code}, if there is one. */
  static Optional<Block> outputOf(Block code) {
    List<Block> all = blocks();
    int index = all.indexOf(code);
    if (index < 0 || index + 1 == all.size()) {
      return Optional.empty();
    }
    Block next = all.get(index + 1);
    return next.language().isEmpty() && next.line() == code.endLine() + 2
        ? Optional.of(next)
        : Optional.empty();
  }

  /**
   * Fails unless {@code printed} is what {@code expected} shows, {@code ...} standing for any
   * number of lines.
   */
  static void assertPrinted(List<String> expected, List<String> printed, String where) {
    List<String> want = significant(expected);
    List<String> got = significant(printed);
    if (!matches(want, 0, got, 0)) {
      fail(
          where
              + ": the README shows\n"
              + String.join("\n", want)
              + "\nbut this was printed:\n"
              + String.join("\n", got));
    }
  }

  private static int indent(String line) {
    return line.length() - line.stripLeading().length();
  }

  private static List<String> significant(List<String> lines) {
    return lines.stream()
        .map(String::stripTrailing)
        .filter(l -> !l.isEmpty())
        .collect(Collectors.toList());
  }

  private static boolean matches(List<String> want, int w, List<String> got, int g) {
    if (w == want.size()) {
      return g == got.size();
    }
    if (want.get(w).strip().equals("...")) {
      int indent = indent(want.get(w));
      for (int skip = g; skip <= got.size(); skip++) {
        if (matches(want, w + 1, got, skip)) {
          return true;
        }
        if (skip < got.size() && indent(got.get(skip)) < indent) {
          return false;
        }
      }
      return false;
    }
    return g < got.size() && sameLine(want.get(w), got.get(g)) && matches(want, w + 1, got, g + 1);
  }

  /**
   * Whether {@code got} is the line {@code want} shows, {@code ...} in it standing for any text.
   */
  private static boolean sameLine(String want, String got) {
    if (!want.contains("...")) {
      return want.equals(got);
    }
    String[] parts = want.split("\\.\\.\\.", -1);
    StringBuilder pattern = new StringBuilder();
    for (int i = 0; i < parts.length; i++) {
      pattern.append(i == 0 ? "" : ".*").append(Pattern.quote(parts[i]));
    }
    return got.matches(pattern.toString());
  }
}
