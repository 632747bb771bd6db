package io.github.journeykit.benchmarks;

import java.io.OutputStream;

/** Counts the bytes written to it and drops them, so that writing is timed without a copy. */
final class ByteCounter extends OutputStream {
  private long count;

  @Override
  public void write(int b) {
    count++;
  }

  @Override
  public void write(byte[] b, int off, int len) {
    count += len;
  }

  long count() {
    return count;
  }
}
