package io.github.journeykit.examples;

import io.github.journeykit.core.model.ActionItem;
import io.github.journeykit.core.model.ActionKind;
import io.github.journeykit.core.model.ActionStatus;
import io.github.journeykit.core.model.Channel;
import io.github.journeykit.core.model.DataNature;
import io.github.journeykit.core.model.DataSource;
import io.github.journeykit.core.model.DataSourceKind;
import io.github.journeykit.core.model.Enabler;
import io.github.journeykit.core.model.EnablerKind;
import io.github.journeykit.core.model.Estimates;
import io.github.journeykit.core.model.Evidence;
import io.github.journeykit.core.model.EvidenceKind;
import io.github.journeykit.core.model.Gap;
import io.github.journeykit.core.model.GapType;
import io.github.journeykit.core.model.Governance;
import io.github.journeykit.core.model.Journey;
import io.github.journeykit.core.model.JourneyState;
import io.github.journeykit.core.model.Kpi;
import io.github.journeykit.core.model.KpiKind;
import io.github.journeykit.core.model.Lane;
import io.github.journeykit.core.model.Location;
import io.github.journeykit.core.model.Measurement;
import io.github.journeykit.core.model.Metric;
import io.github.journeykit.core.model.MomentThatMatters;
import io.github.journeykit.core.model.Persona;
import io.github.journeykit.core.model.Polarity;
import io.github.journeykit.core.model.Portfolio;
import io.github.journeykit.core.model.Scale;
import io.github.journeykit.core.model.Severity;
import io.github.journeykit.core.model.Stage;
import io.github.journeykit.core.model.Stakeholder;
import io.github.journeykit.core.model.Suppression;
import io.github.journeykit.core.model.Touchpoint;
import java.net.URI;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;

/**
 * Three realistic journey maps for the demo, the JShell tour, tests and benchmarks: opening a
 * current account at a retail bank (as it is, and as it should be), getting a broadband fault
 * fixed, and ordering and returning online. They use every part of the model, and they are not
 * perfect: each has the kind of shortfalls a CX lead's audit would find.
 *
 * <pre>{@code
 * Journey bank = Samples.openAccount();
 * Portfolio all = Samples.portfolio();
 * }</pre>
 */
public final class Samples {
  /** The day the samples describe; audits of the samples judge staleness against it. */
  public static final LocalDate AS_OF = LocalDate.of(2026, 11, 23);

  /** Onboarding pulse survey: expectation, perception, emotion, CSAT, NPS and CES answers. */
  public static final DataSource PULSE =
      DataSource.builder()
          .id("onboarding-pulse")
          .kind(DataSourceKind.SURVEY)
          .description("Transactional survey sent after each step, 1-7 SERVQUAL items")
          .build();

  /** Web and app analytics. */
  public static final DataSource ANALYTICS =
      DataSource.builder()
          .id("digital-analytics")
          .kind(DataSourceKind.ANALYTICS)
          .description("Web and app funnels, step times and drop-offs")
          .build();

  /** Contact-centre and branch case records. */
  public static final DataSource CASES =
      DataSource.builder()
          .id("crm-cases")
          .kind(DataSourceKind.CRM)
          .description("Contact reasons and handling times from the CRM")
          .build();

  /** Customer interviews. */
  public static final DataSource INTERVIEWS =
      DataSource.builder()
          .id("customer-interviews")
          .kind(DataSourceKind.INTERVIEW)
          .description("Twelve 45-minute interviews with recent applicants")
          .build();

  /** Social media monitoring. */
  public static final DataSource SOCIAL =
      DataSource.builder()
          .id("social-listening")
          .kind(DataSourceKind.SOCIAL_LISTENING)
          .nature(DataNature.QUALITATIVE)
          .description("Mentions of the brand on public social channels")
          .build();

  /** Chat transcripts, tagged by contact reason. */
  public static final DataSource CHATS =
      DataSource.builder()
          .id("chat-transcripts")
          .kind(DataSourceKind.LIVE_CHAT)
          .nature(DataNature.QUANTITATIVE)
          .description("Live chat transcripts tagged by contact reason")
          .build();

  private static final LocalDate RECENT = LocalDate.of(2026, 10, 31);
  private static final LocalDate LAST_SPRING = LocalDate.of(2026, 3, 31);

  private Samples() {}

  /**
   * All sample journeys, the current-state bank journey and its desired state side by side.
   *
   * @return the journeys
   */
  public static List<Journey> all() {
    return List.of(openAccount(), openAccountFuture(), broadbandFault(), orderAndReturn());
  }

  /**
   * The three journeys as customers experience them today: the ones live observations are for.
   * Their touchpoint ids are distinct, so an observation names one touchpoint of one journey.
   *
   * @return the current-state journeys
   */
  public static List<Journey> current() {
    return List.of(openAccount(), broadbandFault(), orderAndReturn());
  }

  /**
   * The samples as a portfolio: the bank journey's two states are counterparts.
   *
   * @return the portfolio
   */
  public static Portfolio portfolio() {
    return Portfolio.builder("sample-portfolio", "Sample journeys").addAllJourneys(all()).build();
  }

  // ------------------------------------------------------------------ bank

