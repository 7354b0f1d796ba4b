package org.dmp.domain.content;

import org.dmp.domain.shared.DmpException;

/**
 * Stored content no longer matches what was stored: altered, truncated or moved. The bytes are
 * never returned; the incident is for the host's operators.
 */
public class ContentIntegrityException extends DmpException {

  public ContentIntegrityException(ContentRef ref) {
    super(
        "CONTENT_INTEGRITY",
        "Le contenu du document " + ref.value() + " est altéré : il ne peut pas être restitué",
        "The content of document " + ref.value() + " has been altered: it cannot be returned");
  }
}
