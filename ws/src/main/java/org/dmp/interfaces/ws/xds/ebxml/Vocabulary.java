package org.dmp.interfaces.ws.xds.ebxml;

/** The identifiers IHE XDS.b (ITI TF-3 §4.2) and the French CI-SIS give ebXML metadata. */
public final class Vocabulary {

  private Vocabulary() {}

  // document entries
  public static final String STABLE_DOCUMENT = "urn:uuid:7edca82f-054d-47f2-a032-9b2a5b5186c1";
  public static final String ON_DEMAND_DOCUMENT = "urn:uuid:34268e47-fdf5-41a6-ba33-82133c465248";
  public static final String DOC_AUTHOR = "urn:uuid:93606bcf-9494-43ec-9b4e-a7748d1a838d";
  public static final String DOC_CLASS_CODE = "urn:uuid:41a5887f-8865-4c09-adf7-e362475b143a";
  public static final String DOC_CONFIDENTIALITY = "urn:uuid:f4f85eac-e6cb-4883-b524-f2705394840f";
  public static final String DOC_FORMAT_CODE = "urn:uuid:a09d5840-386c-46f2-b5ad-9c3699a4309d";
  public static final String DOC_FACILITY_TYPE = "urn:uuid:f33fb8ac-18af-42cc-ae0e-ed0b0bdb91e1";
  public static final String DOC_PRACTICE_SETTING = "urn:uuid:cccf5598-8b07-4b77-a05e-ae952c785ead";
  public static final String DOC_TYPE_CODE = "urn:uuid:f0306f51-975f-434e-a61c-c59651d33983";
  public static final String DOC_PATIENT_ID = "urn:uuid:58a6f841-87b3-4a3e-92fd-a8ffeff98427";
  public static final String DOC_UNIQUE_ID = "urn:uuid:2e82c1f6-a085-4c72-9da3-8640a32e42ab";

  // submission sets
  public static final String SUBMISSION_SET_NODE = "urn:uuid:a54d6aa5-d40d-43f9-88c5-b4633d873bdd";
  public static final String SET_AUTHOR = "urn:uuid:a7058bb9-b4e4-4307-ba5b-e3f0ab85e12d";
  public static final String SET_CONTENT_TYPE = "urn:uuid:aa543740-bdda-424e-8c96-df4873be8500";
  public static final String SET_PATIENT_ID = "urn:uuid:6b5aea1a-874d-4603-a4bc-96a0a7b38446";
  public static final String SET_SOURCE_ID = "urn:uuid:554ac39e-e3fe-47fe-b233-965d2a147832";
  public static final String SET_UNIQUE_ID = "urn:uuid:96fdda7c-d067-4183-912e-bf5ee74998a8";

  // ebRIM object types
  public static final String CLASSIFICATION_TYPE =
      "urn:oasis:names:tc:ebxml-regrep:ObjectType:RegistryObject:Classification";
  public static final String EXTERNAL_IDENTIFIER_TYPE =
      "urn:oasis:names:tc:ebxml-regrep:ObjectType:RegistryObject:ExternalIdentifier";
  public static final String REGISTRY_PACKAGE_TYPE =
      "urn:oasis:names:tc:ebxml-regrep:ObjectType:RegistryObject:RegistryPackage";
  public static final String ASSOCIATION_TYPE =
      "urn:oasis:names:tc:ebxml-regrep:ObjectType:RegistryObject:Association";

  // associations
  public static final String HAS_MEMBER =
      "urn:oasis:names:tc:ebxml-regrep:AssociationType:HasMember";
  public static final String REPLACES = "urn:ihe:iti:2007:AssociationType:RPLC";
  public static final String UPDATE_AVAILABILITY_STATUS =
      "urn:ihe:iti:2010:AssociationType:UpdateAvailabilityStatus";

  // responses
  public static final String SUCCESS = "urn:oasis:names:tc:ebxml-regrep:ResponseStatusType:Success";
  public static final String FAILURE = "urn:oasis:names:tc:ebxml-regrep:ResponseStatusType:Failure";
  public static final String PARTIAL_SUCCESS = "urn:ihe:iti:2007:ResponseStatusType:PartialSuccess";
  public static final String ERROR = "urn:oasis:names:tc:ebxml-regrep:ErrorSeverityType:Error";

  // stored queries (ITI-18)
  public static final String FIND_DOCUMENTS = "urn:uuid:14d4debf-8f97-4251-9a74-a90016b0af0d";
  public static final String FIND_SUBMISSION_SETS = "urn:uuid:f26abbcb-ac74-4422-8a30-edb644bbc1a9";
  public static final String GET_DOCUMENTS = "urn:uuid:5c4f972b-d56b-40ac-a5fc-c8ca9b40b9d4";
  public static final String GET_ASSOCIATIONS = "urn:uuid:a7ae438b-4bc2-4642-93e9-be891f7bb155";
  public static final String GET_SUBMISSION_SET_AND_CONTENTS =
      "urn:uuid:e8e3cb2c-e39c-46b9-99e4-c12f57260b83";
  public static final String GET_RELATED_DOCUMENTS =
      "urn:uuid:d90e5407-b356-4d91-a89f-873917b4b0e6";

  /** Identifier namespaces of French health identifiers (HL7 v2 assigning authorities). */
  public static final String RPPS_OID = "1.2.250.1.71.4.2.1";

  public static final String FINESS_OID = "1.2.250.1.71.4.2.2";
}
