package io.github.journeykit.core.audit;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.journeykit.core.internal.Problems;
import io.github.journeykit.core.model.Journey;
import io.github.journeykit.core.model.JourneyElement;
import io.github.journeykit.core.model.Severity;
import io.github.journeykit.core.model.Suppression;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * A set of audit rules, each under its own id, and the audit that runs them. Built-in rules come
 * from {@link AuditRules}; rules of your own are passed in ({@link #with(AuditRule)}, {@link
 * #of(Iterable)}) or found through {@link ServiceLoader} ({@link #installed()}). Rules run and are
 * listed in the order of their ids, so the result never depends on the order of a class path. Two
 * rules with the same id are rejected.
 *
 * <p>A registry is immutable and safe to share between threads.
 *
 * <pre>{@code
 * AuditRegistry registry = AuditRegistry.installed().with(new NoChatRule());
 * AuditContext context = AuditContext.of(LocalDate.of(2026, 11, 23));
 * List<Finding> findings = registry.audit(journey, context);
 * ActivationReport report = registry.report(journey, context);
 * }</pre>
 */
public final class AuditRegistry {
  private static final AuditRegistry BUILT_INS = new AuditRegistry(AuditRules.builtIns());

  private final ImmutableList<AuditRule> rules;

  private AuditRegistry(List<? extends AuditRule> rules) {
    Problems problems = Problems.of("AuditRegistry");
    Map<String, AuditRule> byId = new HashMap<>();
    for (int i = 0; i < rules.size(); i++) {
      AuditRule rule = rules.get(i);
      String id = rule.id();
      String path = "rules[" + i + "].id";
      if (id == null) {
        problems.add(path, "must not be null (" + rule.getClass().getName() + ")", null);
        continue;
      }
      problems.key(path, id);
      AuditRule first = byId.putIfAbsent(id, rule);
      if (first != null) {
        problems.add(
            path,
            "must be unique: "
                + first.getClass().getName()
                + " and "
                + rule.getClass().getName()
                + " both use it",
            id);
      }
    }
    problems.throwIfAny();
    this.rules = ImmutableList.sortedCopyOf(Comparator.comparing(AuditRule::id), rules);
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
   * Exactly the given rules.
   *
   * @param rules the rules
   * @return the registry
   * @throws io.github.journeykit.core.model.ValidationException if an id is not a lower-case key,
   *     or two rules share one
   */
  public static AuditRegistry of(Iterable<? extends AuditRule> rules) {
    requireNonNull(rules, "rules");
    List<AuditRule> list = new ArrayList<>();
    rules.forEach(r -> list.add(requireNonNull(r, "rule")));
    return new AuditRegistry(list);
  }

  /**
   * The built-in rules and the rules the thread's context class loader finds as services: in
   * modules that declare {@code provides io.github.journeykit.core.audit.AuditRule with ...}, and
   * on the class path in {@code META-INF/services/io.github.journeykit.core.audit.AuditRule}.
   *
   * @return the registry
   * @throws io.github.journeykit.core.model.ValidationException if two rules share an id
   * @throws java.util.ServiceConfigurationError if a provider cannot be loaded
   */
  public static AuditRegistry installed() {
    return withBuiltIns(ServiceLoader.load(AuditRule.class));
  }

  /**
   * The built-in rules and the rules {@code loader} finds as services.
   *
   * @param loader the class loader to search, such as one for a directory of plug-in jars
   * @return the registry
   * @throws io.github.journeykit.core.model.ValidationException if two rules share an id
   * @throws java.util.ServiceConfigurationError if a provider cannot be loaded
   */
  public static AuditRegistry installed(ClassLoader loader) {
    requireNonNull(loader, "loader");
    return withBuiltIns(ServiceLoader.load(AuditRule.class, loader));
  }

  /**
   * The built-in rules and the rules the modules of {@code layer} (and its parents) provide.
   *
   * @param layer the module layer to search
   * @return the registry
   * @throws io.github.journeykit.core.model.ValidationException if two rules share an id
   * @throws java.util.ServiceConfigurationError if a provider cannot be loaded
   */
  public static AuditRegistry installed(ModuleLayer layer) {
    requireNonNull(layer, "layer");
    return withBuiltIns(ServiceLoader.load(layer, AuditRule.class));
  }

  private static AuditRegistry withBuiltIns(ServiceLoader<AuditRule> loader) {
    List<AuditRule> rules = new ArrayList<>(AuditRules.builtIns());
    loader.forEach(rules::add);
    return new AuditRegistry(rules);
  }

  /**
   * This registry with one more rule.
   *
   * @param rule the rule
   * @return the new registry
   * @throws io.github.journeykit.core.model.ValidationException if the rule's id is not a
   *     lower-case key, or a rule of this registry has it already
   */
  public AuditRegistry with(AuditRule rule) {
    requireNonNull(rule, "rule");
    List<AuditRule> more = new ArrayList<>(rules);
    more.add(rule);
    return new AuditRegistry(more);
  }

  /**
   * The rules, sorted by id.
   *
   * @return the rules
   */
  public List<AuditRule> rules() {
    return rules;
  }

  /**
   * The rule with the given id.
   *
   * @param id the rule's id
   * @return the rule, if the registry has it
   */
  public Optional<AuditRule> rule(String id) {
    requireNonNull(id, "id");
    return rules.stream().filter(r -> r.id().equals(id)).findFirst();
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
    for (AuditRule rule : rules) {
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
    StringBuilder text = new StringBuilder("AuditRegistry[");
    for (int i = 0; i < rules.size(); i++) {
      text.append(i == 0 ? "" : ", ").append(rules.get(i).id());
    }
    return text.append(']').toString();
  }
}
