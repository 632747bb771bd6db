package io.github.journeykit.benchmarks;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * W3's lower bound: {@link PlainJourney} written and read by hand with jackson-core's streaming
 * generator and parser, with no checks beyond what the parser does.
 */
final class PlainStreaming {
  /** Reads one value at the parser's current token. */
  private interface Read<T> {
    T read(JsonParser in) throws IOException;
  }

  /** Writes one value. */
  private interface Write<T> {
    void write(T value, JsonGenerator out) throws IOException;
  }

  private PlainStreaming() {}

  static void write(PlainJourney journey, JsonGenerator out) throws IOException {
    out.writeStartObject();
    text(out, "format", journey.format);
    out.writeNumberField("formatVersion", journey.formatVersion);
    text(out, "id", journey.id);
    text(out, "title", journey.title);
    list(out, "personas", journey.personas, PlainStreaming::persona);
    text(out, "state", journey.state);
    list(out, "stages", journey.stages, PlainStreaming::stage);
    list(out, "moments", journey.moments, PlainStreaming::moment);
    list(out, "gaps", journey.gaps, PlainStreaming::gap);
    list(out, "actions", journey.actions, PlainStreaming::action);
    list(out, "kpis", journey.kpis, PlainStreaming::kpi);
    out.writeFieldName("governance");
    out.writeStartObject();
    text(out, "owner", journey.governance.owner);
    text(out, "reviewCadence", journey.governance.reviewCadence);
    text(out, "lastReviewed", journey.governance.lastReviewed);
    out.writeEndObject();
    out.writeEndObject();
    out.writeRaw('\n');
  }

  private static void persona(PlainJourney.Persona persona, JsonGenerator out) throws IOException {
    out.writeStartObject();
    text(out, "id", persona.id);
    text(out, "name", persona.name);
    out.writeEndObject();
  }

  private static void stage(PlainJourney.Stage stage, JsonGenerator out) throws IOException {
    out.writeStartObject();
    text(out, "id", stage.id);
    text(out, "name", stage.name);
    text(out, "goal", stage.goal);
    text(out, "owner", stage.owner);
    list(out, "touchpoints", stage.touchpoints, PlainStreaming::step);
    out.writeEndObject();
  }

  private static void step(PlainJourney.Step step, JsonGenerator out) throws IOException {
    out.writeStartObject();
    text(out, "id", step.id);
    text(out, "name", step.name);
    text(out, "channel", step.channel);
    text(out, "lane", step.lane);
    text(out, "owner", step.owner);
    list(out, "enablers", step.enablers, PlainStreaming::enabler);
    list(out, "measurements", step.measurements, PlainStreaming::measurement);
    list(out, "evidence", step.evidence, PlainStreaming::evidence);
    list(out, "dataSources", step.dataSources, PlainStreaming::source);
    out.writeEndObject();
  }

  private static void enabler(PlainJourney.Enabler enabler, JsonGenerator out) throws IOException {
    out.writeStartObject();
    text(out, "kind", enabler.kind);
    text(out, "name", enabler.name);
    out.writeEndObject();
  }

  private static void measurement(PlainJourney.Measurement measurement, JsonGenerator out)
      throws IOException {
    out.writeStartObject();
    text(out, "metric", measurement.metric);
    number(out, "value", measurement.value);
    out.writeFieldName("scale");
    scale(measurement.scale, out);
    if (measurement.sampleSize != null) {
      out.writeNumberField("sampleSize", measurement.sampleSize);
    }
    text(out, "collected", measurement.collected);
    if (measurement.source != null) {
      out.writeFieldName("source");
      source(measurement.source, out);
    }
    out.writeEndObject();
  }

  private static void scale(PlainJourney.Scale scale, JsonGenerator out) throws IOException {
    out.writeStartObject();
    number(out, "min", scale.min);
    number(out, "max", scale.max);
    number(out, "baseline", scale.baseline);
    out.writeBooleanField("higherIsBetter", scale.higherIsBetter);
    out.writeEndObject();
  }

  private static void source(PlainJourney.Source source, JsonGenerator out) throws IOException {
    out.writeStartObject();
    text(out, "id", source.id);
    text(out, "kind", source.kind);
    text(out, "nature", source.nature);
    out.writeEndObject();
  }

  private static void evidence(PlainJourney.Evidence evidence, JsonGenerator out)
      throws IOException {
    out.writeStartObject();
    text(out, "kind", evidence.kind);
    text(out, "text", evidence.text);
    out.writeEndObject();
  }

