package org.dmp.application.document;

import java.util.Set;
import org.dmp.domain.document.AvailabilityStatus;
import org.dmp.domain.document.ConfidentialityCode;
import org.dmp.domain.document.EntryUuid;

/**
 * One metadata update of a document, as an XDS Update Document Set (ITI-57) carries them: new
 * confidentiality codes, or a new availability status. A request's updates are applied together
 * ({@link Documents#updateMetadata}).
 */
public sealed interface MetadataUpdate {

  /** The document updated (any of its versions). */
  EntryUuid document();

  /**
   * A new metadata version of the document {@code logicalId}, replacing version {@code previous}.
   */
  record Confidentiality(EntryUuid logicalId, int previousVersion, Set<ConfidentialityCode> codes)
      implements MetadataUpdate {

    @Override
    public EntryUuid document() {
      return logicalId;
    }
  }

  /** The document {@code document} goes from status {@code original} to {@code target}. */
  record Status(EntryUuid document, AvailabilityStatus original, AvailabilityStatus target)
      implements MetadataUpdate {}
}
