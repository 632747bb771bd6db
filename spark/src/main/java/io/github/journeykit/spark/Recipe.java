package io.github.journeykit.spark;

import java.io.Serializable;
import java.util.function.Supplier;

/**
 * How to make a value on each machine of a Spark cluster: a serialisable supplier, sent to the
 * executors with the aggregator and called there once per task. JourneyKit's values (journeys,
 * ingestions, analyses) are not serialisable; what travels is the recipe, such as a lambda that
 * builds the journey in code or reads it from the JSON text it captured.
 *
 * <pre>{@code
 * Recipe<Ingestion> ingestion = () -> Ingestion.against(JourneyJson.read(journeyJsonText));
 * Recipe<PathAnalysis> analysis = () -> PathAnalysis.of(Journeys.openAccount()).lenient(50);
 * }</pre>
 *
 * @param <T> the type of the value
 */
@FunctionalInterface
public interface Recipe<T> extends Supplier<T>, Serializable {}