  /**
   * Opening a current account at a retail bank, as customers experience it today.
   *
   * @return the journey
   */
  public static Journey openAccount() {
    return Journey.builder("open-account", "Open a current account")
        .description("From comparing accounts to the first salary landing in the new account")
        .vision("Open in ten minutes, from any device, and feel at home by the first payday")
        .addPersona(
            Persona.builder("maya", "Maya, switching banks")
                .segment("Young professionals")
                .description("Moving her salary after a bad experience with her old bank")
                .addGoal("Switch without missing a bill")
                .addGoal("Do it all from her phone")
                .build())
        .addPersona(
            Persona.builder("ken", "Ken, first account")
                .segment("Students")
                .addGoal("Get an account his student loan can be paid into")
                .build())
        .state(JourneyState.CURRENT)
        .counterpartId("open-account-future")
        .addStage(
            Stage.builder("discover", "Discover")
                .goal("Find an account that fits without reading the small print")
                .owner("Marketing")
                .addTouchpoint(
                    tp(
                            "compare-site",
                            "Compare accounts on a comparison site",
                            Channel.WEB,
                            Lane.CUSTOMER_ACTION,
                            null)
                        .addMeasurement(m(Metric.EMOTION, 0.6, Scale.EMOTION, 310, RECENT, PULSE))
                        .addNote("Half of applicants arrive from two comparison sites")
                        .build())
                .addTouchpoint(
                    tp(
                            "product-page",
                            "Read the account page",
                            Channel.WEB,
                            Lane.FRONTSTAGE,
                            "Digital marketing")
                        .addEnabler(Enabler.of(EnablerKind.TECHNOLOGY, "Content management system"))
                        .addMeasurement(m(Metric.EMOTION, 0.9, Scale.EMOTION, 310, RECENT, PULSE))
                        .addMeasurement(
                            m(Metric.VOLUME, 48_000, Scale.atLeast(0), 1, RECENT, ANALYTICS))
                        .build())
                .addTouchpoint(
                    tp(
                            "branch-enquiry",
                            "Ask in a branch",
                            Channel.STORE,
                            Lane.FRONTSTAGE,
                            "Branch network")
                        .addEnabler(Enabler.of(EnablerKind.PEOPLE, "Branch advisers"))
                        .addMeasurement(m(Metric.CSAT, 4.1, Scale.CSAT_ANSWER, 96, RECENT, PULSE))
                        .build())
                .build())
        .addStage(
            Stage.builder("apply", "Apply")
                .goal("Apply in one sitting, on my phone")
                .owner("Digital onboarding")
                .addTouchpoint(
                    tp(
                            "application-form",
                            "Fill in the application form",
                            Channel.WEB,
                            Lane.CUSTOMER_ACTION,
                            "Digital onboarding")
                        .description("Eleven screens, 46 fields; median time 24 minutes")
                        .addEnabler(Enabler.of(EnablerKind.TECHNOLOGY, "Application portal"))
                        .addEnabler(Enabler.of(EnablerKind.PROCESS, "Product eligibility rules"))
                        .addMeasurement(
                            m(Metric.EXPECTATION, 6.2, Scale.LIKERT_7, 420, RECENT, PULSE))
                        .addMeasurement(
                            m(Metric.PERCEPTION, 3.9, Scale.LIKERT_7, 420, RECENT, PULSE))
                        .addMeasurement(m(Metric.EMOTION, -1.2, Scale.EMOTION, 420, RECENT, PULSE))
                        .addMeasurement(m(Metric.CES, 3.4, Scale.CES_ANSWER, 420, RECENT, PULSE))
                        .addEvidence(
                            Evidence.quote("Why do you need my address history for five years?")
                                .withCaption("Interview 4, Maya"))
                        .addEvidence(
                            Evidence.builder()
                                .kind(EvidenceKind.DOCUMENT)
                                .uri(URI.create("https://cx.example.com/research/form-funnel.pdf"))
                                .caption("Form funnel analysis, October")
                                .source("Digital analytics team")
                                .build())
                        .addDataSource(ANALYTICS)
                        .build())
                .addTouchpoint(
                    tp(
                            "resume-email",
                            "Get a link to resume the application",
                            Channel.EMAIL,
                            Lane.FRONTSTAGE,
                            "Digital onboarding")
                        .addEnabler(Enabler.of(EnablerKind.TECHNOLOGY, "Email service"))
                        .addMeasurement(m(Metric.EMOTION, 0.2, Scale.EMOTION, 140, RECENT, PULSE))
                        .build())
                .addTouchpoint(
                    tp(
                            "decisioning",
                            "Decide on the application",
                            Channel.of("back-office"),
                            Lane.BACKSTAGE,
                            "Credit risk")
                        .addEnabler(Enabler.of(EnablerKind.TECHNOLOGY, "Decision engine"))
                        .addEnabler(Enabler.of(EnablerKind.DATA, "Credit bureau data"))
                        .addMeasurement(
                            m(Metric.COST, 3.8, Scale.atLeast(0).withUnit("EUR"), 1, RECENT, CASES))
                        .build())
                .build())
        .addStage(
            Stage.builder("verify", "Verify identity")
                .goal("Prove who I am once, quickly")
                .owner("Onboarding operations")
                .addTouchpoint(
                    tp(
                            "id-upload",
                            "Upload a photo of my ID",
                            Channel.APP,
                            Lane.CUSTOMER_ACTION,
                            "Onboarding operations")
                        .addEnabler(Enabler.of(EnablerKind.TECHNOLOGY, "Document capture SDK"))
                        .addEnabler(Enabler.of(EnablerKind.PROCESS, "Know-your-customer policy"))
                        .addMeasurement(
                            m(Metric.EXPECTATION, 6.5, Scale.LIKERT_7, 385, RECENT, PULSE))
                        .addMeasurement(
                            m(Metric.PERCEPTION, 2.8, Scale.LIKERT_7, 385, RECENT, PULSE))
                        .addMeasurement(m(Metric.EMOTION, -1.7, Scale.EMOTION, 385, RECENT, PULSE))
                        .addMeasurement(m(Metric.CSAT, 2.3, Scale.CSAT_ANSWER, 385, RECENT, PULSE))
                        .addEvidence(
                            Evidence.quote("It rejected my passport four times, no reason given"))
                        .addEvidence(
                            Evidence.builder()
                                .kind(EvidenceKind.IMAGE)
                                .uri(
                                    URI.create(
                                        "https://cx.example.com/research/id-error-screen.png"))
                                .caption("The error screen customers see")
                                .build())
                        .addDataSource(SOCIAL)
                        .build())
                .addTouchpoint(
                    tp(
                            "kyc-screening",
                            "Screen against sanctions and fraud lists",
                            Channel.of("back-office"),
                            Lane.BACKSTAGE,
                            "Financial crime")
                        .addEnabler(Enabler.of(EnablerKind.PEOPLE, "KYC analysts"))
                        .addEnabler(Enabler.of(EnablerKind.TECHNOLOGY, "Screening service"))
                        .addMeasurement(
                            m(
                                Metric.of("handling-hours"),
                                31,
                                Scale.atLeast(0).withUnit("hours"),
                                2_140,
                                RECENT,
                                CASES))
                        .build())
                .addTouchpoint(
                    tp(
                            "verify-call",
                            "Take a call to confirm details",
                            Channel.PHONE,
                            Lane.FRONTSTAGE,
                            null)
                        .addMeasurement(
                            m(Metric.EMOTION, -0.8, Scale.EMOTION, 120, LAST_SPRING, PULSE))
                        .build())
                .build())
        .addStage(
            Stage.builder("activate", "Activate")
                .goal("Start using the account straight away")
                .owner("Cards and payments")
                .addTouchpoint(
                    tp(
                            "card-delivery",
                            "Wait for the card by post",
                            Channel.MAIL,
                            Lane.FRONTSTAGE,
                            "Cards and payments")
                        .addEnabler(Enabler.of(EnablerKind.CAPABILITY, "Card production"))
                        .addMeasurement(m(Metric.EMOTION, -0.9, Scale.EMOTION, 260, RECENT, PULSE))
                        .addMeasurement(
                            m(
                                Metric.of("days-to-card"),
                                6,
                                Scale.atLeast(0).withUnit("days"),
                                5_400,
                                RECENT,
                                CASES))
                        .build())
                .addTouchpoint(
                    tp(
                            "app-registration",
                            "Register for the app",
                            Channel.APP,
                            Lane.CUSTOMER_ACTION,
                            "Digital onboarding")
                        .addEnabler(Enabler.of(EnablerKind.TECHNOLOGY, "Mobile app"))
                        .addMeasurement(m(Metric.EMOTION, 0.8, Scale.EMOTION, 240, RECENT, PULSE))
                        .addMeasurement(m(Metric.CES, 5.6, Scale.CES_ANSWER, 240, RECENT, PULSE))
                        .build())
                .addTouchpoint(
                    tp(
                            "card-support",
                            "Chat about a missing card",
                            Channel.CHAT,
                            Lane.SUPPORT_PROCESS,
                            "Contact centre")
                        .addMeasurement(m(Metric.VOLUME, 1_150, Scale.atLeast(0), 1, RECENT, CHATS))
                        .build())
                .build())
        .addStage(
            Stage.builder("switch", "Switch and settle in")
                .goal("Move my salary and bills without missing a payment")
                .owner("Current accounts")
                .addTouchpoint(
                    tp(
                            "switch-request",
                            "Ask to move my account over",
                            Channel.WEB,
                            Lane.CUSTOMER_ACTION,
                            "Current accounts")
                        .addEnabler(Enabler.of(EnablerKind.PROCESS, "Account switching service"))
                        .addMeasurement(m(Metric.EMOTION, 0.4, Scale.EMOTION, 190, RECENT, PULSE))
                        .build())
                .addTouchpoint(
                    tp(
                            "first-salary",
                            "See my first salary arrive",
                            Channel.APP,
                            Lane.CUSTOMER_ACTION,
                            "Current accounts")
                        .addEnabler(Enabler.of(EnablerKind.TECHNOLOGY, "Push notifications"))
                        .addMeasurement(m(Metric.EMOTION, 1.6, Scale.EMOTION, 175, RECENT, PULSE))
                        .addMeasurement(m(Metric.NPS, 8.1, Scale.NPS_ANSWER, 175, RECENT, PULSE))
                        .addEvidence(
                            Evidence.quote("Seeing the salary land felt like the switch was done"))
                        .build())
                .build())
        .addMoment(
            MomentThatMatters.builder()
                .id("id-rejected")
                .touchpointId("id-upload")
                .polarity(Polarity.BREAK)
                .whyItMatters("Four in ten applicants whose ID is rejected twice never come back")
                .currentRating(3)
                .targetRating(8)
                .addEvidence(
                    Evidence.of(
                        EvidenceKind.DOCUMENT,
                        URI.create("https://cx.example.com/research/drop-out-cohorts.pdf")))
                .build())
        .addMoment(
            MomentThatMatters.builder()
                .id("salary-lands")
                .touchpointId("first-salary")
                .polarity(Polarity.MAKE)
                .whyItMatters("The first payday is when customers decide the switch worked")
                .currentRating(7)
                .targetRating(10)
                .build())
        .addMoment(
            MomentThatMatters.of(
                "card-wait",
                "card-delivery",
                Polarity.BREAK,
                "Without a card customers cannot use the account they just opened"))
        .addGap(
            Gap.builder()
                .id("id-check-gap")
                .type(GapType.EXPERIENCE)
                .title("Identity upload perceived at 2.8 against an expectation of 6.5")
                .severity(Severity.CRITICAL)
                .location(Location.touchpoint("id-upload"))
                .addEvidence(Evidence.quote("It rejected my passport four times, no reason given"))
                .build())
        .addGap(
            Gap.builder()
                .id("ten-minute-promise")
                .type(GapType.CUSTOMER_EXPECTATIONS)
                .title("Adverts promise an account in ten minutes; the median is three days")
                .severity(Severity.HIGH)
                .build())
        .addGap(
            Gap.builder()
                .id("kyc-queue")
                .type(GapType.ORGANISATIONAL)
                .title("Identity checks wait in a financial-crime queue planned separately")
                .severity(Severity.HIGH)
                .location(Location.stage("verify"))
                .build())
        .addGap(
            Gap.of(
                "completion-blind-spot",
                GapType.LEADERSHIP_UNDERSTANDING,
                "The board sees applications started, not accounts in use",
                Location.journey()))
        .addGap(
            Gap.builder()
                .id("branch-app-skills")
                .type(GapType.EMPLOYEE_KNOWLEDGE_AND_SKILLS)
                .title("Branch staff cannot help customers finish the app onboarding")
                .severity(Severity.MEDIUM)
                .location(Location.touchpoint("branch-enquiry"))
                .build())
        .addGap(
            Gap.builder()
                .id("form-length")
                .type(GapType.EXPERIENCE)
                .title("The application form takes 24 minutes against an expected 10")
                .severity(Severity.HIGH)
                .location(Location.touchpoint("application-form"))
                .build())
        .addKpi(
            Kpi.builder(
                    "active-in-30-days", "Accounts in use 30 days after applying", KpiKind.OUTCOME)
                .unit("%")
                .baseline(41)
                .target(70)
                .current(46)
                .measured(RECENT)
                .owner("Head of current accounts")
                .build())
        .addKpi(
            Kpi.builder("completion-rate", "Applications completed in one sitting", KpiKind.OUTCOME)
                .unit("%")
                .baseline(38)
                .target(65)
                .current(44)
                .measured(RECENT)
                .build())
        .addKpi(
            Kpi.builder("kyc-handling", "Average identity check handling time", KpiKind.OUTPUT)
                .unit("hours")
                .higherIsBetter(false)
                .baseline(40)
                .target(4)
                .current(31)
                .measured(RECENT)
                .build())
        .addKpi(
            Kpi.builder("calls-answered", "Calls answered within 60 seconds", KpiKind.OUTPUT)
                .unit("%")
                .baseline(62)
                .target(80)
                .current(71)
                .measured(RECENT)
                .build())
        .addKpi(
            Kpi.builder("applications", "Applications started", KpiKind.OUTPUT)
                .unit("per month")
                .baseline(9_000)
                .target(12_000)
                .current(10_400)
                .build())
        .addAction(
            ActionItem.builder(
                    "auto-capture",
                    "Capture the ID automatically, with live guidance",
                    ActionKind.FIX)
                .description("Replace the photo upload with live capture that says what is wrong")
                .addGapId("id-check-gap")
                .addMomentId("id-rejected")
                .addTouchpointId("id-upload")
                .owner("Onboarding operations")
                .status(ActionStatus.IN_PROGRESS)
                .created(LocalDate.of(2026, 8, 4))
                .due(LocalDate.of(2027, 1, 29))
                .addKpiId("completion-rate")
                .addKpiId("active-in-30-days")
                .putEstimate(Estimates.REACH, 27_000)
                .putEstimate(Estimates.IMPACT, 3)
                .putEstimate(Estimates.CONFIDENCE, 0.8)
                .putEstimate(Estimates.EFFORT, 6)
                .putEstimate(Estimates.ICE_IMPACT, 9)
                .putEstimate(Estimates.ICE_CONFIDENCE, 8)
                .putEstimate(Estimates.EASE, 4)
                .putEstimate(Estimates.BUSINESS_VALUE, 20)
                .putEstimate(Estimates.TIME_CRITICALITY, 13)
                .putEstimate(Estimates.RISK_REDUCTION, 8)
                .putEstimate(Estimates.JOB_SIZE, 13)
                .putEstimate(Estimates.VALUE, 9)
                .putEstimate(Estimates.COST, 180_000)
                .build())
        .addAction(
            ActionItem.builder(
                    "shorter-form", "Cut the form to the fields the law requires", ActionKind.FIX)
                .addGapId("form-length")
                .addTouchpointId("application-form")
                .owner("Digital onboarding")
                .status(ActionStatus.PLANNED)
                .created(LocalDate.of(2026, 9, 1))
                .due(LocalDate.of(2027, 3, 31))
                .addKpiId("completion-rate")
                .putEstimate(Estimates.REACH, 36_000)
                .putEstimate(Estimates.IMPACT, 2)
                .putEstimate(Estimates.CONFIDENCE, 0.8)
                .putEstimate(Estimates.EFFORT, 3)
                .putEstimate(Estimates.ICE_IMPACT, 7)
                .putEstimate(Estimates.ICE_CONFIDENCE, 8)
                .putEstimate(Estimates.EASE, 7)
                .putEstimate(Estimates.BUSINESS_VALUE, 13)
                .putEstimate(Estimates.TIME_CRITICALITY, 8)
                .putEstimate(Estimates.RISK_REDUCTION, 3)
                .putEstimate(Estimates.JOB_SIZE, 5)
                .putEstimate(Estimates.VALUE, 7)
                .putEstimate(Estimates.COST, 60_000)
                .build())
        .addAction(
            ActionItem.builder(
                    "video-id-pilot", "Pilot video identification in two regions", ActionKind.PILOT)
                .addGapId("kyc-queue")
                .addTouchpointId("kyc-screening")
                .owner("Financial crime")
                .status(ActionStatus.PROPOSED)
                .addKpiId("kyc-handling")
                .putEstimate(Estimates.REACH, 4_000)
                .putEstimate(Estimates.IMPACT, 2)
                .putEstimate(Estimates.CONFIDENCE, 0.5)
                .putEstimate(Estimates.EFFORT, 4)
                .putEstimate(Estimates.ICE_IMPACT, 6)
                .putEstimate(Estimates.ICE_CONFIDENCE, 5)
                .putEstimate(Estimates.EASE, 5)
                .putEstimate(Estimates.BUSINESS_VALUE, 8)
                .putEstimate(Estimates.TIME_CRITICALITY, 5)
                .putEstimate(Estimates.RISK_REDUCTION, 13)
                .putEstimate(Estimates.JOB_SIZE, 8)
                .putEstimate(Estimates.VALUE, 6)
                .putEstimate(Estimates.COST, 90_000)
                .build())
        .addAction(
            ActionItem.builder(
                    "digital-champions",
                    "Train a digital champion in every branch",
                    ActionKind.TRAINING)
                .addGapId("branch-app-skills")
                .addTouchpointId("branch-enquiry")
                .owner("Branch network")
                .status(ActionStatus.PLANNED)
                .created(LocalDate.of(2026, 6, 1))
                .due(LocalDate.of(2026, 10, 31))
                .putEstimate(Estimates.REACH, 6_000)
                .putEstimate(Estimates.IMPACT, 1)
                .putEstimate(Estimates.CONFIDENCE, 0.8)
                .putEstimate(Estimates.EFFORT, 2)
                .putEstimate(Estimates.ICE_IMPACT, 5)
                .putEstimate(Estimates.ICE_CONFIDENCE, 7)
                .putEstimate(Estimates.EASE, 8)
                .putEstimate(Estimates.BUSINESS_VALUE, 5)
                .putEstimate(Estimates.TIME_CRITICALITY, 3)
                .putEstimate(Estimates.RISK_REDUCTION, 2)
                .putEstimate(Estimates.JOB_SIZE, 3)
                .putEstimate(Estimates.VALUE, 4)
                .putEstimate(Estimates.COST, 25_000)
                .build())
        .addAction(
            ActionItem.builder(
                    "board-readout",
                    "Show the board completion, not starts",
                    ActionKind.COMMUNICATION)
                .addGapId("completion-blind-spot")
                .addGapId("ten-minute-promise")
                .owner("Chief customer officer")
                .status(ActionStatus.DONE)
                .created(LocalDate.of(2026, 5, 1))
                .due(LocalDate.of(2026, 6, 30))
                .addKpiId("active-in-30-days")
                .putEstimate(Estimates.REACH, 36_000)
                .putEstimate(Estimates.IMPACT, 0.5)
                .putEstimate(Estimates.CONFIDENCE, 1)
                .putEstimate(Estimates.EFFORT, 0.5)
                .putEstimate(Estimates.VALUE, 5)
                .putEstimate(Estimates.COST, 5_000)
                .build())
        .addAction(
            ActionItem.builder(
                    "payday-moment", "Celebrate the first salary in the app", ActionKind.AMPLIFY)
                .addMomentId("salary-lands")
                .addTouchpointId("first-salary")
                .status(ActionStatus.PROPOSED)
                .putEstimate(Estimates.REACH, 20_000)
                .putEstimate(Estimates.IMPACT, 1)
                .putEstimate(Estimates.CONFIDENCE, 0.5)
                .putEstimate(Estimates.EFFORT, 1)
                .putEstimate(Estimates.ICE_IMPACT, 4)
                .putEstimate(Estimates.ICE_CONFIDENCE, 5)
                .putEstimate(Estimates.EASE, 9)
                .putEstimate(Estimates.VALUE, 5)
                .putEstimate(Estimates.COST, 15_000)
                .build())
        .addAction(
            ActionItem.builder(
                    "drop-out-research", "Interview applicants who gave up", ActionKind.RESEARCH)
                .addMomentId("card-wait")
                .owner("CX research")
                .status(ActionStatus.PLANNED)
                .created(LocalDate.of(2026, 10, 1))
                .due(LocalDate.of(2026, 12, 15))
                .addKpiId("active-in-30-days")
                .putEstimate(Estimates.REACH, 1_000)
                .putEstimate(Estimates.IMPACT, 0.5)
                .putEstimate(Estimates.CONFIDENCE, 0.8)
                .putEstimate(Estimates.EFFORT, 1)
                .build())
        .governance(
            Governance.builder()
                .owner("Head of current accounts")
                .addStakeholder(Stakeholder.of("Chief customer officer", "Sponsor"))
                .addStakeholder(Stakeholder.of("Onboarding operations lead", "Owns verify stage"))
                .addStakeholder(
                    Stakeholder.of("Branch network director", "Owns branch touchpoints"))
                .reviewCadence(Period.ofMonths(3))
                .lastReviewed(LocalDate.of(2026, 7, 15))
                .communicationPlan(
                    "Monthly readout to the executive committee; map on the intranet")
                .build())
        .addTag("retail-banking")
        .addTag("onboarding")
        .addSuppression(
            Suppression.of(
                "touchpoint-without-enablers",
                "compare-site",
                "Comparison sites are third parties; we do not run what is behind them"))
        .build();
  }

