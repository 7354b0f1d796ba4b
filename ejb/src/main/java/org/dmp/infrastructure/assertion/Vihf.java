package org.dmp.infrastructure.assertion;

/**
 * The names the VIHF (Vecteur d'Identification et d'Habilitation Formelle, the CI-SIS / DMP
 * "authentification indirecte" assertion) uses, as practice software sends them. Sources: the ANS
 * VIHF mapping of the CI-SIS ("Mapping VIHF pour le DMP", IG HL7v2 transmission de documents CDA),
 * the ANS ProSanteConnect VIHF builder, the ANS TLSi editor kit and the DRIMBox VIHF builder.
 *
 * <p>What this server reads (everything else in the assertion is ignored, not refused):
 *
 * <ul>
 *   <li>{@code Subject/NameID}: the professional's national id, the RPPS alone (11 digits) or, as
 *       the DMP and ProSanteConnect send it, the IdNat_PS {@code "8" + RPPS} (12 characters).
 *   <li>{@value #ROLE}: {@code hl7:Role} codes ({@code xsi:type="CE"}); the profession under G15
 *       ({@value org.dmp.domain.professional.Profession#CODE_SYSTEM}, required) and the specialty
 *       (savoir-faire) under {@value org.dmp.domain.professional.Specialty#CODE_SYSTEM} (optional;
 *       the CI-SIS requires it of doctors and pharmacists). A text value {@code code^codeSystem} is
 *       accepted too.
 *   <li>{@value #ORGANISATION}: the Struct_IdNat of the organisation, required: {@code "1" +
 *       FINESS} (or a bare FINESS) gives the organisation's FINESS; {@code 0} ADELI, {@code 2}
 *       SIREN, {@code 3} SIRET, {@code 4} RPPS-rang (practices without a FINESS) are kept as given.
 *   <li>{@value #ORGANISATION_NAME}: the organisation's name (raison sociale), optional; kept with
 *       the records the organisation opens (a pharmacy is paid for them).
 *   <li>{@value #PURPOSE_OF_USE}: {@code hl7:PurposeOfUse code="normal|bris_de_glace|centre_15"}
 *       under TRE_R248 ModeAcces ({@value #PURPOSE_OF_USE_SYSTEM}), required; a text value is
 *       accepted too.
 *   <li>{@value #ACCESS_REASON}: the free-text reason of an emergency access, optional (the access
 *       policy, not this check, refuses an emergency access without one).
 *   <li>{@value #SUBJECT_ID}: the professional's name ("Nom Prénom Service"), optional; shown in
 *       the patient's access history (the RPPS otherwise).
 *   <li>{@value #SOFTWARE_NAME} and {@value #SOFTWARE_VERSION}: the software, required; {@value
 *       #SOFTWARE_APPROVAL}: its DMP approval number, optional.
 * </ul>
 *
 * <p>Attribute names are compared ignoring case and treating a space as an underscore: generators
 * in the field send both {@code Identifiant_Structure} and {@code Identifiant Structure}.
 */
public final class Vihf {

  public static final String SAML = "urn:oasis:names:tc:SAML:2.0:assertion";
  public static final String DSIG = "http://www.w3.org/2000/09/xmldsig#";
  public static final String HL7 = "urn:hl7-org:v3";
  public static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

  /** WS-Security 1.0 (also the namespace of the {@code Security} header in WS-Security 1.1). */
  public static final String WSSE =
      "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd";

  /** The Issuer format the CI-SIS requires: the DN of the signing certificate. */
  public static final String X509_SUBJECT_NAME =
      "urn:oasis:names:tc:SAML:1.1:nameid-format:X509SubjectName";

  public static final String ROLE = "urn:oasis:names:tc:xacml:2.0:subject:role";
  public static final String PURPOSE_OF_USE = "urn:oasis:names:tc:xspa:1.0:subject:purposeofuse";
  public static final String SUBJECT_ID = "urn:oasis:names:tc:xspa:1.0:subject:subject-id";
  public static final String ORGANISATION = "Identifiant_Structure";
  public static final String ORGANISATION_NAME = "urn:oasis:names:tc:xspa:1.0:subject:organization";
  public static final String ACCESS_REASON = "Mode_Acces_Raison";
  public static final String SOFTWARE_NAME = "LPS_Nom";
  public static final String SOFTWARE_VERSION = "LPS_Version";
  public static final String SOFTWARE_APPROVAL = "LPS_ID_HOMOLOGATION_DMP";

  /** TRE_R248 ModeAcces: {@code normal}, {@code bris_de_glace}, {@code centre_15}. */
  public static final String PURPOSE_OF_USE_SYSTEM = "1.2.250.1.213.1.1.4.248";

  /** The subject name the DMP uses: the IdNat_PS, {@code 8} + RPPS. */
  public static final String RPPS_PREFIX = "8";

  /** The Struct_IdNat prefix of an organisation identified by its FINESS. */
  public static final String FINESS_PREFIX = "1";

  private Vihf() {}

  /** Whether an attribute's {@code Name} is {@code expected}, in any of the spellings sent. */
  static boolean sameName(String name, String expected) {
    return name != null && name.strip().replace(' ', '_').equalsIgnoreCase(expected);
  }
}
