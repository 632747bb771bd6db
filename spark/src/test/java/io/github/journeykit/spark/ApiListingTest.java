package io.github.journeykit.spark;

import io.github.journeykit.core.fixtures.ApiListing;
import org.junit.jupiter.api.Test;

/**
 * The public API is the listing committed in {@code spark/api.txt}: a change to it shows in review.
 * The module lives on the class path (Spark's jars name no module), so its API package is named
 * here.
 */
class ApiListingTest {
  @Test
  void thePublicApiIsTheCommittedListing() throws Exception {
    ApiListing.checkPackages("io.github.journeykit.spark");
  }
}
