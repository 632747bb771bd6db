/**
 * Journeys in CJML, the Customer Journey Modeling Language (Halvorsrud, Kvale and Følstad,
 * "Improving service quality through customer journey analysis", 2016): the planned journey written
 * and read, and actual journeys from an event log written after it.
 *
 * <pre>{@code
 * Cjml.writePlanned(journey, out);
 * Journey back = Cjml.readPlanned(Path.of("journey.cjml.xml"));
 * }</pre>
 */
package io.github.journeykit.export.cjml;
