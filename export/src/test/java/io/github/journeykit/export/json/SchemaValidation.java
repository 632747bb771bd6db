package io.github.journeykit.export.json;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.List;
import java.util.stream.Collectors;

/** Validates documents against the shipped JSON Schemas with an independent validator. */
final class SchemaValidation {
  private static final Schema VERSION_1 = schema(1);
  private static final Schema VERSION_2 = schema(2);

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
    List<Error> errors = (version == 1 ? VERSION_1 : VERSION_2).validate(json, InputFormat.JSON);
    return errors.stream().map(Error::toString).collect(Collectors.toList());
  }
}
