package org.dmp.domain.document;

import org.dmp.domain.shared.DmpException;

/** A document offered to a record does not meet the rules for its metadata or content. */
public class DocumentRejectedException extends DmpException {

  private DocumentRejectedException(String code, String french, String english) {
    super(code, french, english);
  }

  public static DocumentRejectedException duplicateUniqueId(DocumentUniqueId id) {
    return new DocumentRejectedException(
        "DUPLICATE_UNIQUE_ID",
        "Un document porte déjà l'identifiant unique " + id,
        "A document with unique id " + id + " already exists");
  }

  public static DocumentRejectedException duplicateEntryUuid(EntryUuid id) {
    return new DocumentRejectedException(
        "DUPLICATE_ENTRY_UUID",
        "Une fiche porte déjà l'entryUUID " + id,
        "An entry with entryUUID " + id + " already exists");
  }

  public static DocumentRejectedException sizeMismatch(long declared, long actual) {
    return new DocumentRejectedException(
        "SIZE_MISMATCH",
        "Taille déclarée (" + declared + " octets) différente du contenu reçu (" + actual + ")",
        "Declared size ("
            + declared
            + " bytes) differs from the content received ("
            + actual
            + ")");
  }

  public static DocumentRejectedException hashMismatch(String declared, String actual) {
    return new DocumentRejectedException(
        "HASH_MISMATCH",
        "Empreinte SHA-1 déclarée ("
            + declared
            + ") différente de celle du contenu ("
            + actual
            + ")",
        "Declared SHA-1 hash (" + declared + ") differs from the content's (" + actual + ")");
  }

  public static DocumentRejectedException serviceTimes() {
    return new DocumentRejectedException(
        "SERVICE_TIMES",
        "La fin de l'acte (serviceStopTime) précède son début (serviceStartTime)",
        "serviceStopTime is before serviceStartTime");
  }

  public static DocumentRejectedException duplicateSubmissionSet(String uniqueId) {
    return new DocumentRejectedException(
        "DUPLICATE_SUBMISSION_SET",
        "Un lot de soumission porte déjà l'identifiant unique " + uniqueId,
        "A submission set with unique id " + uniqueId + " already exists");
  }

  public static DocumentRejectedException versionMismatch(int named, int current) {
    return new DocumentRejectedException(
        "ENTRY_NOT_CURRENT",
        "La mise à jour porte sur la version " + named + ", la version courante est " + current,
        "The update names version " + named + ", the current version is " + current);
  }

  public static DocumentRejectedException statusMismatch(
      AvailabilityStatus named, AvailabilityStatus current) {
    return new DocumentRejectedException(
        "STATUS_MISMATCH",
        "Le statut d'origine indiqué (" + named + ") n'est pas le statut courant (" + current + ")",
        "The original status given (" + named + ") is not the current status (" + current + ")");
  }

  public static DocumentRejectedException notCurrent(EntryUuid id) {
    return new DocumentRejectedException(
        "ENTRY_NOT_CURRENT",
        "La fiche " + id + " a été remplacée par une version plus récente : agissez sur celle-ci",
        "Entry " + id + " has been superseded by a newer version: act on that one");
  }

  public static DocumentRejectedException replacedNotInRecord(EntryUuid id) {
    return new DocumentRejectedException(
        "REPLACED_NOT_FOUND",
        "Le document à remplacer " + id + " n'existe pas dans ce dossier ou n'est plus à jour",
        "The document to replace " + id + " is not in this record or is no longer current");
  }
}
