package org.dmp.domain.document;

import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import org.dmp.domain.shared.InvalidValueException;

/**
 * A document the patient (or a representative) adds to their own record from the portal: a PDF, a
 * JPEG or a PNG, recognised by its first bytes (a file's name or declared type proves nothing), a
 * title of their own; filed as classCode 90, normal confidentiality, authored by who adds it.
 */
public final class PatientDeposit {

  /** The kinds of file a patient may add, each known by its signature (magic bytes). */
  public enum FileKind {
    PDF("application/pdf", new byte[] {'%', 'P', 'D', 'F', '-'}),
    JPEG("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
    PNG("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});

    private final String mimeType;
    private final byte[] signature;

    FileKind(String mimeType, byte[] signature) {
      this.mimeType = mimeType;
      this.signature = signature;
    }

    public String mimeType() {
      return mimeType;
    }

    /** The kind of these bytes, or a refusal saying which kinds are accepted. */
    public static FileKind of(byte[] content) {
      for (FileKind kind : values()) {
        if (content.length >= kind.signature.length
            && Arrays.equals(
                content, 0, kind.signature.length, kind.signature, 0, kind.signature.length)) {
          return kind;
        }
      }
      throw new InvalidValueException(
          "DEPOSIT_FILE_TYPE",
          "Ce fichier n'est ni un PDF, ni une image JPEG ou PNG : choisissez un fichier de l'un de"
              + " ces types",
          "This file is neither a PDF nor a JPEG or PNG image: choose a file of one of these types");
    }
  }

  /** The type of a document the patient adds: LOINC has none, so the DMP's own code. */
  public static final Code TYPE =
      new Code("DOCPAT", "1.2.250.1.213.1.1.4.12", "Document déposé par le patient");

  public static final Code FORMAT =
      new Code(
          "urn:ihe:iti:xds:2017:mimeTypeSufficient",
          "1.3.6.1.4.1.19376.1.2.3",
          "Format défini par le type MIME");

  static final int MAX_TITLE = 256;

  private PatientDeposit() {}

  /**
   * The metadata of a document {@code author} adds, titled {@code title}, whose content is {@code
   * content} (its kind read from its bytes).
   */
  public static DocumentMetadata metadata(
      Author author, String title, byte[] content, Instant now) {
    String named = title == null ? "" : title.strip();
    if (named.isEmpty()) {
      throw new InvalidValueException(
          "DEPOSIT_TITLE",
          "Donnez un titre au document (par exemple « Ordonnance de lunettes 2026 »)",
          "Give the document a title (for example 'Glasses prescription 2026')");
    }
    if (named.length() > MAX_TITLE) {
      throw new InvalidValueException(
          "DEPOSIT_TITLE",
          "Le titre est trop long : " + MAX_TITLE + " caractères au plus",
          "The title is too long: " + MAX_TITLE + " characters at most");
    }
    FileKind kind = FileKind.of(content);
    return new DocumentMetadata(
        DocumentUniqueId.generate(),
        null,
        ClassCode.DEPOSITED_BY_PATIENT,
        TYPE,
        FORMAT,
        kind.mimeType(),
        named,
        author,
        now,
        null,
        null,
        "fr-FR",
        Set.of(ConfidentialityCode.N),
        null,
        null,
        null,
        null,
        null,
        null);
  }
}
