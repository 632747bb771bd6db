package io.github.journeykit.spark.internal;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The events of one case, as rows gave them: the buffer and the value of {@link CaseAggregator}. It
 * crosses the network in a compact form: the case id once, then each event's activity, time and
 * status. Not public API.
 */
public final class CaseEvents implements Serializable {
  private static final long serialVersionUID = 1L;

  private transient boolean started;
  private transient String caseId;
  private transient ArrayList<RawEvent> events = new ArrayList<>();

  /**
   * Adds an event.
   *
   * @throws IllegalArgumentException if it belongs to another case than those added before
   */
  void add(RawEvent event) {
    if (!started) {
      started = true;
      caseId = event.caseId;
    } else if (!Objects.equals(caseId, event.caseId)) {
      throw new IllegalArgumentException(
          "case_id: the events of one case aggregate must share one case id (group by the case id"
              + " alone); met \""
              + caseId
              + "\" and \""
              + event.caseId
              + "\"");
    }
    events.add(event);
  }

  /** Adds the events of {@code other}, of the same case. */
  void addAll(CaseEvents other) {
    for (RawEvent event : other.events) {
      add(event);
    }
  }

  /** The events, in {@link RawEvent#ORDER}. */
  List<RawEvent> sorted() {
    events.sort(RawEvent.ORDER);
    return events;
  }

  private void writeObject(ObjectOutputStream out) throws IOException {
    out.defaultWriteObject();
    out.writeInt(events.size());
    out.writeObject(caseId);
    for (RawEvent event : events) {
      out.writeObject(event.activity);
      out.writeBoolean(event.time != null);
      if (event.time != null) {
        out.writeLong(event.time.getEpochSecond());
        out.writeInt(event.time.getNano());
      }
      out.writeObject(event.status);
    }
  }

  private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
    in.defaultReadObject();
    int size = in.readInt();
    caseId = (String) in.readObject();
    started = size > 0;
    events = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      String activity = (String) in.readObject();
      Instant time = in.readBoolean() ? Instant.ofEpochSecond(in.readLong(), in.readInt()) : null;
      events.add(new RawEvent(caseId, activity, time, (String) in.readObject()));
    }
  }
}
