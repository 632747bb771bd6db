package io.github.journeykit.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class StageTest {
  @Test
  void touchpointIdsAreUniqueInTheStage() {
    ValidationException e =
        assertThrows(
            ValidationException.class,
            () ->
                Stage.builder("apply", "Apply")
                    .addTouchpoint(Touchpoint.of("form", "Form", Channel.WEB))
                    .addTouchpoint(Touchpoint.of("call", "Call", Channel.PHONE))
                    .addTouchpoint(Touchpoint.of("form", "Form again", Channel.APP))
                    .build());
    assertEquals("touchpoints[2].id", e.violations().get(0).path());
    assertEquals("must be unique; touchpoints[0] has the same id", e.violations().get(0).rule());
  }

  @Test
  void alternativesOfOneStepAreAllOptionalOrAllRequired() {
    Stage report =
        Stage.builder("report", "Report")
            .addTouchpoint(
                Touchpoint.builder("call", "Call", Channel.PHONE).step("contact").build())
            .addTouchpoint(Touchpoint.builder("chat", "Chat", Channel.CHAT).step("contact").build())
            .build();
    assertEquals(Optional.of("contact"), report.touchpoint("chat").get().step());
    assertEquals(false, report.touchpoint("chat").get().optional());
    ValidationException e =
        assertThrows(
            ValidationException.class,
            () ->
                Stage.builder("report", "Report")
                    .addTouchpoint(
                        Touchpoint.builder("call", "Call", Channel.PHONE).step("contact").build())
                    .addTouchpoint(
                        Touchpoint.builder("chat", "Chat", Channel.CHAT)
                            .step("contact")
                            .optional(true)
                            .build())
                    .build());
    assertEquals(
        "Stage \"report\" is invalid: touchpoints[1].optional: must be the same for every"
            + " touchpoint of the step \"contact\"; touchpoints[0] differs (was true)",
        e.getMessage());
    ValidationException badStep =
        assertThrows(
            ValidationException.class,
            () -> Touchpoint.builder("call", "Call", Channel.PHONE).step("a step").build());
    assertEquals("step", badStep.violations().get(0).path());
  }

  @Test
  void findsItsTouchpoints() {
    Touchpoint form = Touchpoint.of("form", "Form", Channel.WEB);
    Stage apply = Stage.builder("apply", "Apply").addTouchpoint(form).build();
    assertEquals(Optional.of(form), apply.touchpoint("form"));
    assertEquals(Optional.empty(), apply.touchpoint("call"));
    assertEquals("Stage[apply \"Apply\", 1 touchpoints]", apply.toString());
  }

  @Test
  void rejectsBlankTexts() {
    ValidationException e =
        assertThrows(
            ValidationException.class,
            () -> Stage.builder("apply", "").goal(" ").owner("").build());
    assertEquals(3, e.violations().size());
  }
}
