package org.dmp.it.support.soap;

import jakarta.xml.bind.JAXBElement;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.dmp.domain.patient.Ins;
import org.dmp.interfaces.ws.contract.lcm.SubmitObjectsRequest;
import org.dmp.interfaces.ws.contract.query.AdhocQueryRequest;
import org.dmp.interfaces.ws.contract.query.ResponseOptionType;
import org.dmp.interfaces.ws.contract.rim.AdhocQueryType;
import org.dmp.interfaces.ws.contract.rim.AssociationType1;
import org.dmp.interfaces.ws.contract.rim.ClassificationType;
import org.dmp.interfaces.ws.contract.rim.ExternalIdentifierType;
import org.dmp.interfaces.ws.contract.rim.ExtrinsicObjectType;
import org.dmp.interfaces.ws.contract.rim.IdentifiableType;
import org.dmp.interfaces.ws.contract.rim.InternationalStringType;
import org.dmp.interfaces.ws.contract.rim.LocalizedStringType;
import org.dmp.interfaces.ws.contract.rim.ObjectFactory;
import org.dmp.interfaces.ws.contract.rim.RegistryObjectListType;
import org.dmp.interfaces.ws.contract.rim.RegistryObjectType;
import org.dmp.interfaces.ws.contract.rim.RegistryPackageType;
import org.dmp.interfaces.ws.contract.rim.SlotType1;
import org.dmp.interfaces.ws.contract.rim.ValueListType;
import org.dmp.interfaces.ws.contract.xds.ProvideAndRegisterDocumentSetRequestType;

/**
 * XDS.b requests as DMP-compatible practice software writes them (CI-SIS metadata: IDNPS author,
 * G15 specialty, FINESS institution, TRE_A03 class codes), built from the generated ebXML classes,
 * with the knobs the error tests need.
 */
public final class XdsRequests {

  private static final ObjectFactory RIM = new ObjectFactory();
  private static final SecureRandom RANDOM = new SecureRandom();

  public static final String STABLE = "urn:uuid:7edca82f-054d-47f2-a032-9b2a5b5186c1";
  public static final String APPROVED = "urn:oasis:names:tc:ebxml-regrep:StatusType:Approved";
  public static final String ARCHIVED = "urn:asip:ci-sis:2010:StatusType:Archived";

  private XdsRequests() {}

  /** A document to submit: its bytes and what to say (or not) about it. */
  public static final class Doc {
    public final String id = "urn:uuid:" + UUID.randomUUID();
    public String uniqueId = "1.2.250.1.999.2." + Math.abs(RANDOM.nextLong());
    public byte[] content;
    public String title = "Compte rendu de consultation";
    public String classCode = "10";
    public String confidentiality = "N";
    public String rpps;
    public Ins patient;
    public String declaredHash;
    public Long declaredSize;
    public String replaces;
    public boolean withoutClassCode;
    public boolean withoutContent;

    public Doc(Ins patient, String rpps, byte[] content) {
      this.patient = patient;
      this.rpps = rpps;
      this.content = content;
      this.declaredHash = sha1(content);
      this.declaredSize = (long) content.length;
    }
  }

  public static byte[] pdf(int size) {
    byte[] bytes = new byte[size];
    RANDOM.nextBytes(bytes);
    byte[] header = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(header, 0, bytes, 0, Math.min(header.length, size));
    return bytes;
  }

