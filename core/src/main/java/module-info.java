/**
 * JourneyKit's domain model of customer journey maps: immutable, validated values; the audit that
 * checks a map the way a CX lead would; and the diff between two versions of a map.
 *
 * <p>Start with {@code import io.github.journeykit.core.model.*;} and {@link
 * io.github.journeykit.core.model.Journey#builder(String, String)}; then {@link
 * io.github.journeykit.core.audit.AuditRegistry} and {@link
 * io.github.journeykit.core.diff.JourneyDiff}.
 */
// The Immutables annotations are needed only to compile JourneyKit itself: "static" keeps them off
// the run-time module graph, and without "transitive" a project that embeds JourneyKit needs
// nothing of Immutables, on the module path or the class path.
@SuppressWarnings({"requires-automatic", "requires-transitive-automatic", "module"})
module io.github.journeykit.core {
  requires com.google.common;
  requires static org.immutables.value.annotations;
  // StAX, for the parser set-up that the XML readers of analytics and export share; those modules
  // require it themselves, so core alone does not.
  requires static java.xml;

  exports io.github.journeykit.core.model;
  exports io.github.journeykit.core.score;
  exports io.github.journeykit.core.audit;
  exports io.github.journeykit.core.diff;
  exports io.github.journeykit.core.progress;
  exports io.github.journeykit.core.path;
  exports io.github.journeykit.core.trend;
  // The one value style, the validation helpers and the mechanism behind every registry of
  // plug-ins, shared by JourneyKit's own modules only.
  exports io.github.journeykit.core.internal to
      io.github.journeykit.analytics,
      io.github.journeykit.scoring,
      io.github.journeykit.export;

  // Audit rules of other modules and jars, found by AuditRegistry.installed().
  uses io.github.journeykit.core.audit.AuditRule;
}