  /**
   * Opening a current account as it should be: live ID capture, a card in the app on day one,
   * identity checks in minutes, and the first payday celebrated.
   *
   * @return the journey
   */
  public static Journey openAccountFuture() {
    Journey current = openAccount();
    Journey future =
        Journey.builder()
            .from(current)
            .id("open-account-future")
            .title("Open a current account")
            .state(JourneyState.FUTURE)
            .counterpartId("open-account")
            .build();
    Touchpoint idUpload = current.touchpoint("id-upload").get();
    Touchpoint cardDelivery = current.touchpoint("card-delivery").get();
    return future
        .withTouchpoint(
            "verify",
            Touchpoint.builder()
                .from(
                    idUpload.withMeasurements(
                        List.of(
                            m(Metric.EXPECTATION, 6.5, Scale.LIKERT_7, 0, null, null),
                            m(Metric.PERCEPTION, 6.0, Scale.LIKERT_7, 0, null, null),
                            m(Metric.EMOTION, 0.8, Scale.EMOTION, 0, null, null))))
                .name("Capture my ID live, with guidance")
                .build())
        .withoutTouchpoint("verify-call")
        .withTouchpoint(
            "activate",
            Touchpoint.builder("digital-card", "Get a card in the app straight away", Channel.APP)
                .lane(Lane.FRONTSTAGE)
                .owner("Cards and payments")
                .addEnabler(Enabler.of(EnablerKind.TECHNOLOGY, "Digital wallet provisioning"))
                .addMeasurement(m(Metric.EMOTION, 1.4, Scale.EMOTION, 0, null, null))
                .build())
        .withTouchpointMoved("digital-card", "activate", 0)
        .withTouchpoint(
            "activate",
            cardDelivery.withMeasurements(
                List.of(m(Metric.EMOTION, 0.3, Scale.EMOTION, 0, null, null))))
        .withGap(current.gap("id-check-gap").get())
        .withAction(
            ActionItem.builder(
                    "board-readout",
                    "Show the board completion, not starts",
                    ActionKind.COMMUNICATION)
                .addGapId("completion-blind-spot")
                .owner("Chief customer officer")
                .status(ActionStatus.DONE)
                .created(LocalDate.of(2026, 5, 1))
                .due(LocalDate.of(2026, 6, 30))
                .addKpiId("active-in-30-days")
                .build())
        .withoutGap("ten-minute-promise")
        .withAction(current.action("auto-capture").get().withStatus(ActionStatus.DONE))
        .withAction(current.action("digital-champions").get().withStatus(ActionStatus.DONE))
        .withKpi(current.kpi("completion-rate").get().withCurrent(63))
        .withKpi(current.kpi("kyc-handling").get().withCurrent(6))
        .withKpi(current.kpi("active-in-30-days").get().withCurrent(58));
  }