  private static void moment(PlainJourney.Moment moment, JsonGenerator out) throws IOException {
    out.writeStartObject();
    text(out, "id", moment.id);
    text(out, "touchpointId", moment.touchpointId);
    text(out, "polarity", moment.polarity);
    text(out, "whyItMatters", moment.whyItMatters);
    out.writeFieldName("ratingScale");
    scale(moment.ratingScale, out);
    out.writeEndObject();
  }

  private static void gap(PlainJourney.Gap gap, JsonGenerator out) throws IOException {
    out.writeStartObject();
    text(out, "id", gap.id);
    text(out, "type", gap.type);
    text(out, "title", gap.title);
    text(out, "severity", gap.severity);
    out.writeFieldName("location");
    out.writeStartObject();
    text(out, "kind", gap.location.kind);
    text(out, "elementId", gap.location.elementId);
    out.writeEndObject();
    out.writeEndObject();
  }

  private static void action(PlainJourney.Action action, JsonGenerator out) throws IOException {
    out.writeStartObject();
    text(out, "id", action.id);
    text(out, "title", action.title);
    text(out, "kind", action.kind);
    texts(out, "gapIds", action.gapIds);
    texts(out, "touchpointIds", action.touchpointIds);
    text(out, "owner", action.owner);
    text(out, "status", action.status);
    texts(out, "kpiIds", action.kpiIds);
    if (!action.estimates.isEmpty()) {
      out.writeFieldName("estimates");
      out.writeStartObject();
      for (Map.Entry<String, Double> estimate : action.estimates.entrySet()) {
        number(out, estimate.getKey(), estimate.getValue());
      }
      out.writeEndObject();
    }
    out.writeEndObject();
  }

  private static void kpi(PlainJourney.Kpi kpi, JsonGenerator out) throws IOException {
    out.writeStartObject();
    text(out, "id", kpi.id);
    text(out, "name", kpi.name);
    text(out, "kind", kpi.kind);
    out.writeBooleanField("higherIsBetter", kpi.higherIsBetter);
    number(out, "baseline", kpi.baseline);
    number(out, "target", kpi.target);
    number(out, "current", kpi.current);
    out.writeEndObject();
  }

  private static <T> void list(JsonGenerator out, String name, List<T> values, Write<T> write)
      throws IOException {
    if (!values.isEmpty()) {
      out.writeFieldName(name);
      out.writeStartArray();
      for (T value : values) {
        write.write(value, out);
      }
      out.writeEndArray();
    }
  }

  private static void texts(JsonGenerator out, String name, List<String> values)
      throws IOException {
    if (!values.isEmpty()) {
      out.writeFieldName(name);
      out.writeStartArray();
      for (String value : values) {
        out.writeString(value);
      }
      out.writeEndArray();
    }
  }

  private static void text(JsonGenerator out, String name, String value) throws IOException {
    if (value != null) {
      out.writeStringField(name, value);
    }
  }

  private static void number(JsonGenerator out, String name, Double value) throws IOException {
    if (value != null) {
      out.writeNumberField(name, value);
    }
  }

  // ------------------------------------------------------------------ reading

  static PlainJourney read(JsonParser in) throws IOException {
    PlainJourney journey = new PlainJourney();
    in.nextToken();
    while (in.nextToken() == JsonToken.FIELD_NAME) {
      String name = in.currentName();
      in.nextToken();
      switch (name) {
        case "format":
          journey.format = in.getText();
          break;
        case "formatVersion":
          journey.formatVersion = in.getIntValue();
          break;
        case "id":
          journey.id = in.getText();
          break;
        case "title":
          journey.title = in.getText();
          break;
        case "personas":
          journey.personas = list(in, PlainStreaming::persona);
          break;
        case "state":
          journey.state = in.getText();
          break;
        case "stages":
          journey.stages = list(in, PlainStreaming::stage);
          break;
        case "moments":
          journey.moments = list(in, PlainStreaming::moment);
          break;
        case "gaps":
          journey.gaps = list(in, PlainStreaming::gap);
          break;
        case "actions":
          journey.actions = list(in, PlainStreaming::action);
          break;
        case "kpis":
          journey.kpis = list(in, PlainStreaming::kpi);
          break;
        case "governance":
          journey.governance = governance(in);
          break;
        default:
          in.skipChildren();
      }
    }
    return journey;
  }

  private static PlainJourney.Persona persona(JsonParser in) throws IOException {
    PlainJourney.Persona persona = new PlainJourney.Persona();
    while (in.nextToken() == JsonToken.FIELD_NAME) {
      String name = in.currentName();
      in.nextToken();
      switch (name) {
        case "id":
          persona.id = in.getText();
          break;
        case "name":
          persona.name = in.getText();
          break;
        default:
          in.skipChildren();
      }
    }
    return persona;
  }

