// A JShell tour of JourneyKit: build a small journey, score it, measure what customers did, export it.
// Run from the repository root (see "A JShell tour" in README.md); JShell stays open afterwards,
// with `journey`, `live`, `plan`, `audit`, `paths` and `report` defined, and the samples at hand in
// `Samples`.

import io.github.journeykit.core.model.*;
import io.github.journeykit.core.audit.*;
import io.github.journeykit.scoring.*;
import io.github.journeykit.analytics.observation.*;
import io.github.journeykit.analytics.eventlog.*;
import io.github.journeykit.export.*;
import io.github.journeykit.examples.Samples;
import java.time.*;

// 1. A journey: two stages, a pain point, a moment that matters, a gap and two actions.
var pulse = DataSource.of("pulse", DataSourceKind.SURVEY);
var call = Touchpoint.builder("call", "Call the helpline", Channel.PHONE).owner("Contact centre").
    addMeasurement(Measurement.of(Metric.EXPECTATION, 6.1, Scale.LIKERT_7)).
    addMeasurement(Measurement.of(Metric.PERCEPTION, 3.4, Scale.LIKERT_7)).
    addMeasurement(Measurement.of(Metric.EMOTION, -1.5, Scale.EMOTION)).build();
var visit = Touchpoint.builder("visit", "Engineer visits", Channel.IN_PERSON).owner("Field service").
    addMeasurement(Measurement.of(Metric.EMOTION, 1, Scale.EMOTION)).build();
var journey = Journey.builder("fault", "Get a fault fixed").
    addStage(Stage.builder("report", "Report the fault").addTouchpoint(call).build()).
    addStage(Stage.builder("fix", "Get it fixed").addTouchpoint(visit).build()).
    addMoment(MomentThatMatters.of("first-call", "call", Polarity.BREAK, "Customers decide here whether to leave")).
    addGap(Gap.of("long-wait", GapType.EXPERIENCE, "Callers wait 14 minutes", Location.touchpoint("call"))).
    addAction(ActionItem.builder("callback", "Offer a call-back", ActionKind.FIX).addGapId("long-wait").
        putEstimate(Estimates.REACH, 9000).putEstimate(Estimates.IMPACT, 1).
        putEstimate(Estimates.CONFIDENCE, 1).putEstimate(Estimates.EFFORT, 1).build()).
    addAction(ActionItem.builder("notes", "Carry the case notes", ActionKind.FIX).addGapId("long-wait").
        putEstimate(Estimates.REACH, 18000).putEstimate(Estimates.IMPACT, 2).
        putEstimate(Estimates.CONFIDENCE, 0.8).putEstimate(Estimates.EFFORT, 4).build()).
    build();
System.out.print(journey.outline());

// 2. Live answers: ten NPS answers for the call, ingested and applied to the map.
var answers = new ArrayList<Observation>();
for (int a : new int[] {10, 10, 9, 9, 9, 8, 7, 6, 3, 0}) answers.add(Observation.of("call", Metric.NPS, a, Instant.parse("2026-11-01T10:00:00Z"), pulse));
var result = Ingestion.against(journey).run(answers);
var live = ScoringContext.of(result.statistics().applyTo(journey, ZoneOffset.UTC), result.statistics());

// 3. Scores: the SERVQUAL gap and the NPS of the call, and the actions ranked by RICE.
System.out.println(ScoringStrategies.experienceGap().score(call, live).get());
System.out.println(ScoringStrategies.nps().score(call, live).get());
var plan = Prioritizer.by(ScoringStrategies.rice()).rank(live);
plan.items().forEach(item -> System.out.println(item.reason()));

// 4. The audit's verdicts: what keeps this map from turning into action.
var audit = AuditRegistry.builtIns().report(live.journey(), AuditContext.of(LocalDate.of(2026, 11, 23)));
audit.gaps().forEach(System.out::println);

// 5. What customers did: an event log of four customers against the map. c-2 calls twice, c-3
//    goes through the phone menu first (not on the map), c-4's visit comes unannounced and fails.
var t = Instant.parse("2026-11-02T09:00:00Z");
var events = List.of(
    Event.of("c-1", "call", t), Event.of("c-1", "visit", t.plusSeconds(7200)),
    Event.of("c-2", "call", t), Event.of("c-2", "call", t.plusSeconds(3600)), Event.of("c-2", "visit", t.plusSeconds(90000)),
    Event.of("c-3", "IVR: press 2", t), Event.of("c-3", "call", t.plusSeconds(300)),
    Event.builder().caseId("c-4").activity("visit").time(t).status(EventStatus.FAILED).build());
var paths = PathAnalysis.of(journey).run(events).statistics();
System.out.println(paths.summary());
paths.summary().funnel().forEach(System.out::println);
paths.summary().deviations().forEach(System.out::println);
var measured = paths.applyTo(live.journey(), DataSource.of("web-log", DataSourceKind.ANALYTICS), ZoneOffset.UTC);

// 6. The exports: Mermaid and Markdown to the console; ExporterRegistry.builtIns().writeAll(report,
//    Files.createTempDirectory("journeykit")) would write all six formats, HTML and SVG included,
//    as files.
var report = MapReport.builder().journey(measured).scoreSheet(plan.sheet()).paths(paths.summary()).build();
System.out.println(Exporters.mermaid().render(report));
System.out.println(Exporters.markdown().render(report));