  /** An ITI-41 request: one submission set for {@code patient} holding {@code docs}. */
  public static ProvideAndRegisterDocumentSetRequestType provide(
      Ins patient, String rpps, Doc... docs) {
    ProvideAndRegisterDocumentSetRequestType request =
        new ProvideAndRegisterDocumentSetRequestType();
    SubmitObjectsRequest submit = new SubmitObjectsRequest();
    RegistryObjectListType list = new RegistryObjectListType();
    String set = "SubmissionSet01";
    list.getIdentifiable().add(RIM.createRegistryPackage(submissionSet(set, patient, rpps)));
    ClassificationType node = new ClassificationType();
    node.setId("SubmissionSetClassification");
    node.setClassifiedObject(set);
    node.setClassificationNode("urn:uuid:a54d6aa5-d40d-43f9-88c5-b4633d873bdd");
    list.getIdentifiable().add(RIM.createClassification(node));
    for (Doc d : docs) {
      list.getIdentifiable().add(RIM.createExtrinsicObject(entry(d)));
      list.getIdentifiable()
          .add(
              association(
                  "urn:oasis:names:tc:ebxml-regrep:AssociationType:HasMember",
                  set,
                  d.id,
                  "SubmissionSetStatus",
                  "Original"));
      if (d.replaces != null) {
        list.getIdentifiable()
            .add(
                association("urn:ihe:iti:2007:AssociationType:RPLC", d.id, d.replaces, null, null));
      }
      if (!d.withoutContent) {
        ProvideAndRegisterDocumentSetRequestType.Document content =
            new ProvideAndRegisterDocumentSetRequestType.Document();
        content.setId(d.id);
        content.setValue(d.content);
        request.getDocument().add(content);
      }
    }
    submit.setRegistryObjectList(list);
    request.setSubmitObjectsRequest(submit);
    return request;
  }

  /** The request with one more document attached that no entry describes. */
  public static ProvideAndRegisterDocumentSetRequestType withOrphanDocument(
      ProvideAndRegisterDocumentSetRequestType request) {
    ProvideAndRegisterDocumentSetRequestType.Document orphan =
        new ProvideAndRegisterDocumentSetRequestType.Document();
    orphan.setId("urn:uuid:" + UUID.randomUUID());
    orphan.setValue(pdf(10));
    request.getDocument().add(orphan);
    return request;
  }

  /** An ITI-18 stored query; values as ebRS writes them (quoted, lists in parentheses). */
  public static AdhocQueryRequest query(String id, boolean leafClass, String... nameValues) {
    AdhocQueryRequest r = new AdhocQueryRequest();
    AdhocQueryType q = new AdhocQueryType();
    q.setId(id);
    for (int i = 0; i < nameValues.length; i += 2) {
      q.getSlot().add(slot(nameValues[i], nameValues[i + 1]));
    }
    r.setAdhocQuery(q);
    ResponseOptionType option = new ResponseOptionType();
    option.setReturnType(leafClass ? "LeafClass" : "ObjectRef");
    option.setReturnComposedObjects(true);
    r.setResponseOption(option);
    return r;
  }

  public static String patientId(Ins ins) {
    return ins.value() + "^^^&" + ins.oid() + "&ISO^NH";
  }

  /** An ITI-57 request giving {@code uuid} (version {@code previous}) new confidentiality codes. */
  public static SubmitObjectsRequest newConfidentiality(
      String logicalId, int previous, Ins patient, String rpps, String... codes) {
    SubmitObjectsRequest submit = new SubmitObjectsRequest();
    RegistryObjectListType list = new RegistryObjectListType();
    String set = "SubmissionSet01";
    list.getIdentifiable().add(RIM.createRegistryPackage(submissionSet(set, patient, rpps)));
    ExtrinsicObjectType e = new ExtrinsicObjectType();
    e.setId("urn:uuid:" + UUID.randomUUID());
    e.setLid(logicalId);
    e.setObjectType(STABLE);
    e.setMimeType("application/pdf");
    for (String code : codes) {
      e.getClassification()
          .add(
              classification(
                  "urn:uuid:f4f85eac-e6cb-4883-b524-f2705394840f",
                  e.getId(),
                  code,
                  "N".equals(code) ? "2.16.840.1.113883.5.25" : "1.2.250.1.213.1.1.4.13",
                  code));
    }
    list.getIdentifiable().add(RIM.createExtrinsicObject(e));
    list.getIdentifiable()
        .add(
            association(
                "urn:oasis:names:tc:ebxml-regrep:AssociationType:HasMember",
                set,
                e.getId(),
                "PreviousVersion",
                String.valueOf(previous)));
    submit.setRegistryObjectList(list);
    return submit;
  }

  /** An ITI-57 request moving {@code uuid} from one availability status to another. */
  public static SubmitObjectsRequest newStatus(
      String uuid, String from, String to, Ins patient, String rpps) {
    SubmitObjectsRequest submit = new SubmitObjectsRequest();
    RegistryObjectListType list = new RegistryObjectListType();
    String set = "SubmissionSet01";
    list.getIdentifiable().add(RIM.createRegistryPackage(submissionSet(set, patient, rpps)));
    JAXBElement<AssociationType1> a =
        association(
            "urn:ihe:iti:2010:AssociationType:UpdateAvailabilityStatus",
            set,
            uuid,
            "OriginalStatus",
            from);
    a.getValue().getSlot().add(slot("NewStatus", to));
    list.getIdentifiable().add(a);
    submit.setRegistryObjectList(list);
    return submit;
  }