  private static PlainJourney.Stage stage(JsonParser in) throws IOException {
    PlainJourney.Stage stage = new PlainJourney.Stage();
    while (in.nextToken() == JsonToken.FIELD_NAME) {
      String name = in.currentName();
      in.nextToken();
      switch (name) {
        case "id":
          stage.id = in.getText();
          break;
        case "name":
          stage.name = in.getText();
          break;
        case "goal":
          stage.goal = in.getText();
          break;
        case "owner":
          stage.owner = in.getText();
          break;
        case "touchpoints":
          stage.touchpoints = list(in, PlainStreaming::step);
          break;
        default:
          in.skipChildren();
      }
    }
    return stage;
  }

  private static PlainJourney.Step step(JsonParser in) throws IOException {
    PlainJourney.Step step = new PlainJourney.Step();
    while (in.nextToken() == JsonToken.FIELD_NAME) {
      String name = in.currentName();
      in.nextToken();
      switch (name) {
        case "id":
          step.id = in.getText();
          break;
        case "name":
          step.name = in.getText();
          break;
        case "channel":
          step.channel = in.getText();
          break;
        case "lane":
          step.lane = in.getText();
          break;
        case "owner":
          step.owner = in.getText();
          break;
        case "enablers":
          step.enablers = list(in, PlainStreaming::enabler);
          break;
        case "measurements":
          step.measurements = list(in, PlainStreaming::measurement);
          break;
        case "evidence":
          step.evidence = list(in, PlainStreaming::evidence);
          break;
        case "dataSources":
          step.dataSources = list(in, PlainStreaming::source);
          break;
        default:
          in.skipChildren();
      }
    }
    return step;
  }

  private static PlainJourney.Enabler enabler(JsonParser in) throws IOException {
    PlainJourney.Enabler enabler = new PlainJourney.Enabler();
    while (in.nextToken() == JsonToken.FIELD_NAME) {
      String name = in.currentName();
      in.nextToken();
      switch (name) {
        case "kind":
          enabler.kind = in.getText();
          break;
        case "name":
          enabler.name = in.getText();
          break;
        default:
          in.skipChildren();
      }
    }
    return enabler;
  }

  private static PlainJourney.Measurement measurement(JsonParser in) throws IOException {
    PlainJourney.Measurement measurement = new PlainJourney.Measurement();
    while (in.nextToken() == JsonToken.FIELD_NAME) {
      String name = in.currentName();
      in.nextToken();
      switch (name) {
        case "metric":
          measurement.metric = in.getText();
          break;
        case "value":
          measurement.value = in.getDoubleValue();
          break;
        case "scale":
          measurement.scale = scale(in);
          break;
        case "sampleSize":
          measurement.sampleSize = in.getLongValue();
          break;
        case "collected":
          measurement.collected = in.getText();
          break;
        case "source":
          measurement.source = source(in);
          break;
        default:
          in.skipChildren();
      }
    }
    return measurement;
  }

  private static PlainJourney.Scale scale(JsonParser in) throws IOException {
    PlainJourney.Scale scale = new PlainJourney.Scale();
    while (in.nextToken() == JsonToken.FIELD_NAME) {
      String name = in.currentName();
      in.nextToken();
      switch (name) {
        case "min":
          scale.min = in.getDoubleValue();
          break;
        case "max":
          scale.max = in.getDoubleValue();
          break;
        case "baseline":
          scale.baseline = in.getDoubleValue();
          break;
        case "higherIsBetter":
          scale.higherIsBetter = in.getBooleanValue();
          break;
        default:
          in.skipChildren();
      }
    }
    return scale;
  }

  private static PlainJourney.Source source(JsonParser in) throws IOException {
    PlainJourney.Source source = new PlainJourney.Source();
    while (in.nextToken() == JsonToken.FIELD_NAME) {
      String name = in.currentName();
      in.nextToken();
      switch (name) {
        case "id":
          source.id = in.getText();
          break;
        case "kind":
          source.kind = in.getText();
          break;
        case "nature":
          source.nature = in.getText();
          break;
        default:
          in.skipChildren();
      }
    }
    return source;
  }

  private static PlainJourney.Evidence evidence(JsonParser in) throws IOException {
    PlainJourney.Evidence evidence = new PlainJourney.Evidence();
    while (in.nextToken() == JsonToken.FIELD_NAME) {
      String name = in.currentName();
      in.nextToken();
      switch (name) {
        case "kind":
          evidence.kind = in.getText();
          break;
        case "text":
          evidence.text = in.getText();
          break;
        default:
          in.skipChildren();
      }
    }
    return evidence;
  }

