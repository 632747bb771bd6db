package io.github.journeykit.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * A JVM of its own for one class's {@code main}, on this JVM's Java and class path: for work that
 * must not share a JVM with the caller (Spark's options, a fresh JIT per comparison).
 */
final class ChildJvm {
  private ChildJvm() {}

  /**
   * Runs {@code main} with {@code options} and {@code arguments}, hands each line it prints to
   * {@code eachLine} as it comes (its errors go to this JVM's), and waits for it to end. If reading
   * its output fails, or {@code eachLine} throws, the JVM is ended at once.
   *
   * @return its exit status
   */
  static int run(
      List<String> options, Class<?> main, List<String> arguments, Consumer<String> eachLine)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(options);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(main.getName());
    command.addAll(arguments);
    Process process =
        new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    boolean read = false;
    try (BufferedReader out =
        new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        eachLine.accept(line);
      }
      read = true;
    } finally {
      if (!read) {
        process.destroyForcibly();
      }
    }
    return process.waitFor();
  }
}
