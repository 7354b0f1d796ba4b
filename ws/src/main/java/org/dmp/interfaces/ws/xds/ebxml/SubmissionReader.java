package org.dmp.interfaces.ws.xds.ebxml;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.dmp.domain.actor.Actor;
import org.dmp.domain.document.Author;
import org.dmp.domain.document.ClassCode;
import org.dmp.domain.document.Code;
import org.dmp.domain.document.ConfidentialityCode;
import org.dmp.domain.document.DocumentMetadata;
import org.dmp.domain.document.DocumentSubmission;
import org.dmp.domain.document.DocumentUniqueId;
import org.dmp.domain.document.EntryUuid;
import org.dmp.domain.document.SubmissionSetMetadata;
import org.dmp.domain.patient.Ins;
import org.dmp.domain.shared.Oid;
import org.dmp.interfaces.ws.contract.rim.AssociationType1;
import org.dmp.interfaces.ws.contract.rim.ClassificationType;
import org.dmp.interfaces.ws.contract.rim.ExtrinsicObjectType;
import org.dmp.interfaces.ws.contract.rim.IdentifiableType;
import org.dmp.interfaces.ws.contract.rim.RegistryObjectType;
import org.dmp.interfaces.ws.contract.rim.RegistryPackageType;
import org.dmp.interfaces.ws.contract.xds.ProvideAndRegisterDocumentSetRequestType;

/**
 * Reads an ITI-41 Provide and Register Document Set-b request: one submission set, its document
 * entries with their content, replacements (RPLC). Every problem found is reported with the XDS
 * code and the id of the object it concerns; nothing is stored unless all is read.
 */
public final class SubmissionReader {

  private final Problems problems = new Problems();
  private final Actor submitter;

  private SubmissionReader(Actor submitter) {
    this.submitter = submitter;
  }

  /** The submission, or an {@link XdsException} listing every problem found. */
  public static Submission read(ProvideAndRegisterDocumentSetRequestType request, Actor submitter) {
    return new SubmissionReader(submitter).readAll(request);
  }

  private Submission readAll(ProvideAndRegisterDocumentSetRequestType request) {
    List<IdentifiableType> objects =
        request.getSubmitObjectsRequest() == null
            ? List.of()
            : Rim.objects(request.getSubmitObjectsRequest().getRegistryObjectList());
    List<ExtrinsicObjectType> entries = Rim.ofType(objects, ExtrinsicObjectType.class);
    List<AssociationType1> associations = Rim.ofType(objects, AssociationType1.class);
    RegistryPackageType setObject = submissionSet(objects);
    Map<String, byte[]> contents = new HashMap<>();
    request.getDocument().forEach(d -> contents.put(d.getId(), d.getValue()));
    for (String id : contents.keySet()) {
      if (entries.stream().noneMatch(e -> id.equals(e.getId()))) {
        problems.add(
            XdsError.MISSING_METADATA,
            id,
            "Document sans fiche (ExtrinsicObject) / Document without metadata: " + id);
      }
    }
    if (entries.isEmpty()) {
      problems.add(XdsError.METADATA, "SubmitObjectsRequest", "Aucun document / No document entry");
    }
    Ins patient = setObject == null ? null : patient(setObject, Vocabulary.SET_PATIENT_ID);
    SubmissionSetMetadata set = setObject == null ? null : set(setObject);
    List<DocumentSubmission> documents = new ArrayList<>();
    for (ExtrinsicObjectType entry : entries) {
      byte[] content = contents.get(entry.getId());
      if (content == null) {
        problems.add(
            XdsError.MISSING_DOCUMENT,
            entry.getId(),
            "Fiche sans document joint / Document entry without its document: " + entry.getId());
      }
      Ins entryPatient = patient(entry, Vocabulary.DOC_PATIENT_ID);
      if (patient != null && entryPatient != null && !patient.equals(entryPatient)) {
        problems.add(
            XdsError.PATIENT_ID_MISMATCH,
            entry.getId(),
            "Le patient du document diffère de celui du lot / The document's patient differs from"
                + " the submission set's: "
                + entryPatient);
      }
      DocumentMetadata metadata = entry(entry, replaced(entry.getId(), associations));
      if (metadata != null && content != null) {
        documents.add(new DocumentSubmission(metadata, content));
      }
    }
    problems.throwIfAny();
    return new Submission(patient, set, documents);
  }

  private RegistryPackageType submissionSet(List<IdentifiableType> objects) {
    Set<String> classified =
        Rim.ofType(objects, ClassificationType.class).stream()
            .filter(c -> Vocabulary.SUBMISSION_SET_NODE.equals(c.getClassificationNode()))
            .map(ClassificationType::getClassifiedObject)
            .collect(Collectors.toSet());
    List<RegistryPackageType> sets =
        Rim.ofType(objects, RegistryPackageType.class).stream()
            .filter(
                p ->
                    classified.contains(p.getId())
                        || p.getClassification().stream()
                            .anyMatch(
                                c ->
                                    Vocabulary.SUBMISSION_SET_NODE.equals(
                                        c.getClassificationNode())))
            .toList();
    if (sets.size() != 1) {
      problems.add(
          XdsError.METADATA,
          "SubmitObjectsRequest",
          "Un et un seul lot de soumission attendu, trouvé "
              + sets.size()
              + " / Exactly one submission set expected, found "
              + sets.size());
      return null;
    }
    return sets.get(0);
  }

