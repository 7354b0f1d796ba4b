package org.dmp.it.hostile;

/**
 * What the server answered to a hostile input, as a client sees it: the HTTP status (0 when the
 * server closed the connection before answering, which only an oversized body may get), the content
 * type and the body as text.
 */
public record Answer(int status, String contentType, String body, String location) {

  public Answer(int status, String contentType, String body) {
    this(status, contentType, body, "");
  }

  /** The connection was closed before an answer: a listener refusing a body over its limit. */
  public static Answer closed() {
    return new Answer(0, "", "", "");
  }

  @Override
  public String toString() {
    String text =
        contentType.contains("html")
            ? body.replaceAll("(?s)<head.*?</head>", "")
                .replaceAll("<[^>]+>", " ")
                .replaceAll("\\s+", " ")
            : body;
    return status + " " + contentType + " " + text.substring(0, Math.min(text.length(), 1500));
  }
}
