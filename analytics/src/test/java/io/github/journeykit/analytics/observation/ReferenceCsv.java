package io.github.journeykit.analytics.observation;

/**
 * An independent reading of where the records of a CSV file begin and end, written apart from the
 * scanner the readers use and kept plain: the whole input at once, one state per byte. It counts
 * the data rows (the non-blank records after the first non-blank one, the header), which every
 * lenient reading must account for as accepted or rejected.
 */
final class ReferenceCsv {
  private ReferenceCsv() {}

  private enum State {
    FIELD_START,
    UNQUOTED,
    QUOTED,
    QUOTE_IN_QUOTED
  }

  /** The data rows of {@code input}: its non-blank records after the header. */
  static long dataRows(byte[] input) {
    int start = 0;
    if (input.length >= 3
        && input[0] == (byte) 0xEF
        && input[1] == (byte) 0xBB
        && input[2] == (byte) 0xBF) {
      start = 3;
    }
    long records = 0;
    boolean headerSeen = false;
    int recordStart = start;
    State state = State.FIELD_START;
    for (int i = start; i <= input.length; i++) {
      boolean end = i == input.length;
      if (!end) {
        byte c = input[i];
        switch (state) {
          case QUOTED:
            state = c == '"' ? State.QUOTE_IN_QUOTED : State.QUOTED;
            continue;
          case QUOTE_IN_QUOTED:
            if (c == '"') {
              state = State.QUOTED;
              continue;
            }
            break;
          case FIELD_START:
            if (c == '"') {
              state = State.QUOTED;
              continue;
            }
            break;
          default:
            break;
        }
        if (c == ',') {
          state = State.FIELD_START;
          continue;
        }
        if (c != '\n') {
          state = State.UNQUOTED;
          continue;
        }
      } else if (recordStart == input.length) {
        break;
      }
      // A record ends here, at a line end or at the end of the input; one CR before its end is
      // not part of it.
      int length = i - recordStart;
      if (length > 0 && input[i - 1] == '\r') {
        length--;
      }
      if (length > 0) {
        if (headerSeen) {
          records++;
        } else {
          headerSeen = true;
        }
      }
      recordStart = i + 1;
      state = State.FIELD_START;
    }
    return records;
  }
}