  // ------------------------------------------------------------- broadband

  /**
   * Getting a broadband fault fixed, from noticing it to a confirmed fix.
   *
   * @return the journey
   */
  public static Journey broadbandFault() {
    return Journey.builder("broadband-fault", "Get a broadband fault fixed")
        .description("From noticing the connection is down to trusting it again")
        .vision("We know before you do, and fix it before it costs you a working day")
        .addPersona(
            Persona.builder("priya", "Priya, works from home")
                .segment("Premium home broadband")
                .addGoal("Be back online the same day")
                .build())
        .addPersona(Persona.of("tom", "Tom, retired, not online much"))
        .addStage(
            Stage.builder("notice", "Notice")
                .goal("Know whether it is my equipment or the network")
                .owner("Digital self-service")
                .addTouchpoint(
                    tp(
                            "status-page",
                            "Check the service status page",
                            Channel.WEB,
                            Lane.CUSTOMER_ACTION,
                            "Digital self-service")
                        .addEnabler(Enabler.of(EnablerKind.DATA, "Network incident feed"))
                        .addMeasurement(m(Metric.EMOTION, -0.9, Scale.EMOTION, 220, RECENT, PULSE))
                        .addMeasurement(m(Metric.CES, 3.8, Scale.CES_ANSWER, 220, RECENT, PULSE))
                        .build())
                .addTouchpoint(
                    tp(
                            "router-restart",
                            "Restart the router as the app suggests",
                            Channel.APP,
                            Lane.CUSTOMER_ACTION,
                            "Digital self-service")
                        .addEnabler(Enabler.of(EnablerKind.TECHNOLOGY, "Remote diagnostics"))
                        .addMeasurement(m(Metric.EMOTION, -0.4, Scale.EMOTION, 180, RECENT, PULSE))
                        .build())
                .build())
        .addStage(
            Stage.builder("report", "Report")
                .goal("Tell them once and get a time for the fix")
                .owner("Contact centre")
                .addTouchpoint(
                    tp(
                            "helpline",
                            "Call the helpline",
                            Channel.PHONE,
                            Lane.FRONTSTAGE,
                            "Contact centre")
                        .description("IVR, then an agent; median wait 14 minutes at peak")
                        .addEnabler(Enabler.of(EnablerKind.PEOPLE, "Tier-1 agents"))
                        .addEnabler(Enabler.of(EnablerKind.PROCESS, "Fault triage script"))
                        .addMeasurement(
                            m(Metric.EXPECTATION, 6.1, Scale.LIKERT_7, 240, RECENT, PULSE))
                        .addMeasurement(
                            m(Metric.PERCEPTION, 3.4, Scale.LIKERT_7, 240, RECENT, PULSE))
                        .addMeasurement(m(Metric.EMOTION, -1.6, Scale.EMOTION, 240, RECENT, PULSE))
                        .addMeasurement(m(Metric.CSAT, 2.6, Scale.CSAT_ANSWER, 240, RECENT, PULSE))
                        .addEvidence(
                            Evidence.quote("I had to explain the fault three times")
                                .withCaption("Interview 7"))
                        .addEvidence(
                            Evidence.builder()
                                .kind(EvidenceKind.AUDIO)
                                .uri(URI.create("https://cx.example.com/calls/4711.mp3"))
                                .caption("Call recording, 22 minutes")
                                .source("Contact centre QA")
                                .build())
                        .addDataSource(INTERVIEWS)
                        .build())
                .addTouchpoint(
                    tp(
                            "chat-report",
                            "Report the fault in chat",
                            Channel.CHAT,
                            Lane.FRONTSTAGE,
                            "Contact centre")
                        .addEnabler(Enabler.of(EnablerKind.TECHNOLOGY, "Chat platform"))
                        .addMeasurement(m(Metric.EMOTION, -0.7, Scale.EMOTION, 160, RECENT, PULSE))
                        .addDataSource(CHATS)
                        .build())
                .addTouchpoint(
                    tp(
                            "fault-case",
                            "Open a fault case",
                            Channel.of("back-office"),
                            Lane.BACKSTAGE,
                            "Fault management")
                        .addEnabler(Enabler.of(EnablerKind.DATA, "Line test results"))
                        .addEnabler(Enabler.of(EnablerKind.TECHNOLOGY, "Case management"))
                        .build())
                .build())
        .addStage(
            Stage.builder("repair", "Repair")
                .goal("An engineer who turns up when promised and fixes it first time")
                .owner("Field operations")
                .addTouchpoint(
                    tp(
                            "appointment",
                            "Agree an engineer appointment",
                            Channel.SMS,
                            Lane.FRONTSTAGE,
                            "Field operations")
                        .addEnabler(Enabler.of(EnablerKind.TECHNOLOGY, "Workforce scheduler"))
                        .addMeasurement(m(Metric.EMOTION, -0.3, Scale.EMOTION, 150, RECENT, PULSE))
                        .build())
                .addTouchpoint(
                    tp(
                            "engineer-visit",
                            "The engineer visits",
                            Channel.IN_PERSON,
                            Lane.FRONTSTAGE,
                            "Field operations")
                        .addEnabler(Enabler.of(EnablerKind.PEOPLE, "Field engineers"))
                        .addEnabler(Enabler.of(EnablerKind.CAPABILITY, "Same-day dispatch"))
                        .addMeasurement(m(Metric.CSAT, 4.4, Scale.CSAT_ANSWER, 95, RECENT, PULSE))
                        .addMeasurement(m(Metric.EMOTION, 1.2, Scale.EMOTION, 95, RECENT, PULSE))
                        .build())
                .addTouchpoint(
                    tp(
                            "parts",
                            "Order parts for the line",
                            Channel.of("back-office"),
                            Lane.SUPPORT_PROCESS,
                            null)
                        .build())
                .build())
        .addStage(
            Stage.builder("confirm", "Confirm")
                .goal("Trust that it is fixed for good")
                .owner("Digital self-service")
                .addTouchpoint(
                    tp(
                            "fix-confirmation",
                            "Get a text that it is fixed",
                            Channel.SMS,
                            Lane.FRONTSTAGE,
                            "Digital self-service")
                        .addMeasurement(m(Metric.NPS, 6.8, Scale.NPS_ANSWER, 410, RECENT, PULSE))
                        .addMeasurement(m(Metric.CES, 4.9, Scale.CES_ANSWER, 410, RECENT, PULSE))
                        .addMeasurement(
                            m(Metric.EMOTION, 0.7, Scale.EMOTION, 410, LAST_SPRING, PULSE))
                        .build())
                .build())
        .addMoment(
            MomentThatMatters.builder()
                .id("first-call")
                .touchpointId("helpline")
                .polarity(Polarity.BREAK)
                .whyItMatters("Customers who explain the fault twice churn at three times the rate")
                .currentRating(3)
                .targetRating(8)
                .build())
        .addMoment(
            MomentThatMatters.builder()
                .id("on-time-engineer")
                .touchpointId("engineer-visit")
                .polarity(Polarity.MAKE)
                .whyItMatters("An engineer on time turns a 7 into a 10")
                .currentRating(7)
                .targetRating(10)
                .addEvidence(Evidence.quote("He came when they said and explained what he did"))
                .build())
        .addGap(
            Gap.builder()
                .id("repeat-explaining")
                .type(GapType.EXPERIENCE)
                .title("Customers explain the fault again at every hand-off")
                .severity(Severity.HIGH)
                .location(Location.touchpoint("helpline"))
                .build())
        .addGap(
            Gap.builder()
                .id("same-day-promise")
                .type(GapType.CUSTOMER_EXPECTATIONS)
                .title("Adverts promise same-day fixes; the median is three days")
                .severity(Severity.CRITICAL)
                .build())
        .addGap(
            Gap.builder()
                .id("planning-silo")
                .type(GapType.ORGANISATIONAL)
                .title("Fault management and field operations plan separately")
                .location(Location.stage("repair"))
                .build())
        .addGap(
            Gap.of(
                "first-fix-view",
                GapType.LEADERSHIP_UNDERSTANDING,
                "Leaders see first-time-fix rates, not repeat calls",
                Location.journey()))
        .addGap(
            Gap.builder()
                .id("line-test-skills")
                .type(GapType.EMPLOYEE_KNOWLEDGE_AND_SKILLS)
                .title("Tier-1 agents cannot read line test results")
                .severity(Severity.MEDIUM)
                .location(Location.stage("report"))
                .build())
        .addKpi(
            Kpi.builder("repeat-contact", "Faults reported more than once", KpiKind.OUTCOME)
                .unit("%")
                .higherIsBetter(false)
                .baseline(31)
                .target(10)
                .current(24)
                .measured(RECENT)
                .owner("Head of service")
                .build())
        .addKpi(
            Kpi.builder("same-day-fix", "Faults fixed the same day", KpiKind.OUTCOME)
                .unit("%")
                .baseline(22)
                .target(60)
                .current(27)
                .measured(RECENT)
                .build())
        .addKpi(
            Kpi.builder("aht", "Average handle time", KpiKind.OUTPUT)
                .unit("minutes")
                .higherIsBetter(false)
                .baseline(11)
                .target(9)
                .current(10.5)
                .build())
        .addAction(
            ActionItem.builder(
                    "case-handoff", "Carry the case notes to every hand-off", ActionKind.FIX)
                .addGapId("repeat-explaining")
                .addGapId("planning-silo")
                .addMomentId("first-call")
                .addTouchpointId("helpline")
                .addTouchpointId("fault-case")
                .owner("Head of service")
                .status(ActionStatus.IN_PROGRESS)
                .created(LocalDate.of(2026, 8, 1))
                .due(LocalDate.of(2026, 12, 31))
                .addKpiId("repeat-contact")
                .putEstimate(Estimates.REACH, 18_000)
                .putEstimate(Estimates.IMPACT, 2)
                .putEstimate(Estimates.CONFIDENCE, 0.8)
                .putEstimate(Estimates.EFFORT, 4)
                .putEstimate(Estimates.ICE_IMPACT, 8)
                .putEstimate(Estimates.ICE_CONFIDENCE, 7)
                .putEstimate(Estimates.EASE, 5)
                .putEstimate(Estimates.BUSINESS_VALUE, 13)
                .putEstimate(Estimates.TIME_CRITICALITY, 8)
                .putEstimate(Estimates.RISK_REDUCTION, 5)
                .putEstimate(Estimates.JOB_SIZE, 8)
                .putEstimate(Estimates.VALUE, 8)
                .putEstimate(Estimates.COST, 120_000)
                .build())
        .addAction(
            ActionItem.builder(
                    "eta-texts", "Text the engineer's arrival window", ActionKind.AMPLIFY)
                .addMomentId("on-time-engineer")
                .addTouchpointId("engineer-visit")
                .owner("Field operations")
                .status(ActionStatus.PLANNED)
                .created(LocalDate.of(2026, 9, 15))
                .due(LocalDate.of(2027, 2, 1))
                .addKpiId("same-day-fix")
                .putEstimate(Estimates.REACH, 9_000)
                .putEstimate(Estimates.IMPACT, 1)
                .putEstimate(Estimates.CONFIDENCE, 1)
                .putEstimate(Estimates.EFFORT, 1)
                .putEstimate(Estimates.ICE_IMPACT, 6)
                .putEstimate(Estimates.ICE_CONFIDENCE, 9)
                .putEstimate(Estimates.EASE, 9)
                .putEstimate(Estimates.VALUE, 6)
                .putEstimate(Estimates.COST, 20_000)
                .build())
        .addAction(
            ActionItem.builder(
                    "line-test-training", "Teach agents to read line tests", ActionKind.TRAINING)
                .addGapId("line-test-skills")
                .status(ActionStatus.PROPOSED)
                .putEstimate(Estimates.REACH, 18_000)
                .putEstimate(Estimates.IMPACT, 0.5)
                .putEstimate(Estimates.CONFIDENCE, 0.5)
                .putEstimate(Estimates.EFFORT, 2)
                .build())
        .addAction(
            ActionItem.builder(
                    "proactive-alerts",
                    "Text customers about network faults first",
                    ActionKind.PILOT)
                .addGapId("same-day-promise")
                .addTouchpointId("status-page")
                .owner("Network operations")
                .status(ActionStatus.PROPOSED)
                .created(LocalDate.of(2026, 11, 2))
                .addKpiId("repeat-contact")
                .putEstimate(Estimates.REACH, 40_000)
                .putEstimate(Estimates.IMPACT, 1)
                .putEstimate(Estimates.CONFIDENCE, 0.5)
                .putEstimate(Estimates.EFFORT, 5)
                .putEstimate(Estimates.ICE_IMPACT, 7)
                .putEstimate(Estimates.ICE_CONFIDENCE, 5)
                .putEstimate(Estimates.EASE, 4)
                .putEstimate(Estimates.BUSINESS_VALUE, 13)
                .putEstimate(Estimates.TIME_CRITICALITY, 5)
                .putEstimate(Estimates.RISK_REDUCTION, 8)
                .putEstimate(Estimates.JOB_SIZE, 13)
                .build())
        .governance(
            Governance.builder()
                .owner("Head of service")
                .addStakeholder(Stakeholder.of("Contact centre lead", "Feeds call reasons monthly"))
                .addStakeholder(
                    Stakeholder.of("Field operations director", "Owns the repair stage"))
                .reviewCadence(Period.ofMonths(3))
                .lastReviewed(LocalDate.of(2026, 9, 30))
                .build())
        .addTag("telecoms")
        .addTag("service")
        .build();
  }

