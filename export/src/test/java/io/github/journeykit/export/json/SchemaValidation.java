package io.github.journeykit.export.json;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** Validates documents against the shipped JSON Schemas with an independent validator. */
final class SchemaValidation {
  /** The schema of each version, by version, from 1. */
  private static final List<Schema> VERSIONS =
      IntStream.rangeClosed(1, JourneyJson.FORMAT_VERSION)
          .mapToObj(SchemaValidation::schema)
          .collect(Collectors.toList());

  private SchemaValidation() {}

  private static Schema schema(int version) {
    return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(JourneyJson.schema(version), InputFormat.JSON);
  }

  /** What the validator finds wrong with {@code json} by the schema of the version written. */
  static List<String> errors(String json) {
    return errors(json, JourneyJson.FORMAT_VERSION);
  }

  /** What the validator finds wrong with {@code json} by the schema of {@code version}. */
  static List<String> errors(String json, int version) {
    List<Error> errors = VERSIONS.get(version - 1).validate(json, InputFormat.JSON);
    return errors.stream().map(Error::toString).collect(Collectors.toList());
  }
}
