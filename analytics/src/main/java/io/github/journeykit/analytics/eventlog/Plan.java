package io.github.journeykit.analytics.eventlog;

import io.github.journeykit.core.model.Journey;
import io.github.journeykit.core.model.Stage;
import io.github.journeykit.core.model.Touchpoint;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The designed journey as the analysis reads it: the stages in order, each a sequence of steps, a
 * step being one touchpoint or several alternative ones ({@link Touchpoint#step()}), required or
 * optional ({@link Touchpoint#optional()}). Touchpoints are numbered in journey order, steps in
 * plan order.
 */
final class Plan {
  final String journeyId;
  final String[] stageIds;
  final String[] touchpointIds;
  final Map<String, Integer> touchpointIndex = new HashMap<>();

  /** The step of each touchpoint. */
  final int[] stepOf;

  /** The stage of each step, whether it is optional, and the touchpoint that names it. */
  final int[] stageOfStep;

  final boolean[] optional;
  final int[] touchpointOfStep;

  /** The first step of each stage, and after the last one the number of steps. */
  final int[] firstStepOfStage;

  Plan(Journey journey) {
    this.journeyId = journey.id();
    List<Stage> stages = journey.stages();
    stageIds = new String[stages.size()];
    List<Touchpoint> touchpoints = new ArrayList<>();
    List<Integer> stepStages = new ArrayList<>();
    List<Boolean> stepOptional = new ArrayList<>();
    List<Integer> stepTouchpoints = new ArrayList<>();
    List<Integer> steps = new ArrayList<>();
    firstStepOfStage = new int[stages.size() + 1];
    for (int s = 0; s < stages.size(); s++) {
      Stage stage = stages.get(s);
      stageIds[s] = stage.id();
      firstStepOfStage[s] = stepStages.size();
      Map<String, Integer> named = new LinkedHashMap<>();
      for (Touchpoint touchpoint : stage.touchpoints()) {
        int t = touchpoints.size();
        touchpoints.add(touchpoint);
        Integer step = touchpoint.step().map(named::get).orElse(null);
        if (step == null) {
          step = stepStages.size();
          stepStages.add(s);
          stepOptional.add(touchpoint.optional());
          stepTouchpoints.add(t);
          Integer fresh = step;
          touchpoint.step().ifPresent(name -> named.put(name, fresh));
        }
        steps.add(step);
      }
    }
    firstStepOfStage[stages.size()] = stepStages.size();
    touchpointIds = new String[touchpoints.size()];
    stepOf = new int[touchpoints.size()];
    for (int t = 0; t < touchpoints.size(); t++) {
      touchpointIds[t] = touchpoints.get(t).id();
      touchpointIndex.put(touchpointIds[t], t);
      stepOf[t] = steps.get(t);
    }
    int stepCount = stepStages.size();
    stageOfStep = new int[stepCount];
    optional = new boolean[stepCount];
    touchpointOfStep = new int[stepCount];
    for (int i = 0; i < stepCount; i++) {
      stageOfStep[i] = stepStages.get(i);
      optional[i] = stepOptional.get(i);
      touchpointOfStep[i] = stepTouchpoints.get(i);
    }
  }

  int stages() {
    return stageIds.length;
  }

  int touchpoints() {
    return touchpointIds.length;
  }

  int stageOf(int touchpoint) {
    return stageOfStep[stepOf[touchpoint]];
  }
}