  private static PlainJourney.Moment moment(JsonParser in) throws IOException {
    PlainJourney.Moment moment = new PlainJourney.Moment();
    while (in.nextToken() == JsonToken.FIELD_NAME) {
      String name = in.currentName();
      in.nextToken();
      switch (name) {
        case "id":
          moment.id = in.getText();
          break;
        case "touchpointId":
          moment.touchpointId = in.getText();
          break;
        case "polarity":
          moment.polarity = in.getText();
          break;
        case "whyItMatters":
          moment.whyItMatters = in.getText();
          break;
        case "ratingScale":
          moment.ratingScale = scale(in);
          break;
        default:
          in.skipChildren();
      }
    }
    return moment;
  }

  private static PlainJourney.Gap gap(JsonParser in) throws IOException {
    PlainJourney.Gap gap = new PlainJourney.Gap();
    while (in.nextToken() == JsonToken.FIELD_NAME) {
      String name = in.currentName();
      in.nextToken();
      switch (name) {
        case "id":
          gap.id = in.getText();
          break;
        case "type":
          gap.type = in.getText();
          break;
        case "title":
          gap.title = in.getText();
          break;
        case "severity":
          gap.severity = in.getText();
          break;
        case "location":
          gap.location = location(in);
          break;
        default:
          in.skipChildren();
      }
    }
    return gap;
  }

  private static PlainJourney.Location location(JsonParser in) throws IOException {
    PlainJourney.Location location = new PlainJourney.Location();
    while (in.nextToken() == JsonToken.FIELD_NAME) {
      String name = in.currentName();
      in.nextToken();
      switch (name) {
        case "kind":
          location.kind = in.getText();
          break;
        case "elementId":
          location.elementId = in.getText();
          break;
        default:
          in.skipChildren();
      }
    }
    return location;
  }

  private static PlainJourney.Action action(JsonParser in) throws IOException {
    PlainJourney.Action action = new PlainJourney.Action();
    while (in.nextToken() == JsonToken.FIELD_NAME) {
      String name = in.currentName();
      in.nextToken();
      switch (name) {
        case "id":
          action.id = in.getText();
          break;
        case "title":
          action.title = in.getText();
          break;
        case "kind":
          action.kind = in.getText();
          break;
        case "gapIds":
          action.gapIds = list(in, JsonParser::getText);
          break;
        case "touchpointIds":
          action.touchpointIds = list(in, JsonParser::getText);
          break;
        case "owner":
          action.owner = in.getText();
          break;
        case "status":
          action.status = in.getText();
          break;
        case "kpiIds":
          action.kpiIds = list(in, JsonParser::getText);
          break;
        case "estimates":
          while (in.nextToken() == JsonToken.FIELD_NAME) {
            String key = in.currentName();
            in.nextToken();
            action.estimates.put(key, in.getDoubleValue());
          }
          break;
        default:
          in.skipChildren();
      }
    }
    return action;
  }

  private static PlainJourney.Kpi kpi(JsonParser in) throws IOException {
    PlainJourney.Kpi kpi = new PlainJourney.Kpi();
    while (in.nextToken() == JsonToken.FIELD_NAME) {
      String name = in.currentName();
      in.nextToken();
      switch (name) {
        case "id":
          kpi.id = in.getText();
          break;
        case "name":
          kpi.name = in.getText();
          break;
        case "kind":
          kpi.kind = in.getText();
          break;
        case "higherIsBetter":
          kpi.higherIsBetter = in.getBooleanValue();
          break;
        case "baseline":
          kpi.baseline = in.getDoubleValue();
          break;
        case "target":
          kpi.target = in.getDoubleValue();
          break;
        case "current":
          kpi.current = in.getDoubleValue();
          break;
        default:
          in.skipChildren();
      }
    }
    return kpi;
  }

  private static PlainJourney.Governance governance(JsonParser in) throws IOException {
    PlainJourney.Governance governance = new PlainJourney.Governance();
    while (in.nextToken() == JsonToken.FIELD_NAME) {
      String name = in.currentName();
      in.nextToken();
      switch (name) {
        case "owner":
          governance.owner = in.getText();
          break;
        case "reviewCadence":
          governance.reviewCadence = in.getText();
          break;
        case "lastReviewed":
          governance.lastReviewed = in.getText();
          break;
        default:
          in.skipChildren();
      }
    }
    return governance;
  }

  /** Reads the array the parser is at, one element per token after its start. */
  private static <T> List<T> list(JsonParser in, Read<T> read) throws IOException {
    List<T> values = new ArrayList<>();
    while (in.nextToken() != JsonToken.END_ARRAY) {
      values.add(read.read(in));
    }
    return values;
  }
}
