/**
 * How long work reports its progress and hears that it should stop: {@link
 * io.github.journeykit.core.progress.ProgressListener} and {@link
 * io.github.journeykit.core.progress.CancellationCheck}, taken by every JourneyKit operation that
 * may run for long (reading observations, ranking a large backlog).
 *
 * <pre>{@code
 * ProgressListener bar = (done, total) -> System.err.printf("\r%d of %d", done, total);
 * CancellationCheck stop = Thread.currentThread()::isInterrupted;
 * }</pre>
 */
package io.github.journeykit.core.progress;
