package io.github.journeykit.core.model;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.journeykit.core.internal.Problems;
import io.github.journeykit.core.internal.ValueStyle;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * Several journeys managed together: current and desired-state versions side by side, and stages
 * linked to the journeys that detail them (a journey hierarchy).
 *
 * <p>Journey ids are unique; links and counterparts resolve; states of counterparts differ; the
 * hierarchy has no cycles.
 *
 * <pre>{@code
 * Portfolio retail = Portfolio.builder("retail", "Retail banking journeys")
 *     .addJourney(openAccount).addJourney(openAccountFuture).addJourney(onlineBanking)
 *     .addLink(SubJourneyLink.of("open-account", "onboard", "online-banking"))
 *     .build();
 * retail.counterpart("open-account"); // Optional[the desired-state journey]
 * }</pre>
 */
@Value.Immutable
@ValueStyle
public abstract class Portfolio {
  Portfolio() {}

  /**
   * A new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return ImmutablePortfolio.builder();
  }

  /**
   * A builder with the required fields set.
   *
   * @param id the portfolio's identifier
   * @param title its title
   * @return the builder
   */
  public static Builder builder(String id, String title) {
    return builder().id(id).title(title);
  }

  /**
   * The portfolio's identifier.
   *
   * @return the id
   */
  public abstract String id();

  /**
   * The portfolio's title.
   *
   * @return the title
   */
  public abstract String title();

  /**
   * The journeys.
   *
   * @return the journeys
   */
  public abstract List<Journey> journeys();

  /**
   * The links from stages to the journeys that detail them.
   *
   * @return the links
   */
  public abstract List<SubJourneyLink> links();

  /**
   * The journey with the given id.
   *
   * @param journeyId the id
   * @return the journey, if any
   */
  public Optional<Journey> journey(String journeyId) {
    requireNonNull(journeyId, "journeyId");
    return journeys().stream().filter(j -> j.id().equals(journeyId)).findFirst();
  }

  /**
   * The same journey in the other state: the one the journey names as its counterpart, or else one
   * that names the journey as its own.
   *
   * @param journeyId the journey's id
   * @return the counterpart, if any
   */
  public Optional<Journey> counterpart(String journeyId) {
    Optional<Journey> journey = journey(journeyId);
    if (journey.isEmpty()) {
      return Optional.empty();
    }
    Optional<String> named = journey.get().counterpartId();
    if (named.isPresent()) {
      return journey(named.get());
    }
    return journeys().stream()
        .filter(j -> j.counterpartId().filter(journeyId::equals).isPresent())
        .findFirst();
  }

  /**
   * The links from the stages of a journey to the journeys that detail them.
   *
   * @param journeyId the parent journey's id
   * @return the links, in order
   */
  public List<SubJourneyLink> subJourneys(String journeyId) {
    requireNonNull(journeyId, "journeyId");
    return links().stream()
        .filter(l -> l.journeyId().equals(journeyId))
        .collect(ImmutableList.toImmutableList());
  }