  /**
   * One ITI-57 request holding the updates of several: the first request's submission set, every
   * request's other objects (each request's submission set has the same id, so its associations
   * still point at the one kept).
   */
  public static SubmitObjectsRequest together(
      SubmitObjectsRequest first, SubmitObjectsRequest... more) {
    for (SubmitObjectsRequest other : more) {
      other.getRegistryObjectList().getIdentifiable().stream()
          .filter(o -> !(o.getValue() instanceof RegistryPackageType))
          .forEach(o -> first.getRegistryObjectList().getIdentifiable().add(o));
    }
    return first;
  }

  private static RegistryPackageType submissionSet(String id, Ins patient, String rpps) {
    RegistryPackageType p = new RegistryPackageType();
    p.setId(id);
    p.getSlot().add(slot("submissionTime", "20261123093000"));
    p.setName(text("Lot de documents"));
    p.getClassification().add(author("urn:uuid:a7058bb9-b4e4-4307-ba5b-e3f0ab85e12d", id, rpps));
    p.getClassification()
        .add(
            classification(
                "urn:uuid:aa543740-bdda-424e-8c96-df4873be8500",
                id,
                "04",
                "1.2.250.1.213.1.1.4.2.2",
                "Hospitalisation de jour"));
    p.getExternalIdentifier()
        .add(
            external(
                "urn:uuid:96fdda7c-d067-4183-912e-bf5ee74998a8",
                id,
                "1.2.250.1.999.3." + Math.abs(RANDOM.nextLong())));
    p.getExternalIdentifier()
        .add(external("urn:uuid:554ac39e-e3fe-47fe-b233-965d2a147832", id, "1.2.250.1.999.4"));
    p.getExternalIdentifier()
        .add(external("urn:uuid:6b5aea1a-874d-4603-a4bc-96a0a7b38446", id, patientId(patient)));
    return p;
  }

  private static ExtrinsicObjectType entry(Doc d) {
    ExtrinsicObjectType e = new ExtrinsicObjectType();
    e.setId(d.id);
    e.setObjectType(STABLE);
    e.setMimeType("application/pdf");
    e.setName(text(d.title));
    e.getSlot().add(slot("creationTime", "20261120093000"));
    e.getSlot().add(slot("languageCode", "fr-FR"));
    e.getSlot().add(slot("serviceStartTime", "20261120080000"));
    e.getSlot().add(slot("serviceStopTime", "20261120090000"));
    e.getSlot().add(slot("sourcePatientId", patientId(d.patient)));
    if (d.declaredHash != null) {
      e.getSlot().add(slot("hash", d.declaredHash));
    }
    if (d.declaredSize != null) {
      e.getSlot().add(slot("size", String.valueOf(d.declaredSize)));
    }
    e.getClassification()
        .add(author("urn:uuid:93606bcf-9494-43ec-9b4e-a7748d1a838d", d.id, d.rpps));
    if (!d.withoutClassCode) {
      e.getClassification()
          .add(
              classification(
                  "urn:uuid:41a5887f-8865-4c09-adf7-e362475b143a",
                  d.id,
                  d.classCode,
                  "1.2.250.1.213.1.1.4.1",
                  "Compte rendu"));
    }
    e.getClassification()
        .add(
            classification(
                "urn:uuid:f4f85eac-e6cb-4883-b524-f2705394840f",
                d.id,
                d.confidentiality,
                "N".equals(d.confidentiality) ? "2.16.840.1.113883.5.25" : "1.2.250.1.213.1.1.4.13",
                d.confidentiality));
    e.getClassification()
        .add(
            classification(
                "urn:uuid:a09d5840-386c-46f2-b5ad-9c3699a4309d",
                d.id,
                "urn:ihe:iti:xds-sd:pdf:2008",
                "1.3.6.1.4.1.19376.1.2.3",
                "PDF"));
    e.getClassification()
        .add(
            classification(
                "urn:uuid:f33fb8ac-18af-42cc-ae0e-ed0b0bdb91e1",
                d.id,
                "SA01",
                "1.2.250.1.71.4.2.4",
                "Etablissement public de santé"));
    e.getClassification()
        .add(
            classification(
                "urn:uuid:cccf5598-8b07-4b77-a05e-ae952c785ead",
                d.id,
                "ETAB",
                "1.2.250.1.213.1.1.4.9",
                "Etablissement de santé"));
    e.getClassification()
        .add(
            classification(
                "urn:uuid:f0306f51-975f-434e-a61c-c59651d33983",
                d.id,
                "11490-0",
                "2.16.840.1.113883.6.1",
                "Lettre de sortie"));
    e.getExternalIdentifier()
        .add(external("urn:uuid:58a6f841-87b3-4a3e-92fd-a8ffeff98427", d.id, patientId(d.patient)));
    e.getExternalIdentifier()
        .add(external("urn:uuid:2e82c1f6-a085-4c72-9da3-8640a32e42ab", d.id, d.uniqueId));
    return e;
  }

