package io.github.journeykit.spark.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.UncheckedIOException;

/**
 * An aggregate as the Dataset API gives it (the object) or as SQL gives it (the bytes of its Java
 * serialisation, the form of {@link org.apache.spark.sql.Encoders#javaSerialization}). Not public
 * API.
 */
public final class SerializedForm {
  private SerializedForm() {}

  /**
   * The aggregate of type {@code type} that {@code aggregate} is or holds.
   *
   * @throws IllegalArgumentException if it is neither
   */
  public static <T> T read(Object aggregate, Class<T> type) {
    if (type.isInstance(aggregate)) {
      return type.cast(aggregate);
    }
    if (aggregate instanceof byte[]) {
      try (ObjectInputStream in =
          new ObjectInputStream(new ByteArrayInputStream((byte[]) aggregate))) {
        Object read = in.readObject();
        if (type.isInstance(read)) {
          return type.cast(read);
        }
        throw new IllegalArgumentException(
            "aggregate: must hold a " + type.getSimpleName() + ", held " + read.getClass());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (ClassNotFoundException e) {
        throw new IllegalArgumentException("aggregate: must hold a " + type.getSimpleName(), e);
      }
    }
    throw new IllegalArgumentException(
        "aggregate: must be a "
            + type.getSimpleName()
            + " or its bytes, as the aggregator or its SQL function gives it; was "
            + aggregate.getClass());
  }
}
