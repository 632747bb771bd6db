package io.github.journeykit.spark.internal;

import java.io.Serializable;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.expressions.Aggregator;

/**
 * An aggregator whose buffer is also its value, both Java-serialised: the form every aggregator of
 * the module crosses the network in. Not public API.
 *
 * @param <I> the type of the input
 * @param <B> the type of the buffer and the value
 */
abstract class SerializedAggregator<I, B extends Serializable> extends Aggregator<I, B, B> {
  private static final long serialVersionUID = 1L;

  private final Class<B> type;

  SerializedAggregator(Class<B> type) {
    this.type = type;
  }

  @Override
  public final Encoder<B> bufferEncoder() {
    // Java serialisation, not Kryo: a Kryo buffer encoder fails on Spark 4.0 (SPARK-52819).
    return Encoders.javaSerialization(type);
  }

  @Override
  public final Encoder<B> outputEncoder() {
    return Encoders.javaSerialization(type);
  }
}
