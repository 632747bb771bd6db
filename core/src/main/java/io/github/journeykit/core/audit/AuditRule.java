package io.github.journeykit.core.audit;

import static java.util.Objects.requireNonNull;

import io.github.journeykit.core.model.GapType;
import io.github.journeykit.core.model.Journey;
import io.github.journeykit.core.model.JourneyElement;
import io.github.journeykit.core.model.Severity;
import java.util.List;
import java.util.Optional;

/**
 * One check of a journey map. A rule has a stable id (a lower-case key such as {@code
 * touchpoint-without-owner}) by which maps suppress it and registries find it, says which
 * activation gap of HOED Research its findings signal (if any) and how serious they are by default,
 * and inspects a journey.
 *
 * <p>Built-in rules come from {@link AuditRules}. To add your own, implement this interface and
 * pass it to {@link AuditRegistry#with(AuditRule...)}, or publish it as a service: {@code provides
 * io.github.journeykit.core.audit.AuditRule with ...} in a module, or a {@code
 * META-INF/services/io.github.journeykit.core.audit.AuditRule} file on the class path, and load it
 * with {@link AuditRegistry#installed()}. Implementations must be stateless and safe to call from
 * several threads.
 *
 * <pre>{@code
 * public final class NoChatRule implements AuditRule {
 *   public String id() { return "no-chat-channel"; }
 *   public String description() { return "The journey offers no chat"; }
 *   public Severity defaultSeverity() { return Severity.LOW; }
 *   public List<Finding> inspect(Journey journey, AuditContext context) {
 *     return journey.touchpointsOn(Channel.CHAT).isEmpty()
 *         ? List.of(finding().message("Customers cannot chat with us")
 *             .suggestedFix("Offer chat where customers get stuck").build())
 *         : List.of();
 *   }
 * }
 * }</pre>
 */
public interface AuditRule {
  /**
   * The rule's stable id: a lower-case key such as {@code touchpoint-without-owner}, unique in a
   * registry.
   *
   * @return the id
   */
  String id();

  /**
   * What the rule checks, in one sentence.
   *
   * @return the description
   */
  String description();

  /**
   * The activation gap of HOED Research that the rule's findings signal; none unless overridden,
   * which puts the findings in the governance group of an {@link ActivationReport}.
   *
   * @return one of the four activation gaps, or empty
   */
  default Optional<GapType> activationGap() {
    return Optional.empty();
  }

  /**
   * How serious the rule's findings are, unless an {@link AuditConfig} says otherwise.
   *
   * @return the severity
   */
  Severity defaultSeverity();

  /**
   * Inspects a journey. Each finding must carry this rule's id and, where it names an element, an
   * element of {@code journey}; {@link #finding()} and {@link #findingAt(JourneyElement)} start
   * one. The registry applies the configured severity and the journey's suppressions afterwards.
   *
   * @param journey the journey
   * @param context the date to judge against, the thresholds and the portfolio
   * @return the findings, empty if the journey passes
   */
  List<Finding> inspect(Journey journey, AuditContext context);

  /**
   * A finding about the journey as a whole, with this rule's id, default severity and activation
   * gap set; add the message and the suggested fix.
   *
   * @return the builder
   */
  default Finding.Builder finding() {
    return Finding.builder()
        .ruleId(id())
        .severity(defaultSeverity())
        .activationGap(activationGap());
  }

  /**
   * A finding about one element, with this rule's id, default severity and activation gap, and the
   * element's id and path set; add the message and the suggested fix.
   *
   * @param element the element, as {@link Journey#find(String)} or {@link Journey#elements()} gives
   *     it
   * @return the builder
   */
  default Finding.Builder findingAt(JourneyElement element) {
    requireNonNull(element, "element");
    return finding().elementId(element.id()).path(element.path());
  }
}
