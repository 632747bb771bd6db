/**
 * What changed between two versions of a journey map, and what progress it shows.
 *
 * <p>{@link io.github.journeykit.core.diff.JourneyDiff#between} matches the elements of the two
 * versions by id and lists every {@link io.github.journeykit.core.diff.Change} (added, removed,
 * moved, changed, with field-level before and after texts) together with the {@link
 * io.github.journeykit.core.diff.Progress} it shows: KPIs moving toward or away from their target,
 * actions that changed status, gaps opened and closed, pain points relieved and new.
 *
 * <pre>{@code
 * JourneyDiff diff = JourneyDiff.between(lastQuarter, today);
 * System.out.println(diff.summary());
 * }</pre>
 */
package io.github.journeykit.core.diff;