  @Value.Check
  final void check() {
    Problems problems = Problems.of("Portfolio", id()).id("id", id()).text("title", title());
    Map<String, Journey> byId = new HashMap<>();
    for (int i = 0; i < journeys().size(); i++) {
      Journey journey = journeys().get(i);
      if (byId.putIfAbsent(journey.id(), journey) != null) {
        problems.add("journeys[" + i + "].id", "must be unique in the portfolio", journey.id());
      }
    }
    for (int i = 0; i < journeys().size(); i++) {
      Journey journey = journeys().get(i);
      if (journey.counterpartId().isPresent()) {
        String path = "journeys[" + i + "].counterpartId";
        Journey other = byId.get(journey.counterpartId().get());
        if (other == null) {
          problems.add(path, "must name a journey of the portfolio", journey.counterpartId().get());
        } else if (other.state() == journey.state()) {
          problems.add(
              path, "must name a journey in the other state, not " + other.state(), other.id());
        } else if (other.counterpartId().filter(c -> !c.equals(journey.id())).isPresent()) {
          problems.add(
              path,
              "must be mutual: journey \""
                  + other.id()
                  + "\" names \""
                  + other.counterpartId().get()
                  + "\" as its counterpart",
              other.id());
        }
      }
    }
    Map<String, List<String>> children = new HashMap<>();
    for (int i = 0; i < links().size(); i++) {
      SubJourneyLink link = links().get(i);
      String path = "links[" + i + "].";
      Journey parent = byId.get(link.journeyId());
      if (parent == null) {
        problems.add(path + "journeyId", "must name a journey of the portfolio", link.journeyId());
      } else if (parent.stage(link.stageId()).isEmpty()) {
        problems.add(
            path + "stageId",
            "must name a stage of journey \"" + link.journeyId() + "\"",
            link.stageId());
      }
      if (!byId.containsKey(link.subJourneyId())) {
        problems.add(
            path + "subJourneyId", "must name a journey of the portfolio", link.subJourneyId());
      }
      children.computeIfAbsent(link.journeyId(), k -> new ArrayList<>()).add(link.subJourneyId());
    }
    cycle(children)
        .ifPresent(
            cycle -> problems.add("links", "must not form a cycle", String.join(" -> ", cycle)));
    problems.throwIfAny();
  }

  /** A cycle in the hierarchy, as the ids along it, found by depth-first search. */
  private static Optional<List<String>> cycle(Map<String, List<String>> children) {
    Set<String> done = new HashSet<>();
    for (String start :
        children.keySet().stream().sorted().collect(ImmutableList.toImmutableList())) {
      Deque<String> path = new ArrayDeque<>();
      Optional<List<String>> found = visit(start, children, path, new HashSet<>(), done);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  private static Optional<List<String>> visit(
      String node,
      Map<String, List<String>> children,
      Deque<String> path,
      Set<String> onPath,
      Set<String> done) {
    if (onPath.contains(node)) {
      ImmutableList.Builder<String> cycle = ImmutableList.builder();
      boolean in = false;
      for (String step : (Iterable<String>) path::descendingIterator) {
        in |= step.equals(node);
        if (in) {
          cycle.add(step);
        }
      }
      return Optional.of(cycle.add(node).build());
    }
    if (!done.add(node)) {
      return Optional.empty();
    }
    path.push(node);
    onPath.add(node);
    for (String child : children.getOrDefault(node, List.of())) {
      Optional<List<String>> found = visit(child, children, path, onPath, done);
      if (found.isPresent()) {
        return found;
      }
    }
    onPath.remove(node);
    path.pop();
    return Optional.empty();
  }

  /**
   * A short form such as {@code Portfolio[retail "Retail banking journeys": 3 journeys, 1 links]}.
   *
   * @return the portfolio in words
   */
  @Override
  public String toString() {
    return "Portfolio["
        + id()
        + " \""
        + title()
        + "\": "
        + journeys().size()
        + " journeys, "
        + links().size()
        + " links]";
  }

  /** Builds a {@link Portfolio}; id and title are required. */
  public interface Builder {
    /**
     * Sets the id.
     *
     * @param id the id
     * @return this builder
     */
    Builder id(String id);

    /**
     * Sets the title.
     *
     * @param title the title
     * @return this builder
     */
    Builder title(String title);

    /**
     * Adds a journey.
     *
     * @param journey the journey
     * @return this builder
     */
    Builder addJourney(Journey journey);

    /**
     * Adds journeys.
     *
     * @param journeys the journeys
     * @return this builder
     */
    Builder addAllJourneys(Iterable<? extends Journey> journeys);

    /**
     * Adds a link from a stage to a sub-journey.
     *
     * @param link the link
     * @return this builder
     */
    Builder addLink(SubJourneyLink link);

    /**
     * Adds links.
     *
     * @param links the links
     * @return this builder
     */
    Builder addAllLinks(Iterable<? extends SubJourneyLink> links);

    /**
     * Builds the portfolio.
     *
     * @return the portfolio
     * @throws ValidationException listing every problem if any rule is broken
     */
    Portfolio build();
  }
}
