package org.dmp.domain.feed;

import java.util.UUID;
import org.dmp.domain.shared.InvalidValueException;

/** The identifier of an import job, as its status URL shows it. */
public record FeedJobId(UUID value) {

  public FeedJobId {
    if (value == null) {
      throw invalid(null);
    }
  }

  public static FeedJobId random() {
    return new FeedJobId(UUID.randomUUID());
  }

  public static FeedJobId parse(String written) {
    try {
      return new FeedJobId(UUID.fromString(written));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw invalid(written);
    }
  }

  private static InvalidValueException invalid(String written) {
    return new InvalidValueException(
        "FEED_JOB_ID",
        "Identifiant de tâche d'import invalide : « " + written + " »",
        "Invalid import job id: '" + written + "'");
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
