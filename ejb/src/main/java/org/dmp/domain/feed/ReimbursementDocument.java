package org.dmp.domain.feed;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import org.dmp.domain.document.Author;
import org.dmp.domain.document.ClassCode;
import org.dmp.domain.document.Code;
import org.dmp.domain.document.ConfidentialityCode;
import org.dmp.domain.document.DocumentMetadata;
import org.dmp.domain.document.DocumentUniqueId;
import org.dmp.domain.document.EntryUuid;

/**
 * The metadata of a patient's "reimbursement data" document (classCode 60): authored by the feeding
 * system, normal confidentiality (visible to the patient and to professionals like any document),
 * plain text, covering the window; a new one replaces the previous (RPLC), so that the patient has
 * one current reimbursement document.
 */
public final class ReimbursementDocument {

  /**
   * The type of the document. TRE_A05 has no LOINC for a reimbursement history: this is a code of
   * the DMP's own (under the CI-SIS nomenclature root), to be replaced by the official one.
   */
  public static final Code TYPE =
      new Code("REMB", "1.2.250.1.213.1.1.4.12", "Données de remboursement");

  public static final Code FORMAT =
      new Code("urn:ihe:iti:xds:2017:mimeTypeSufficient", "1.3.6.1.4.1.19376.1.2.3", "Texte brut");

  /** UTF-8, as the content says in its first line (XDS carries no charset). */
  public static final String MIME_TYPE = "text/plain";

  public static final String TITLE = "Données de remboursement (24 derniers mois)";

  private ReimbursementDocument() {}

  /**
   * The metadata of the document that shows {@code history}; {@code replaces} is the patient's
   * current reimbursement document, or {@code null} for the first one; {@code confidentiality} that
   * document's (what the patient chose stays chosen), {@code N} for the first one.
   */
  public static DocumentMetadata metadata(
      Author feed,
      ReimbursementWindow window,
      Instant now,
      EntryUuid replaces,
      Set<ConfidentialityCode> confidentiality) {
    return new DocumentMetadata(
        DocumentUniqueId.generate(),
        null,
        ClassCode.REIMBURSEMENT_DATA,
        TYPE,
        FORMAT,
        MIME_TYPE,
        TITLE,
        feed,
        now,
        window.start().atStartOfDay(ZoneOffset.UTC).toInstant(),
        window.end().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant(),
        "fr-FR",
        confidentiality,
        null,
        null,
        null,
        replaces,
        null,
        null);
  }
}
