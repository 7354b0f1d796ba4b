package org.dmp.domain.feed;

import org.dmp.domain.shared.InvalidValueException;

/** An upload refused as a whole: nothing of it is kept, no job is created. */
public class FeedRejectedException extends InvalidValueException {

  private FeedRejectedException(String code, String french, String english) {
    super(code, french, english);
  }

  public static FeedRejectedException empty() {
    return new FeedRejectedException(
        "FEED_EMPTY",
        "Le fichier d'import est vide : une ligne de remboursement au moins est attendue",
        "The import file is empty: at least one reimbursement line is expected");
  }

  public static FeedRejectedException notNdjson(String detail) {
    return new FeedRejectedException(
        "FEED_NOT_NDJSON",
        "Le fichier d'import n'est pas du NDJSON (un objet JSON par ligne) : " + detail,
        "The import file is not NDJSON (one JSON object per line): " + detail);
  }

  public static FeedRejectedException tooLarge(String detail) {
    return new FeedRejectedException(
        "FEED_TOO_LARGE",
        "Le fichier d'import dépasse la taille de requête acceptée par le serveur ("
            + detail.split(" / ")[0]
            + ")",
        "The import file is larger than the server accepts in one request ("
            + (detail.contains(" / ") ? detail.split(" / ")[1] : detail)
            + ")");
  }

  public static FeedRejectedException unreadable(String french, String english) {
    return new FeedRejectedException(
        "FEED_UNREADABLE",
        "Le fichier d'import n'a pas pu être lu en entier : " + french,
        "The import file could not be read to its end: " + english);
  }

  public static FeedRejectedException unreadable(String detail) {
    return new FeedRejectedException(
        "FEED_UNREADABLE",
        "Le fichier d'import n'a pas pu être lu en entier : " + detail,
        "The import file could not be read to its end: " + detail);
  }
}