  private static ClassificationType author(String scheme, String classified, String rpps) {
    ClassificationType c = classification(scheme, classified, "", null, null);
    c.getSlot()
        .add(
            slot(
                "authorPerson",
                "8" + rpps + "^DURAND^Paul^^^Dr^^^&1.2.250.1.71.4.2.1&ISO^D^^^IDNPS"));
    c.getSlot()
        .add(
            slot(
                "authorInstitution",
                "Cabinet Durand^^^^^&1.2.250.1.71.4.2.2&ISO^IDNST^^^1750000001"));
    c.getSlot()
        .add(
            slot(
                "authorSpecialty",
                "G15_10/SM54^Médecin - Médecine Générale (SM)^1.2.250.1.213.1.1.4.5"));
    return c;
  }

  private static ClassificationType classification(
      String scheme, String classified, String code, String codingScheme, String display) {
    ClassificationType c = new ClassificationType();
    c.setId("urn:uuid:" + UUID.randomUUID());
    c.setClassificationScheme(scheme);
    c.setClassifiedObject(classified);
    c.setNodeRepresentation(code);
    if (codingScheme != null) {
      c.getSlot().add(slot("codingScheme", codingScheme));
    }
    if (display != null) {
      c.setName(text(display));
    }
    return c;
  }

  private static ExternalIdentifierType external(String scheme, String object, String value) {
    ExternalIdentifierType e = new ExternalIdentifierType();
    e.setId("urn:uuid:" + UUID.randomUUID());
    e.setIdentificationScheme(scheme);
    e.setRegistryObject(object);
    e.setValue(value);
    return e;
  }

  private static JAXBElement<AssociationType1> association(
      String type, String source, String target, String slot, String value) {
    AssociationType1 a = new AssociationType1();
    a.setId("urn:uuid:" + UUID.randomUUID());
    a.setAssociationType(type);
    a.setSourceObject(source);
    a.setTargetObject(target);
    if (slot != null) {
      a.getSlot().add(slot(slot, value));
    }
    return RIM.createAssociation(a);
  }

  private static SlotType1 slot(String name, String value) {
    SlotType1 s = new SlotType1();
    s.setName(name);
    ValueListType v = new ValueListType();
    v.getValue().add(value);
    s.setValueList(v);
    return s;
  }

  private static InternationalStringType text(String value) {
    InternationalStringType s = new InternationalStringType();
    LocalizedStringType l = new LocalizedStringType();
    l.setValue(value);
    s.getLocalizedString().add(l);
    return s;
  }

  public static String sha1(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(content));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** The slot values of a registry object in a response. */
  public static List<String> slotValues(RegistryObjectType o, String name) {
    List<String> out = new ArrayList<>();
    o.getSlot().stream()
        .filter(s -> name.equals(s.getName()))
        .forEach(s -> out.addAll(s.getValueList().getValue()));
    return out;
  }

  /** The objects of a response of the given type. */
  public static <T extends IdentifiableType> List<T> objects(
      RegistryObjectListType list, Class<T> type) {
    return list == null
        ? List.of()
        : list.getIdentifiable().stream()
            .map(JAXBElement::getValue)
            .filter(type::isInstance)
            .map(type::cast)
            .toList();
  }
}
