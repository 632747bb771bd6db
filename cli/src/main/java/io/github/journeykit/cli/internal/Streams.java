package io.github.journeykit.cli.internal;

import java.io.PrintStream;

/**
 * Where a command prints, and whether it may draw progress there. Not public API.
 *
 * <pre>{@code
 * Streams streams = new Streams(System.out, System.err, Terminal.detect());
 * }</pre>
 *
 * @param out where results go
 * @param err where progress and error messages go
 * @param terminal whether the program runs on a terminal, which gets progress bars
 */
public record Streams(PrintStream out, PrintStream err, boolean terminal) {}
