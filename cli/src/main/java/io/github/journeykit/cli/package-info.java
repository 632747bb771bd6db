/**
 * The {@code journeykit} command line, built as one runnable jar ({@code
 * cli/target/journeykit.jar}): {@link io.github.journeykit.cli.JourneyKitCli} runs its commands,
 * and {@link io.github.journeykit.cli.ReportDefaults} lets a program that bundles sample data (the
 * examples' demo) run the {@code report} command on them. Not for embedding: the library is in the
 * other modules.
 */
package io.github.journeykit.cli;
