package io.github.journeykit.scoring;

import io.github.journeykit.core.fixtures.ApiListing;
import org.junit.jupiter.api.Test;

/**
 * The public API is the listing committed in {@code scoring/api.txt}: a change to it shows in
 * review.
 */
class ApiListingTest {
  @Test
  void thePublicApiIsTheCommittedListing() throws Exception {
    ApiListing.check("io.github.journeykit.scoring");
  }
}
