/**
 * The commands of the {@code journeykit} command line and the main job that {@code report} runs.
 * Not public API: it may change in any release.
 */
package io.github.journeykit.cli.internal;
