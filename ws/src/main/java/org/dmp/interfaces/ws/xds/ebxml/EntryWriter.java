package org.dmp.interfaces.ws.xds.ebxml;

import jakarta.xml.bind.JAXBElement;
import java.util.List;
import java.util.UUID;
import org.dmp.application.document.DocumentView;
import org.dmp.application.document.SubmissionSetView;
import org.dmp.domain.document.Author;
import org.dmp.domain.document.ClassCode;
import org.dmp.domain.document.Code;
import org.dmp.domain.document.ConfidentialityCode;
import org.dmp.domain.patient.Ins;
import org.dmp.interfaces.ws.contract.rim.AssociationType1;
import org.dmp.interfaces.ws.contract.rim.ClassificationType;
import org.dmp.interfaces.ws.contract.rim.ExtrinsicObjectType;
import org.dmp.interfaces.ws.contract.rim.IdentifiableType;
import org.dmp.interfaces.ws.contract.rim.ObjectFactory;
import org.dmp.interfaces.ws.contract.rim.ObjectRefType;
import org.dmp.interfaces.ws.contract.rim.RegistryPackageType;
import org.dmp.interfaces.ws.contract.rim.VersionInfoType;

/**
 * Writes the application's views as ebXML registry objects, as XDS queries return them: document
 * entries (ExtrinsicObject), submission sets (RegistryPackage), their associations, or bare
 * references (ObjectRef) when the caller asked for those.
 */
public final class EntryWriter {

  private static final ObjectFactory RIM = new ObjectFactory();

  private final String repositoryId;

  public EntryWriter(String repositoryId) {
    this.repositoryId = repositoryId;
  }

  public JAXBElement<? extends IdentifiableType> entry(DocumentView d, Ins patient) {
    ExtrinsicObjectType e = new ExtrinsicObjectType();
    String id = d.entryUuid().urn();
    e.setId(id);
    e.setLid(d.logicalId().urn());
    e.setObjectType(Vocabulary.STABLE_DOCUMENT);
    e.setStatus(d.status().urn());
    e.setMimeType(d.mimeType());
    VersionInfoType version = new VersionInfoType();
    version.setVersionName(String.valueOf(d.metadataVersion()));
    e.setVersionInfo(version);
    e.setName(Rim.newText(d.title()));
    e.getSlot().add(Rim.newSlot("creationTime", List.of(Hl7.time(d.creationTime()))));
    e.getSlot().add(Rim.newSlot("languageCode", List.of(d.languageCode())));
    if (d.serviceStartTime() != null) {
      e.getSlot().add(Rim.newSlot("serviceStartTime", List.of(Hl7.time(d.serviceStartTime()))));
    }
    if (d.serviceStopTime() != null) {
      e.getSlot().add(Rim.newSlot("serviceStopTime", List.of(Hl7.time(d.serviceStopTime()))));
    }
    e.getSlot().add(Rim.newSlot("hash", List.of(d.sha1())));
    e.getSlot().add(Rim.newSlot("size", List.of(String.valueOf(d.size()))));
    e.getSlot().add(Rim.newSlot("repositoryUniqueId", List.of(repositoryId)));
    e.getSlot().add(Rim.newSlot("sourcePatientId", List.of(Hl7.patientId(patient))));
    e.getClassification().add(author(Vocabulary.DOC_AUTHOR, id, d.author()));
    ClassCode c = d.classCode();
    e.getClassification()
        .add(
            Rim.newClassification(
                Vocabulary.DOC_CLASS_CODE, id, c.code(), ClassCode.CODE_SYSTEM, c.french()));
    for (ConfidentialityCode code : d.confidentiality()) {
      e.getClassification()
          .add(
              Rim.newClassification(
                  Vocabulary.DOC_CONFIDENTIALITY,
                  id,
                  code.code(),
                  code.codeSystem(),
                  code.french()));
    }
    coded(e.getClassification(), Vocabulary.DOC_FORMAT_CODE, id, d.formatCode());
    coded(e.getClassification(), Vocabulary.DOC_FACILITY_TYPE, id, d.healthcareFacilityType());
    coded(e.getClassification(), Vocabulary.DOC_PRACTICE_SETTING, id, d.practiceSetting());
    coded(e.getClassification(), Vocabulary.DOC_TYPE_CODE, id, d.typeCode());
    e.getExternalIdentifier()
        .add(
            Rim.newExternalId(
                Vocabulary.DOC_PATIENT_ID,
                id,
                Hl7.patientId(patient),
                "XDSDocumentEntry.patientId"));
    e.getExternalIdentifier()
        .add(
            Rim.newExternalId(
                Vocabulary.DOC_UNIQUE_ID, id, d.uniqueId().value(), "XDSDocumentEntry.uniqueId"));
    return RIM.createExtrinsicObject(e);
  }