  // ---------------------------------------------------------------- retail

  /**
   * Ordering online and returning what does not fit.
   *
   * @return the journey
   */
  public static Journey orderAndReturn() {
    return Journey.builder("order-and-return", "Order online and return what does not fit")
        .description("From finding a product to getting the money back for a return")
        .addPersona(
            Persona.builder("alex", "Alex, orders three sizes")
                .segment("Fashion, frequent buyers")
                .addGoal("Get the right size without a trip to the post office")
                .build())
        .addStage(
            Stage.builder("browse", "Browse")
                .goal("Find the right product and size")
                .owner("E-commerce")
                .addTouchpoint(
                    tp(
                            "search",
                            "Search and filter products",
                            Channel.WEB,
                            Lane.CUSTOMER_ACTION,
                            "E-commerce")
                        .addEnabler(Enabler.of(EnablerKind.TECHNOLOGY, "Search engine"))
                        .addMeasurement(m(Metric.EMOTION, 0.5, Scale.EMOTION, 520, RECENT, PULSE))
                        .addDataSource(ANALYTICS)
                        .build())
                .addTouchpoint(
                    tp(
                            "size-guide",
                            "Check the size guide",
                            Channel.WEB,
                            Lane.CUSTOMER_ACTION,
                            "E-commerce")
                        .addEnabler(Enabler.of(EnablerKind.DATA, "Garment measurements"))
                        .addMeasurement(
                            m(Metric.EXPECTATION, 5.8, Scale.LIKERT_7, 300, RECENT, PULSE))
                        .addMeasurement(
                            m(Metric.PERCEPTION, 3.6, Scale.LIKERT_7, 300, RECENT, PULSE))
                        .addMeasurement(m(Metric.EMOTION, -0.6, Scale.EMOTION, 300, RECENT, PULSE))
                        .addEvidence(
                            Evidence.quote("Every brand's medium is different, so I order three"))
                        .build())
                .build())
        .addStage(
            Stage.builder("order", "Order and pay")
                .goal("Pay quickly and know when it arrives")
                .owner("E-commerce")
                .addTouchpoint(
                    tp("checkout", "Check out", Channel.APP, Lane.CUSTOMER_ACTION, "E-commerce")
                        .addEnabler(Enabler.of(EnablerKind.TECHNOLOGY, "Payment gateway"))
                        .addMeasurement(m(Metric.CES, 6.1, Scale.CES_ANSWER, 610, RECENT, PULSE))
                        .addMeasurement(m(Metric.EMOTION, 0.9, Scale.EMOTION, 610, RECENT, PULSE))
                        .build())
                .addTouchpoint(
                    tp(
                            "order-email",
                            "Get the order confirmation",
                            Channel.EMAIL,
                            Lane.FRONTSTAGE,
                            "CRM team")
                        .addEnabler(Enabler.of(EnablerKind.TECHNOLOGY, "Email service"))
                        .build())
                .addTouchpoint(
                    tp(
                            "fraud-check",
                            "Screen the payment for fraud",
                            Channel.of("back-office"),
                            Lane.BACKSTAGE,
                            "Payments")
                        .addEnabler(Enabler.of(EnablerKind.TECHNOLOGY, "Fraud scoring"))
                        .build())
                .build())
        .addStage(
            Stage.builder("deliver", "Delivery")
                .goal("Get it when I am at home")
                .owner("Logistics")
                .addTouchpoint(
                    tp(
                            "tracking",
                            "Track the parcel",
                            Channel.APP,
                            Lane.CUSTOMER_ACTION,
                            "Logistics")
                        .addEnabler(Enabler.of(EnablerKind.DATA, "Carrier tracking feed"))
                        .addMeasurement(m(Metric.EMOTION, 0.2, Scale.EMOTION, 480, RECENT, PULSE))
                        .build())
                .addTouchpoint(
                    tp(
                            "doorstep",
                            "Receive the parcel",
                            Channel.IN_PERSON,
                            Lane.FRONTSTAGE,
                            "Logistics")
                        .addEnabler(Enabler.of(EnablerKind.PEOPLE, "Carrier drivers"))
                        .addMeasurement(m(Metric.CSAT, 4.2, Scale.CSAT_ANSWER, 480, RECENT, PULSE))
                        .build())
                .build())
        .addStage(
            Stage.builder("return", "Return and refund")
                .goal("Send it back easily and get my money")
                .owner("Customer service")
                .addTouchpoint(
                    tp(
                            "return-request",
                            "Start a return",
                            Channel.WEB,
                            Lane.CUSTOMER_ACTION,
                            "Customer service")
                        .addEnabler(Enabler.of(EnablerKind.PROCESS, "Returns policy"))
                        .addMeasurement(m(Metric.CES, 3.1, Scale.CES_ANSWER, 350, RECENT, PULSE))
                        .addMeasurement(m(Metric.EMOTION, -0.8, Scale.EMOTION, 350, RECENT, PULSE))
                        .build())
                .addTouchpoint(
                    tp(
                            "drop-off",
                            "Drop the parcel at a post office",
                            Channel.STORE,
                            Lane.CUSTOMER_ACTION,
                            "Logistics")
                        .addEnabler(Enabler.of(EnablerKind.CAPABILITY, "Carrier drop-off network"))
                        .addMeasurement(m(Metric.EMOTION, -1.3, Scale.EMOTION, 350, RECENT, PULSE))
                        .addEvidence(Evidence.quote("A 40-minute queue to send back a shirt"))
                        .addDataSource(SOCIAL)
                        .build())
                .addTouchpoint(
                    tp(
                            "refund",
                            "Wait for the refund",
                            Channel.EMAIL,
                            Lane.FRONTSTAGE,
                            "Finance operations")
                        .addEnabler(Enabler.of(EnablerKind.PROCESS, "Refund reconciliation"))
                        .addMeasurement(
                            m(Metric.EXPECTATION, 6.0, Scale.LIKERT_7, 330, RECENT, PULSE))
                        .addMeasurement(
                            m(Metric.PERCEPTION, 2.9, Scale.LIKERT_7, 330, RECENT, PULSE))
                        .addMeasurement(m(Metric.EMOTION, -1.5, Scale.EMOTION, 330, RECENT, PULSE))
                        .addMeasurement(m(Metric.NPS, 5.2, Scale.NPS_ANSWER, 330, RECENT, PULSE))
                        .build())
                .addTouchpoint(
                    tp(
                            "warehouse-check",
                            "Inspect the returned item",
                            Channel.of("warehouse"),
                            Lane.BACKSTAGE,
                            "Logistics")
                        .build())
                .build())
        .addMoment(
            MomentThatMatters.builder()
                .id("refund-wait")
                .touchpointId("refund")
                .polarity(Polarity.BREAK)
                .whyItMatters("Slow refunds stop customers ordering again")
                .currentRating(3)
                .targetRating(8)
                .build())
        .addMoment(
            MomentThatMatters.of(
                "easy-checkout",
                "checkout",
                Polarity.MAKE,
                "A one-tap checkout is why customers come back"))
        .addGap(
            Gap.builder()
                .id("refund-gap")
                .type(GapType.EXPERIENCE)
                .title("Refunds take 9 days against an expected 3")
                .severity(Severity.HIGH)
                .location(Location.touchpoint("refund"))
                .build())
        .addGap(
            Gap.builder()
                .id("size-gap")
                .type(GapType.EXPERIENCE)
                .title("The size guide does not help customers choose")
                .severity(Severity.MEDIUM)
                .location(Location.touchpoint("size-guide"))
                .build())
        .addGap(
            Gap.of(
                "free-returns-promise",
                GapType.CUSTOMER_EXPECTATIONS,
                "'Free, easy returns' means a queue at the post office",
                Location.stage("return")))
        .addGap(
            Gap.of(
                "returns-silo",
                GapType.ORGANISATIONAL,
                "Nobody owns a return from request to refund",
                Location.stage("return")))
        .addGap(
            Gap.of(
                "returns-cost-view",
                GapType.LEADERSHIP_UNDERSTANDING,
                "Leaders see returns as a cost line, not as why customers stay",
                Location.journey()))
        .addGap(
            Gap.builder()
                .id("store-returns-skills")
                .type(GapType.EMPLOYEE_KNOWLEDGE_AND_SKILLS)
                .title("Store staff cannot take back online orders")
                .severity(Severity.LOW)
                .location(Location.stage("return"))
                .build())
        .addKpi(
            Kpi.builder(
                    "repeat-purchase", "Customers who order again within 90 days", KpiKind.OUTCOME)
                .unit("%")
                .baseline(34)
                .target(45)
                .current(35)
                .measured(RECENT)
                .build())
        .addKpi(
            Kpi.builder("refund-days", "Days from drop-off to refund", KpiKind.OUTPUT)
                .unit("days")
                .higherIsBetter(false)
                .baseline(9)
                .target(3)
                .current(8)
                .measured(RECENT)
                .build())
        .addKpi(
            Kpi.builder("emails-sent", "Order emails sent on time", KpiKind.OUTPUT)
                .unit("%")
                .baseline(97)
                .target(99)
                .current(99.2)
                .measured(RECENT)
                .build())
        .addAction(
            ActionItem.builder(
                    "instant-refund",
                    "Refund as soon as the carrier scans the parcel",
                    ActionKind.FIX)
                .addGapId("refund-gap")
                .addMomentId("refund-wait")
                .addTouchpointId("refund")
                .owner("Finance operations")
                .status(ActionStatus.PLANNED)
                .created(LocalDate.of(2026, 9, 1))
                .due(LocalDate.of(2026, 11, 1))
                .addKpiId("refund-days")
                .addKpiId("repeat-purchase")
                .putEstimate(Estimates.REACH, 22_000)
                .putEstimate(Estimates.IMPACT, 2)
                .putEstimate(Estimates.CONFIDENCE, 0.8)
                .putEstimate(Estimates.EFFORT, 2)
                .putEstimate(Estimates.ICE_IMPACT, 8)
                .putEstimate(Estimates.ICE_CONFIDENCE, 8)
                .putEstimate(Estimates.EASE, 6)
                .putEstimate(Estimates.BUSINESS_VALUE, 13)
                .putEstimate(Estimates.TIME_CRITICALITY, 8)
                .putEstimate(Estimates.RISK_REDUCTION, 3)
                .putEstimate(Estimates.JOB_SIZE, 5)
                .putEstimate(Estimates.VALUE, 8)
                .putEstimate(Estimates.COST, 40_000)
                .build())
        .addAction(
            ActionItem.builder("locker-returns", "Offer parcel-locker returns", ActionKind.PILOT)
                .addGapId("free-returns-promise")
                .addTouchpointId("drop-off")
                .status(ActionStatus.PROPOSED)
                .putEstimate(Estimates.REACH, 15_000)
                .putEstimate(Estimates.IMPACT, 1)
                .putEstimate(Estimates.CONFIDENCE, 0.8)
                .putEstimate(Estimates.EFFORT, 3)
                .putEstimate(Estimates.ICE_IMPACT, 6)
                .putEstimate(Estimates.ICE_CONFIDENCE, 6)
                .putEstimate(Estimates.EASE, 6)
                .build())
        .addAction(
            ActionItem.builder(
                    "fit-research",
                    "Find out why customers order several sizes",
                    ActionKind.RESEARCH)
                .addGapId("size-gap")
                .owner("CX research")
                .status(ActionStatus.IN_PROGRESS)
                .created(LocalDate.of(2026, 10, 5))
                .due(LocalDate.of(2027, 1, 15))
                .putEstimate(Estimates.REACH, 2_000)
                .putEstimate(Estimates.IMPACT, 0.5)
                .putEstimate(Estimates.CONFIDENCE, 0.5)
                .putEstimate(Estimates.EFFORT, 1)
                .build())
        .governance(
            Governance.builder()
                .owner("Director of e-commerce")
                .addStakeholder(Stakeholder.of("Logistics manager", "Owns delivery and drop-off"))
                .reviewCadence(Period.ofMonths(6))
                .lastReviewed(LocalDate.of(2026, 2, 10))
                .build())
        .addTag("retail")
        .addTag("returns")
        .build();
  }

  // --------------------------------------------------------------- helpers

  private static Touchpoint.Builder tp(
      String id, String name, Channel channel, Lane lane, String owner) {
    Touchpoint.Builder builder = Touchpoint.builder(id, name, channel).lane(lane);
    return owner == null ? builder : builder.owner(owner);
  }

  /** A measurement; {@code sampleSize} 0, a null date or a null source leave that part unset. */
  private static Measurement m(
      Metric metric,
      double value,
      Scale scale,
      long sampleSize,
      LocalDate collected,
      DataSource source) {
    Measurement.Builder builder = Measurement.builder().metric(metric).value(value).scale(scale);
    if (sampleSize > 0) {
      builder.sampleSize(sampleSize);
    }
    if (collected != null) {
      builder.collected(collected);
    }
    if (source != null) {
      builder.source(source);
    }
    return builder.build();
  }
}