  private SubmissionSetMetadata set(RegistryPackageType p) {
    String at = p.getId();
    Oid uniqueId =
        problems.attempt(
            () ->
                new Oid(
                    problems.required(Rim.externalId(p, Vocabulary.SET_UNIQUE_ID), at, "uniqueId")),
            at,
            "uniqueId");
    Oid sourceId =
        problems.attempt(
            () ->
                new Oid(
                    problems.required(Rim.externalId(p, Vocabulary.SET_SOURCE_ID), at, "sourceId")),
            at,
            "sourceId");
    var time = problems.required(Rim.firstSlot(p, "submissionTime"), at, "submissionTime");
    Code contentType = code(p, Vocabulary.SET_CONTENT_TYPE, at, "contentTypeCode");
    Author author =
        Rim.classifications(p, Vocabulary.SET_AUTHOR).stream()
            .findFirst()
            .map(c -> problems.attempt(() -> AuthorReader.read(c, submitter), at, "author"))
            .orElse(null);
    if (uniqueId == null || sourceId == null || time == null || contentType == null) {
      return null;
    }
    return problems.attempt(
        () ->
            new SubmissionSetMetadata(
                uniqueId,
                uuidOf(at),
                sourceId,
                Hl7.time(time),
                author,
                contentType,
                Rim.text(p.getName()).orElse(null)),
        at,
        "submission set");
  }

  private DocumentMetadata entry(ExtrinsicObjectType e, EntryUuid replaces) {
    String at = e.getId();
    if (e.getObjectType() != null && !Vocabulary.STABLE_DOCUMENT.equals(e.getObjectType())) {
      problems.add(
          XdsError.METADATA,
          at,
          "objectType non géré / unsupported objectType: " + e.getObjectType());
    }
    DocumentUniqueId uniqueId =
        problems.attempt(
            () ->
                new DocumentUniqueId(
                    problems.required(Rim.externalId(e, Vocabulary.DOC_UNIQUE_ID), at, "uniqueId")),
            at,
            "uniqueId");
    Code classCodeValue = code(e, Vocabulary.DOC_CLASS_CODE, at, "classCode");
    ClassCode classCode =
        classCodeValue == null
            ? null
            : problems.attempt(() -> ClassCode.ofCode(classCodeValue.code()), at, "classCode");
    Code typeCode = code(e, Vocabulary.DOC_TYPE_CODE, at, "typeCode");
    Code formatCode = code(e, Vocabulary.DOC_FORMAT_CODE, at, "formatCode");
    Code facility = code(e, Vocabulary.DOC_FACILITY_TYPE, at, "healthcareFacilityTypeCode");
    Code practice = code(e, Vocabulary.DOC_PRACTICE_SETTING, at, "practiceSettingCode");
    Set<ConfidentialityCode> confidentiality = Rim.confidentiality(e, at, problems);
    Author author =
        problems.attempt(
            () ->
                AuthorReader.read(
                    Rim.classifications(e, Vocabulary.DOC_AUTHOR).stream()
                        .findFirst()
                        .orElseThrow(() -> new IllegalArgumentException("author")),
                    submitter),
            at,
            "author");
    String creation = problems.required(Rim.firstSlot(e, "creationTime"), at, "creationTime");
    String language = problems.required(Rim.firstSlot(e, "languageCode"), at, "languageCode");
    String title = Rim.text(e.getName()).orElse(null);
    if (problems.any()) {
      return null;
    }
    return problems.attempt(
        () ->
            new DocumentMetadata(
                uniqueId,
                uuidOf(at),
                classCode,
                typeCode,
                formatCode,
                e.getMimeType(),
                title == null ? typeCode.display() : title,
                author,
                Hl7.time(creation),
                Rim.firstSlot(e, "serviceStartTime").map(Hl7::time).orElse(null),
                Rim.firstSlot(e, "serviceStopTime").map(Hl7::time).orElse(null),
                language,
                confidentiality,
                facility,
                practice,
                null,
                replaces,
                Rim.firstSlot(e, "size").map(Long::valueOf).orElse(null),
                Rim.firstSlot(e, "hash").orElse(null)),
        at,
        "document entry");
  }

  private Code code(RegistryObjectType o, String scheme, String at, String what) {
    ClassificationType c =
        problems.required(Rim.classifications(o, scheme).stream().findFirst(), at, what);
    if (c == null) {
      return null;
    }
    return problems.attempt(
        () ->
            new Code(
                c.getNodeRepresentation(),
                Rim.firstSlot(c, "codingScheme")
                    .orElseThrow(() -> new IllegalArgumentException("codingScheme")),
                Rim.text(c.getName()).orElse(null)),
        at,
        what);
  }

  private Ins patient(RegistryObjectType o, String scheme) {
    String at = o.getId();
    String cx = problems.required(Rim.externalId(o, scheme), at, "patientId");
    return cx == null ? null : problems.attempt(() -> Hl7.patientId(cx), at, "patientId");
  }

  /** The entry this one replaces, if an RPLC association says so. */
  private EntryUuid replaced(String id, List<AssociationType1> associations) {
    return associations.stream()
        .filter(
            a ->
                Vocabulary.REPLACES.equals(a.getAssociationType())
                    && id.equals(a.getSourceObject()))
        .findFirst()
        .map(a -> problems.attempt(() -> EntryUuid.parse(a.getTargetObject()), id, "RPLC target"))
        .orElse(null);
  }

  /** The entryUUID the submitter chose, or null for a symbolic id (one is then assigned). */
  private static EntryUuid uuidOf(String id) {
    return id != null && id.startsWith("urn:uuid:") ? EntryUuid.parse(id) : null;
  }
}
