package org.dmp.domain.document;

import java.util.List;
import java.util.Set;
import org.dmp.domain.shared.Coded;

/**
 * The folders the patient's portal sorts documents into, in the order it shows them. A document's
 * folder follows from its classCode and typeCode through {@link #TABLE}, the one mapping: first
 * matching row wins, so the rows naming a typeCode come before the rows of their whole class.
 */
public enum PatientCategory implements Coded {
  SYNTHESIS("synthese", "Synthèses", "Syntheses"),
  TREATMENTS("traitements", "Traitements et soins", "Treatments and care"),
  REPORTS("comptes-rendus", "Comptes rendus", "Reports"),
  IMAGING("imagerie", "Imagerie", "Imaging"),
  BIOLOGY("biologie", "Biologie", "Biology"),
  PREVENTION(
      "prevention", "Prévention (vaccination, dépistage)", "Prevention (vaccination, screening)"),
  CERTIFICATES("certificats", "Certificats", "Certificates"),
  REIMBURSEMENTS("remboursements", "Remboursements", "Reimbursements"),
  OTHER("autres", "Autres documents", "Other documents"),
  MY_DOCUMENTS("mes-documents", "Mes documents", "My own documents");

  /** LOINC, the code system of typeCode. */
  public static final String LOINC = "2.16.840.1.113883.6.1";

  /**
   * A row of the mapping: documents of {@code classCode} (any class if null) whose typeCode is one
   * of {@code typeCodes} (any type if empty) go to {@code category}.
   */
  public record Row(ClassCode classCode, Set<String> typeCodes, PatientCategory category) {

    boolean matches(ClassCode documentClass, Code typeCode) {
      return (classCode == null || classCode == documentClass)
          && (typeCodes.isEmpty() || typeCode != null && typeCodes.contains(typeCode.code()));
    }
  }

  /** LOINC types of vaccination and screening documents, whatever their class. */
  private static final Set<String> PREVENTION_TYPES =
      Set.of(
          "11369-6", // history of immunization
          "87273-9", // immunization note
          "82593-5", // immunization summary report
          "52034-6"); // cancer screening report (not in the CI-SIS list yet; harmless if absent)

  /** The one mapping from (classCode, typeCode) to the patient's folders. */
  public static final List<Row> TABLE =
      List.of(
          new Row(ClassCode.DEPOSITED_BY_PATIENT, Set.of(), MY_DOCUMENTS),
          new Row(null, PREVENTION_TYPES, PREVENTION),
          new Row(ClassCode.REPORT, Set.of("11502-2"), BIOLOGY), // laboratory report
          new Row(ClassCode.REPORT, Set.of("18748-4"), IMAGING), // diagnostic imaging report
          new Row(ClassCode.SYNTHESIS, Set.of(), SYNTHESIS),
          new Row(ClassCode.REPORT, Set.of(), REPORTS),
          new Row(ClassCode.IMAGING, Set.of(), IMAGING),
          new Row(ClassCode.PRESCRIPTION, Set.of(), TREATMENTS),
          new Row(ClassCode.DISPENSATION, Set.of(), TREATMENTS),
          new Row(ClassCode.CARE_PLAN, Set.of(), TREATMENTS),
          new Row(ClassCode.ADMINISTERED_TREATMENT, Set.of(), TREATMENTS),
          new Row(ClassCode.CERTIFICATE, Set.of(), CERTIFICATES),
          new Row(ClassCode.REIMBURSEMENT_DATA, Set.of(), REIMBURSEMENTS),
          new Row(ClassCode.MANAGEMENT, Set.of(), OTHER));

  private final String code;
  private final String french;
  private final String english;

  PatientCategory(String code, String french, String english) {
    this.code = code;
    this.french = french;
    this.english = english;
  }

  /** The folder of a document of this class and type; {@link #OTHER} if no row matches. */
  public static PatientCategory of(ClassCode classCode, Code typeCode) {
    return TABLE.stream()
        .filter(row -> row.matches(classCode, typeCode))
        .map(Row::category)
        .findFirst()
        .orElse(OTHER);
  }

  /** A stable name for the folder, used in the portal's element ids and addresses. */
  @Override
  public String code() {
    return code;
  }

  @Override
  public String french() {
    return french;
  }

  @Override
  public String english() {
    return english;
  }
}
