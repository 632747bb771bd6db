package io.github.journeykit.core.audit;

import static java.util.Objects.requireNonNull;

import io.github.journeykit.core.model.GapType;
import io.github.journeykit.core.model.Journey;
import io.github.journeykit.core.model.Severity;
import java.util.List;
import java.util.Optional;

/** A rule that JourneyKit ships: its facts and the inspection that carries it out. */
final class BuiltInRule implements AuditRule {
  /** What a built-in rule does to a journey. */
  @FunctionalInterface
  interface Inspection {
    List<Finding> inspect(AuditRule rule, Journey journey, AuditContext context);
  }

  private final String id;
  private final Optional<GapType> activationGap;
  private final Severity defaultSeverity;
  private final String description;
  private final Inspection inspection;

  private BuiltInRule(
      String id,
      Optional<GapType> activationGap,
      Severity defaultSeverity,
      String description,
      Inspection inspection) {
    this.id = id;
    this.activationGap = activationGap;
    this.defaultSeverity = defaultSeverity;
    this.description = description;
    this.inspection = inspection;
  }

  /** A rule whose findings signal {@code gap}. */
  static BuiltInRule signalling(
      GapType gap, String id, Severity severity, String description, Inspection inspection) {
    return new BuiltInRule(id, Optional.of(gap), severity, description, inspection);
  }

  /** A rule whose findings signal no activation gap: governance and follow-up. */
  static BuiltInRule governance(
      String id, Severity severity, String description, Inspection inspection) {
    return new BuiltInRule(id, Optional.empty(), severity, description, inspection);
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public String description() {
    return description;
  }

  @Override
  public Optional<GapType> activationGap() {
    return activationGap;
  }

  @Override
  public Severity defaultSeverity() {
    return defaultSeverity;
  }

  @Override
  public List<Finding> inspect(Journey journey, AuditContext context) {
    requireNonNull(journey, "journey");
    requireNonNull(context, "context");
    return inspection.inspect(this, journey, context);
  }

  @Override
  public String toString() {
    return "AuditRule["
        + id
        + " "
        + activationGap.map(GapType::name).orElse("governance")
        + " "
        + defaultSeverity
        + "]";
  }
}
