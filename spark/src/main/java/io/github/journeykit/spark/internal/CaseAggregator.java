package io.github.journeykit.spark.internal;

import org.apache.spark.sql.Row;

/**
 * The events of one case, as rows in the order of {@link io.github.journeykit.spark.EventColumns},
 * gathered for {@link PathAggregator}: applied per case id, it gives each case's events, whatever
 * partitions its rows came from. It applies no rule and needs no recipe. Not public API.
 */
public final class CaseAggregator extends SerializedAggregator<Row, CaseEvents> {
  private static final long serialVersionUID = 1L;

  /** An aggregator of the events of one case. */
  public CaseAggregator() {
    super(CaseEvents.class);
  }

  @Override
  public CaseEvents zero() {
    return new CaseEvents();
  }

  @Override
  public CaseEvents reduce(CaseEvents buffer, Row row) {
    buffer.add(RawEvent.of(row));
    return buffer;
  }

  @Override
  public CaseEvents merge(CaseEvents earlier, CaseEvents later) {
    earlier.addAll(later);
    return earlier;
  }

  @Override
  public CaseEvents finish(CaseEvents buffer) {
    return buffer;
  }
}
