package io.github.journeykit.analytics.internal.csv;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.BiConsumer;

/**
 * A hash map from UTF-8 byte strings to values, looked up by a range of a byte array so that a
 * reader finds an id without making a {@code String} of it. Remembers the last key found, since
 * rows often repeat the id of the row before. Open addressing with linear probing; not thread-safe.
 *
 * @param <V> the type of the values
 */
public final class ByteKeyMap<V> {
  private byte[][] keys = new byte[16][];
  private int[] hashes = new int[16];
  private Object[] values = new Object[16];
  private int size;
  private int last = -1;

  /** The value of the key {@code bytes[from..to)}, or null. */
  @SuppressWarnings("unchecked")
  public V get(byte[] bytes, int from, int to) {
    if (last >= 0) {
      byte[] key = keys[last];
      if (Arrays.equals(bytes, from, to, key, 0, key.length)) {
        return (V) values[last];
      }
    }
    int hash = hash(bytes, from, to);
    int mask = keys.length - 1;
    for (int i = hash & mask; keys[i] != null; i = (i + 1) & mask) {
      if (hashes[i] == hash && Arrays.equals(bytes, from, to, keys[i], 0, keys[i].length)) {
        last = i;
        return (V) values[i];
      }
    }
    return null;
  }

  /** Maps {@code key}, in UTF-8, to {@code value}, replacing an earlier value. */
  public void put(String key, V value) {
    byte[] bytes = key.getBytes(StandardCharsets.UTF_8);
    put(bytes, 0, bytes.length, value);
  }

  /** Maps the key {@code bytes[from..to)} to {@code value}, replacing an earlier value. */
  public void put(byte[] bytes, int from, int to, V value) {
    if (2 * (size + 1) > keys.length) {
      grow();
    }
    int hash = hash(bytes, from, to);
    int mask = keys.length - 1;
    int i = hash & mask;
    while (keys[i] != null) {
      if (hashes[i] == hash && Arrays.equals(bytes, from, to, keys[i], 0, keys[i].length)) {
        values[i] = value;
        return;
      }
      i = (i + 1) & mask;
    }
    keys[i] = Arrays.copyOfRange(bytes, from, to);
    hashes[i] = hash;
    values[i] = value;
    size++;
  }

  /**
   * Calls {@code action} with each key, in UTF-8, and its value, in no particular order. The key
   * arrays are the map's own: the action must not change them.
   */
  @SuppressWarnings("unchecked")
  public void forEach(BiConsumer<byte[], V> action) {
    for (int i = 0; i < keys.length; i++) {
      if (keys[i] != null) {
        action.accept(keys[i], (V) values[i]);
      }
    }
  }

  /** How many keys are mapped. */
  public int size() {
    return size;
  }

  private void grow() {
    byte[][] oldKeys = keys;
    int[] oldHashes = hashes;
    Object[] oldValues = values;
    keys = new byte[oldKeys.length * 2][];
    hashes = new int[keys.length];
    values = new Object[keys.length];
    last = -1;
    int mask = keys.length - 1;
    for (int j = 0; j < oldKeys.length; j++) {
      if (oldKeys[j] != null) {
        int i = oldHashes[j] & mask;
        while (keys[i] != null) {
          i = (i + 1) & mask;
        }
        keys[i] = oldKeys[j];
        hashes[i] = oldHashes[j];
        values[i] = oldValues[j];
      }
    }
  }

  private static int hash(byte[] bytes, int from, int to) {
    int hash = 1;
    for (int i = from; i < to; i++) {
      hash = 31 * hash + bytes[i];
    }
    return hash ^ (hash >>> 16);
  }
}
