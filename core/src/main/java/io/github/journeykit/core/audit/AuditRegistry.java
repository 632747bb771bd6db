package io.github.journeykit.core.audit;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.journeykit.core.internal.PluginKind;
import io.github.journeykit.core.internal.Plugins;
import io.github.journeykit.core.model.Journey;
import io.github.journeykit.core.model.JourneyElement;
import io.github.journeykit.core.model.Severity;
import io.github.journeykit.core.model.Suppression;
import io.github.journeykit.core.model.ValidationException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * A set of audit rules, each under its own id, and the audit that runs them. Built-in rules come
 * from {@link AuditRules}; rules of your own are passed in ({@link #with(AuditRule...)}, {@link
 * #of(AuditRule...)}) or found through {@link ServiceLoader} ({@link #installed()}). Rules run and
 * are listed in the order of their ids, so the result never depends on the order of a class path.
 *
 * <p>The registry speaks the vocabulary of every JourneyKit registry ({@code StrategyRegistry} of
 * scoring, {@code ExporterRegistry} of export): {@link #builtIns()}, {@link #installed()}, {@link
 * #of}, {@link #with}, {@link #names()}, {@link #all()}, {@link #find} and {@link #get}. Ids must
 * be keys ({@code [a-z][A-Za-z0-9_-]{0,63}}) and unique: a {@link ValidationException} lists every
 * malformed id and every clash at once, each at its path (such as {@code rules[3].id}), a clash
 * naming both rules' classes and whether each is built in, a service provider or added. {@link
 * #get} throws an {@link IllegalArgumentException} naming every known id for an unknown one.
 *
 * <p>A registry is immutable and safe to share between threads.
 *
 * <pre>{@code
 * AuditRegistry registry = AuditRegistry.installed().with(new NoChatRule());
 * AuditContext context = AuditContext.of(LocalDate.of(2026, 11, 23));
 * List<Finding> findings = registry.audit(journey, context);
 * ActivationReport report = registry.report(journey, context);
 * AuditRule owner = registry.get("touchpoint-without-owner");
 * }</pre>
 */
public final class AuditRegistry {
  private static final PluginKind<AuditRule> RULES =
      PluginKind.of(AuditRule.class, "AuditRegistry", "rules", "id", AuditRule::id);
  private static final AuditRegistry BUILT_INS =
      new AuditRegistry(Plugins.builtIns(RULES, AuditRules.builtIns()));

  private final Plugins<AuditRule> rules;

  private AuditRegistry(Plugins<AuditRule> rules) {
    this.rules = rules;
  }

  /**
   * The built-in rules of {@link AuditRules#builtIns()}.
   *
   * @return the registry
   */
  public static AuditRegistry builtIns() {
    return BUILT_INS;
  }

  /**
   * The built-in rules and the rules the thread's context class loader finds as services: in
   * modules that declare {@code provides io.github.journeykit.core.audit.AuditRule with ...}, and
   * on the class path in {@code META-INF/services/io.github.journeykit.core.audit.AuditRule}.
   *
   * @return the registry
   * @throws ValidationException if a provider's id is not a key or is taken
   * @throws java.util.ServiceConfigurationError if a provider cannot be loaded
   */
  public static AuditRegistry installed() {
    return new AuditRegistry(BUILT_INS.rules.installed());
  }

  /**
   * The built-in rules and the rules {@code loader} finds as services.
   *
   * @param loader the class loader to search, such as one for a directory of plug-in jars
   * @return the registry
   * @throws ValidationException if a provider's id is not a key or is taken
   * @throws java.util.ServiceConfigurationError if a provider cannot be loaded
   */
  public static AuditRegistry installed(ClassLoader loader) {
    return new AuditRegistry(BUILT_INS.rules.installed(loader));
  }

  /**
   * The built-in rules and the rules the modules of {@code layer} (and its parents) provide.
   *
   * @param layer the module layer to search
   * @return the registry
   * @throws ValidationException if a provider's id is not a key or is taken
   * @throws java.util.ServiceConfigurationError if a provider cannot be loaded
   */
  public static AuditRegistry installed(ModuleLayer layer) {
    return new AuditRegistry(BUILT_INS.rules.installed(layer));
  }

  /**
   * Exactly the given rules.
   *
   * @param rules the rules
   * @return the registry
   * @throws ValidationException if an id is not a key, or two rules share one
   */
  public static AuditRegistry of(AuditRule... rules) {
    return of(Arrays.asList(rules));
  }

  /**
   * Exactly the given rules.
   *
   * @param rules the rules
   * @return the registry
   * @throws ValidationException if an id is not a key, or two rules share one
   */
  public static AuditRegistry of(Iterable<? extends AuditRule> rules) {
    return new AuditRegistry(Plugins.of(RULES, rules));
  }

  /**
   * This registry and more rules.
   *
   * @param added the rules to add
   * @return the new registry
   * @throws ValidationException if an id is not a key, or is taken by another rule
   */
  public AuditRegistry with(AuditRule... added) {
    return with(Arrays.asList(added));
  }

  /**
   * This registry and more rules.
   *
   * @param added the rules to add
   * @return the new registry
   * @throws ValidationException if an id is not a key, or is taken by another rule
   */
  public AuditRegistry with(Iterable<? extends AuditRule> added) {
    return new AuditRegistry(rules.with(added));
  }

  /**
   * The ids of the rules, in order.
   *
   * @return the ids
   */
  public List<String> names() {
    return rules.names();
  }

  /**
   * The rules, in the order of their ids.
   *
   * @return the rules
   */
  public List<AuditRule> all() {
    return rules.all();
  }

  /**
   * The rule with an id.
   *
   * @param id the rule's id, such as {@code touchpoint-without-owner}
   * @return the rule, if the registry has it
   */
  public Optional<AuditRule> find(String id) {
    return rules.find(id);
  }

  /**
   * The rule with an id.
   *
   * @param id the rule's id, such as {@code touchpoint-without-owner}
   * @return the rule
   * @throws IllegalArgumentException naming every id of the registry, if none is {@code id}
   */
  public AuditRule get(String id) {
    return rules.get(id);
  }

  /**
   * Runs every rule on a journey. Each finding gets the severity the context's configuration gives
   * its rule, if any; a finding the journey suppresses is kept, marked with the reason. Findings
   * come journey-wide ones first, then by path in journey order (personas, stages each followed by
   * its touchpoints, moments, gaps, actions, KPIs), then by rule id.
   *
   * <p>Every rule runs even if another fails. A rule fails if it throws, or returns a finding of
   * another rule or activation gap, or about an element the journey does not have or at another
   * element's path; the audit then throws one exception that names every failed rule.
   *
   * @param journey the journey
   * @param context the date, thresholds and portfolio
   * @return the findings
   * @throws IllegalStateException if a rule fails
   */
  public List<Finding> audit(Journey journey, AuditContext context) {
    requireNonNull(journey, "journey");
    requireNonNull(context, "context");
    List<Finding> findings = new ArrayList<>();
    Map<AuditRule, RuntimeException> failures = new LinkedHashMap<>();
    Map<String, Map<Optional<String>, String>> suppressions = suppressions(journey);
    for (AuditRule rule : rules.all()) {
      try {
        List<Finding> found = rule.inspect(journey, context);
        if (found == null) {
          throw new IllegalStateException("returned null instead of a list of findings");
        }
        for (Finding finding : found) {
          findings.add(accepted(rule, journey, context, suppressions, finding));
        }
      } catch (RuntimeException e) {
        failures.put(rule, e);
      }
    }
    if (!failures.isEmpty()) {
      throw failed(journey, failures);
    }
    findings.sort(FindingOrder.INSTANCE);
    return ImmutableList.copyOf(findings);
  }

  /**
   * Runs every rule on a journey and groups the findings into an activation report, with the
   * journey's governance summary.
   *
   * @param journey the journey
   * @param context the date, thresholds and portfolio
   * @return the report
   * @throws IllegalStateException if a rule fails, as {@link #audit} says
   */
  public ActivationReport report(Journey journey, AuditContext context) {
    requireNonNull(journey, "journey");
    requireNonNull(context, "context");
    return ActivationReport.builder()
        .journeyId(journey.id())
        .asOf(context.asOf())
        .addAllFindings(audit(journey, context))
        .governance(GovernanceSummary.of(journey, context))
        .build();
  }

  /**
   * The reasons the journey gives for suppressing findings, by rule id and element (empty for the
   * journey as a whole); the first suppression of a finding wins. Looked up once per finding, so
   * that many suppressions on a large map stay cheap.
   */
  private static Map<String, Map<Optional<String>, String>> suppressions(Journey journey) {
    Map<String, Map<Optional<String>, String>> reasons = new HashMap<>();
    for (Suppression suppression : journey.suppressions()) {
      reasons
          .computeIfAbsent(suppression.ruleId(), k -> new HashMap<>())
          .putIfAbsent(suppression.elementId(), suppression.reason());
    }
    return reasons;
  }

  /** The finding with its configured severity and suppression, once it is found to be sound. */
  private static Finding accepted(
      AuditRule rule,
      Journey journey,
      AuditContext context,
      Map<String, Map<Optional<String>, String>> suppressions,
      Finding finding) {
    if (finding == null) {
      throw new IllegalStateException("returned a null finding");
    }
    if (!finding.ruleId().equals(rule.id())) {
      throw new IllegalStateException("returned a finding of rule \"" + finding.ruleId() + "\"");
    }
    if (!finding.activationGap().equals(rule.activationGap())) {
      throw new IllegalStateException(
          "returned a finding that signals "
              + finding.activationGap().map(Enum::name).orElse("no gap")
              + " where the rule signals "
              + rule.activationGap().map(Enum::name).orElse("no gap"));
    }
    if (finding.elementId().isPresent()) {
      String id = finding.elementId().get();
      Optional<JourneyElement> element = journey.find(id);
      if (element.isEmpty()) {
        throw new IllegalStateException(
            "returned a finding about \"" + id + "\", which is not an element of the journey");
      }
      String path = element.get().path();
      if (!finding.path().equals(path) && !finding.path().startsWith(path + ".")) {
        throw new IllegalStateException(
            "returned a finding about \""
                + id
                + "\" at "
                + finding.path()
                + ", which is not within its path "
                + path);
      }
    }
    Severity severity = context.config().severities().get(rule.id());
    Finding result = severity == null ? finding : finding.withSeverity(severity);
    String reason = suppressions.getOrDefault(result.ruleId(), Map.of()).get(result.elementId());
    return reason == null ? result : result.withSuppressedBecause(reason);
  }

  private static IllegalStateException failed(
      Journey journey, Map<AuditRule, RuntimeException> failures) {
    StringBuilder message =
        new StringBuilder("The audit of journey \"")
            .append(journey.id())
            .append("\" failed in ")
            .append(failures.size())
            .append(failures.size() == 1 ? " rule:" : " rules:");
    failures.forEach(
        (rule, e) ->
            message
                .append("\n  - ")
                .append(rule.id())
                .append(" (")
                .append(rule.getClass().getName())
                .append("): ")
                .append(e));
    IllegalStateException failure = null;
    for (RuntimeException e : failures.values()) {
      if (failure == null) {
        failure = new IllegalStateException(message.toString(), e);
      } else {
        failure.addSuppressed(e);
      }
    }
    return failure;
  }

  /**
   * A short form such as {@code AuditRegistry[action-overdue, action-without-kpi, ...]}.
   *
   * @return the registry in words
   */
  @Override
  public String toString() {
    return rules.toString();
  }
}
