package io.github.journeykit.cli;

import io.github.journeykit.core.fixtures.ApiListing;
import org.junit.jupiter.api.Test;

/**
 * The public API is the listing committed in {@code cli/api.txt}: a change to it shows in review.
 * The module lives on the class path (it is one runnable jar), so its API is named by package.
 */
class ApiListingTest {
  @Test
  void thePublicApiIsTheCommittedListing() throws Exception {
    ApiListing.checkPackages("io.github.journeykit.cli");
  }
}