  public JAXBElement<? extends IdentifiableType> set(SubmissionSetView s, Ins patient) {
    RegistryPackageType p = new RegistryPackageType();
    String id = s.entryUuid().urn();
    p.setId(id);
    p.setObjectType(Vocabulary.REGISTRY_PACKAGE_TYPE);
    p.setStatus("urn:oasis:names:tc:ebxml-regrep:StatusType:Approved");
    if (s.title() != null) {
      p.setName(Rim.newText(s.title()));
    }
    p.getSlot().add(Rim.newSlot("submissionTime", List.of(Hl7.time(s.submissionTime()))));
    if (s.author() != null && s.author().id() != null) {
      p.getClassification().add(author(Vocabulary.SET_AUTHOR, id, s.author()));
    }
    coded(p.getClassification(), Vocabulary.SET_CONTENT_TYPE, id, s.contentTypeCode());
    ClassificationType node = new ClassificationType();
    node.setId(Rim.newId());
    node.setObjectType(Vocabulary.CLASSIFICATION_TYPE);
    node.setClassifiedObject(id);
    node.setClassificationNode(Vocabulary.SUBMISSION_SET_NODE);
    p.getClassification().add(node);
    p.getExternalIdentifier()
        .add(
            Rim.newExternalId(
                Vocabulary.SET_UNIQUE_ID, id, s.uniqueId().value(), "XDSSubmissionSet.uniqueId"));
    p.getExternalIdentifier()
        .add(
            Rim.newExternalId(
                Vocabulary.SET_SOURCE_ID, id, s.sourceId().value(), "XDSSubmissionSet.sourceId"));
    p.getExternalIdentifier()
        .add(
            Rim.newExternalId(
                Vocabulary.SET_PATIENT_ID,
                id,
                Hl7.patientId(patient),
                "XDSSubmissionSet.patientId"));
    return RIM.createRegistryPackage(p);
  }

  /**
   * An association the registry knows without storing it: a set's HasMember of a document, a
   * document's RPLC of the one it replaced. Its id is derived from its ends, so it is the same at
   * every query.
   */
  public JAXBElement<? extends IdentifiableType> association(
      String type, String source, String target) {
    AssociationType1 a = new AssociationType1();
    a.setId(
        "urn:uuid:"
            + UUID.nameUUIDFromBytes(
                (type + source + target).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    a.setObjectType(Vocabulary.ASSOCIATION_TYPE);
    a.setAssociationType(type);
    a.setSourceObject(source);
    a.setTargetObject(target);
    a.setStatus("urn:oasis:names:tc:ebxml-regrep:StatusType:Approved");
    if (Vocabulary.HAS_MEMBER.equals(type)) {
      a.getSlot().add(Rim.newSlot("SubmissionSetStatus", List.of("Original")));
    }
    return RIM.createAssociation(a);
  }

  public JAXBElement<? extends IdentifiableType> reference(String id) {
    ObjectRefType ref = new ObjectRefType();
    ref.setId(id);
    return RIM.createObjectRef(ref);
  }

  private static ClassificationType author(String scheme, String id, Author a) {
    ClassificationType c = Rim.newClassification(scheme, id, "", null, null);
    c.getSlot().add(Rim.newSlot("authorPerson", List.of(AuthorReader.person(a))));
    if (a.finess() != null) {
      c.getSlot().add(Rim.newSlot("authorInstitution", List.of(AuthorReader.institution(a))));
    }
    if (a.profession() != null) {
      c.getSlot().add(Rim.newSlot("authorSpecialty", List.of(AuthorReader.specialty(a))));
    }
    return c;
  }

  private static void coded(List<ClassificationType> to, String scheme, String id, Code code) {
    if (code != null) {
      to.add(Rim.newClassification(scheme, id, code.code(), code.codeSystem(), code.display()));
    }
  }
}
