package io.github.journeykit.analytics.internal.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.datadoghq.sketch.ddsketch.DDSketch;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** The module's sketches: one setting, equality by buckets, and a byte form that checks itself. */
class QuantileSketchTest {
  private static DDSketch sketchOf(double... values) {
    DDSketch sketch = QuantileSketch.create();
    for (double value : values) {
      QuantileSketch.add(sketch, value, 1);
    }
    return sketch;
  }

  private interface Writing {
    void write(DataOutputStream out) throws IOException;
  }

  private static DataInputStream bytes(Writing writing) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      writing.write(out);
    }
    return new DataInputStream(new ByteArrayInputStream(bytes.toByteArray()));
  }

  @Test
  void aFrozenSketchStaysAsItWasAndEqualsOneOfTheSameBuckets() throws IOException {
    DDSketch sketch = sketchOf(-3, 0, 0.5, 12, 12, 400);
    QuantileSketch frozen = QuantileSketch.frozen(sketch);
    sketch.accept(7);
    assertEquals(6, frozen.count());
    assertEquals(QuantileSketch.frozen(sketchOf(400, 12, 0.5, 0, -3, 12)), frozen);
    assertEquals(
        QuantileSketch.frozen(sketchOf(400, 12, 0.5, 0, -3, 12)).hashCode(), frozen.hashCode());
    assertNotEquals(QuantileSketch.frozen(sketch), frozen);
    // Positions 0 to 5 hold -3 0 0.5 12 12 400; q = 0.5 at floor(2.5) = 2 is 0.5, within 1%.
    assertEquals(0.5, frozen.valueAt(0.5), 0.005);
    assertEquals("QuantileSketch[n=6, 4 buckets]", frozen.toString());
    DataInputStream in = bytes(frozen::write);
    assertEquals(frozen, QuantileSketch.readFrozen(in));
    assertEquals(-1, in.read());
  }

  @Test
  void aSketchFrozenWithValuesAddedHoldsThemAndLeavesTheSketchAsItWas() {
    DDSketch sketch = QuantileSketch.create();
    QuantileSketch.add(sketch, 120.5, 3);
    DDSketch expected = sketch.copy();
    QuantileSketch.add(expected, -2, 4);
    QuantileSketch.add(expected, 7, 1);

    QuantileSketch frozen =
        QuantileSketch.frozen(sketch, new double[] {-2, 0.5, 7}, new long[] {4, 0, 1});

    assertEquals(QuantileSketch.frozen(expected), frozen);
    assertEquals(8, frozen.count());
    assertEquals(3, sketch.getCount());
  }

  @Test
  void valuesBeyondTheLargestCountAsTheLargest() {
    DDSketch sketch = sketchOf(Double.MAX_VALUE, -Double.MAX_VALUE);
    assertEquals(2, sketch.getCount());
    assertEquals(
        QuantileSketch.frozen(sketchOf(Double.MAX_VALUE)),
        QuantileSketch.frozen(sketchOf(Double.MAX_VALUE / 1.001)));
  }

  /** The message with which reading {@code writing}'s bytes as a sketch is refused. */
  private static String refusal(Writing writing) throws IOException {
    DataInputStream in = bytes(writing);
    return assertThrows(IllegalArgumentException.class, () -> QuantileSketch.read(in)).getMessage();
  }

  @Test
  void bytesOfNoSketchAreRefusedNamingFieldRuleAndValue() throws IOException {
    assertEquals(
        "sketch.zeroCount: must be a finite number, 0 or more (was -1.0)",
        refusal(out -> out.writeDouble(-1)));
    assertEquals(
        "sketch.positive.size: must be a number of buckets from 0 to 71607 (was -4)",
        refusal(
            out -> {
              out.writeDouble(0);
              out.writeInt(-4);
            }));
    assertEquals(
        "sketch.positive[1].index: must be above 10 and at most 35838 (was 10)",
        refusal(
            out -> {
              out.writeDouble(0);
              out.writeInt(2);
              out.writeInt(10);
              out.writeDouble(1);
              out.writeInt(10);
              out.writeDouble(1);
            }));
    assertEquals(
        "sketch.negative[0].count: must be a finite number above 0 (was NaN)",
        refusal(
            out -> {
              out.writeDouble(0);
              out.writeInt(0);
              out.writeInt(1);
              out.writeInt(-7);
              out.writeDouble(Double.NaN);
            }));
  }
}
