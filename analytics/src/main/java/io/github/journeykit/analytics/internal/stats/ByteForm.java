package io.github.journeykit.analytics.internal.stats;

import io.github.journeykit.core.model.ValidationException;
import io.github.journeykit.core.model.Violation;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInput;
import java.io.DataInputStream;
import java.io.DataOutput;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The byte form of the module's statistics, which engines such as Spark move between machines: a
 * tag naming what the bytes hold and the form's version, then the fields in a fixed order, texts as
 * UTF-8 of any length. Not public API, and not an archive format: bytes are read by the JourneyKit
 * version that wrote them.
 */
public final class ByteForm {
  private ByteForm() {}

  /** Writes the fields {@code body} writes after {@code tag}, into bytes. */
  public static byte[] write(int tag, Body body) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeInt(tag);
      body.write(out);
    } catch (IOException e) {
      // A byte array does not fail to take bytes.
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /**
   * Reads bytes that {@link #write} wrote with {@code tag}.
   *
   * @throws ValidationException naming {@code what} if the bytes hold something else or end early
   */
  public static <T> T read(byte[] bytes, int tag, String what, Reader<T> reader) {
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
      int found = in.readInt();
      if (found != tag) {
        throw invalid(what, "must begin with the tag of " + what + " in this version", found);
      }
      T value = reader.read(in);
      if (in.read() != -1) {
        throw invalid(what, "must end where " + what + " end", bytes.length);
      }
      return value;
    } catch (IOException e) {
      throw invalid(what, "must hold whole " + what + ": " + e, bytes.length);
    } catch (ValidationException e) {
      throw e;
    } catch (RuntimeException e) {
      // Bytes of another kind read as this one give values that the values' own checks refuse.
      throw invalid(
          what, "must hold " + what + " of this version: " + e.getMessage(), bytes.length);
    }
  }

  private static ValidationException invalid(String what, String rule, Object value) {
    return new ValidationException(
        "The byte form of " + what, List.of(Violation.of("bytes", rule, value)));
  }

  /** Writes a text of any length. */
  public static void writeText(DataOutput out, String text) throws IOException {
    byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
    out.writeInt(utf8.length);
    out.write(utf8);
  }

  /** Reads a text {@link #writeText} wrote. */
  public static String readText(DataInput in) throws IOException {
    byte[] utf8 = new byte[in.readInt()];
    in.readFully(utf8);
    return new String(utf8, StandardCharsets.UTF_8);
  }

  /** Writes the fields of a value. */
  @FunctionalInterface
  public interface Body {
    /** Writes the fields. */
    void write(DataOutput out) throws IOException;
  }

  /**
   * Reads the fields of a value.
   *
   * @param <T> the value's type
   */
  @FunctionalInterface
  public interface Reader<T> {
    /** Reads the fields. */
    T read(DataInput in) throws IOException;
  }
}
