package org.dmp.infrastructure.assertion;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.crypto.dsig.CanonicalizationMethod;
import javax.xml.crypto.dsig.DigestMethod;
import javax.xml.crypto.dsig.Reference;
import javax.xml.crypto.dsig.SignatureMethod;
import javax.xml.crypto.dsig.SignedInfo;
import javax.xml.crypto.dsig.Transform;
import javax.xml.crypto.dsig.XMLSignatureFactory;
import javax.xml.crypto.dsig.dom.DOMSignContext;
import javax.xml.crypto.dsig.keyinfo.KeyInfoFactory;
import javax.xml.crypto.dsig.spec.C14NMethodParameterSpec;
import javax.xml.crypto.dsig.spec.ExcC14NParameterSpec;
import javax.xml.crypto.dsig.spec.TransformParameterSpec;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * A VIHF as practice software sends it, every part adjustable so that each test breaks exactly one
 * thing. Built from text (so that namespace declarations are real attributes before signing) and
 * signed with the JDK's XML signature API.
 */
public final class TestVihf {

  public static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
  public static final String RPPS = "10003456786";
  static final String FINESS = "750712184";

  String id = "_vihf-" + java.util.UUID.randomUUID();
  Instant issued = NOW.minusSeconds(30);
  Instant notBefore = NOW.minusSeconds(30);
  Instant notOnOrAfter = NOW.plusSeconds(600);
  String audience = "urn:dmp";
  String issuer = TestPki.ORGANISATION_DN;
  String nameId = "8" + RPPS;
  String subjectId = "DUPONT Jean Cardiologie";
  String profession = "10";
  String specialty = "SM26";
  String organisation = "1" + FINESS;
  String organisationAttributeName = "Identifiant_Structure";
  String purpose = "normal";
  String reason;
  String signatureMethod = SignatureMethod.RSA_SHA256;
  String digestMethod = DigestMethod.SHA256;
  final Set<String> omitted = new HashSet<>();

  String xml() {
    StringBuilder s = new StringBuilder();
    s.append("<saml2:Assertion xmlns:saml2=\"urn:oasis:names:tc:SAML:2.0:assertion\"")
        .append(" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"")
        .append(" xmlns:hl7=\"urn:hl7-org:v3\" ID=\"" + id + "\" IssueInstant=\"" + issued)
        .append("\" Version=\"2.0\"><saml2:Issuer Format=\"")
        .append(Vihf.X509_SUBJECT_NAME + "\">" + issuer + "</saml2:Issuer>")
        .append("<saml2:Subject><saml2:NameID>" + nameId + "</saml2:NameID></saml2:Subject>")
        .append("<saml2:Conditions NotBefore=\"" + notBefore)
        .append("\" NotOnOrAfter=\"" + notOnOrAfter + "\">");
    if (audience != null) {
      s.append("<saml2:AudienceRestriction><saml2:Audience>" + audience)
          .append("</saml2:Audience></saml2:AudienceRestriction>");
    }
    s.append("</saml2:Conditions><saml2:AuthnStatement AuthnInstant=\"" + issued + "\">")
        .append("<saml2:AuthnContext><saml2:AuthnContextClassRef>")
        .append("urn:oasis:names:tc:SAML:2.0:ac:classes:TLSClient")
        .append("</saml2:AuthnContextClassRef></saml2:AuthnContext></saml2:AuthnStatement>")
        .append("<saml2:AttributeStatement>");
    text(s, "VIHF_Version", "3.0");
    text(s, "Authentification_Mode", "INDIRECTE");
    text(s, "Secteur_Activite", "SA07^1.2.250.1.71.4.2.4");
    text(s, Vihf.SUBJECT_ID, subjectId);
    if (!omitted.contains(Vihf.ROLE)) {
      s.append("<saml2:Attribute Name=\"" + Vihf.ROLE + "\">");
      code(s, "Role", profession, "1.2.250.1.71.1.2.7");
      if (specialty != null) {
        code(s, "Role", specialty, "1.2.250.1.71.4.2.5");
      }
      s.append("</saml2:Attribute>");
    }
    text(s, organisationAttributeName, organisation);
    text(s, "urn:oasis:names:tc:xacml:2.0:resource:resource-id", "2800175123456^^^&amp;1.2.250");
    text(s, "Ressource_URN", "urn:dmp");
    if (!omitted.contains(Vihf.PURPOSE_OF_USE)) {
      s.append("<saml2:Attribute Name=\"" + Vihf.PURPOSE_OF_USE + "\">");
      code(s, "PurposeOfUse", purpose, Vihf.PURPOSE_OF_USE_SYSTEM);
      s.append("</saml2:Attribute>");
    }
    text(s, Vihf.ACCESS_REASON, reason);
    text(s, Vihf.SOFTWARE_NAME, "LOGICIEL TEST");
    text(s, Vihf.SOFTWARE_VERSION, "4.2.1");
    text(s, Vihf.SOFTWARE_APPROVAL, "DMP-2026-042");
    return s.append("</saml2:AttributeStatement></saml2:Assertion>").toString();
  }

  private void text(StringBuilder s, String name, String value) {
    if (value != null && !omitted.contains(name)) {
      s.append("<saml2:Attribute Name=\"" + name + "\"><saml2:AttributeValue>" + value)
          .append("</saml2:AttributeValue></saml2:Attribute>");
    }
  }

  private static void code(StringBuilder s, String element, String code, String system) {
    s.append("<saml2:AttributeValue><hl7:" + element + " xsi:type=\"CE\" code=\"" + code)
        .append("\" codeSystem=\"" + system + "\"/></saml2:AttributeValue>");
  }

  Element unsigned() {
    return parse(xml()).getDocumentElement();
  }

  /** Signed by the organisation, as it should be. */
  public Element signed() {
    return signedWith(TestPki.ORGANISATION, TestPki.ORGANISATION.certificate());
  }

  Element signedWith(TestPki.Identity signer, X509Certificate inKeyInfo) {
    Element assertion = unsigned();
    sign(assertion, signer, inKeyInfo, signatureMethod, digestMethod);
    return assertion;
  }

  /** Signs the assertion where it stands (enveloped, exclusive c14n), before its Subject. */
  static void sign(
      Element assertion,
      TestPki.Identity signer,
      X509Certificate inKeyInfo,
      String signatureMethod,
      String digestMethod) {
    try {
      XMLSignatureFactory f = XMLSignatureFactory.getInstance("DOM");
      List<Transform> transforms =
          List.of(
              f.newTransform(Transform.ENVELOPED, (TransformParameterSpec) null),
              f.newTransform(
                  CanonicalizationMethod.EXCLUSIVE, new ExcC14NParameterSpec(List.of("xsi"))));
      String id = assertion.getAttribute("ID");
      Reference reference =
          f.newReference("#" + id, f.newDigestMethod(digestMethod, null), transforms, null, null);
      SignedInfo info =
          f.newSignedInfo(
              f.newCanonicalizationMethod(
                  CanonicalizationMethod.EXCLUSIVE, (C14NMethodParameterSpec) null),
              f.newSignatureMethod(signatureMethod, null),
              List.of(reference));
      KeyInfoFactory keyInfos = f.getKeyInfoFactory();
      assertion.setIdAttributeNS(null, "ID", true);
      Element subject = (Element) assertion.getElementsByTagNameNS(Vihf.SAML, "Subject").item(0);
      DOMSignContext context = new DOMSignContext(signer.key(), assertion, subject);
      context.setDefaultNamespacePrefix("ds");
      f.newXMLSignature(
              info, keyInfos.newKeyInfo(List.of(keyInfos.newX509Data(List.of(inKeyInfo)))))
          .sign(context);
    } catch (Exception e) {
      throw new IllegalStateException("cannot sign the test assertion", e);
    }
  }

  private static final AssertionVerifier VERIFIER =
      new AssertionVerifier(AssertionVerifier.Settings.defaults());

  /** Verified against the organisation's certificate, at {@link #NOW}, default settings. */
  static AssertedProfessional verify(Element assertion) {
    return VERIFIER.verify(assertion, TestPki.ORGANISATION.certificate(), NOW);
  }

  static InvalidAssertionException refusal(Element assertion) {
    return org.assertj.core.api.Assertions.catchThrowableOfType(
        InvalidAssertionException.class, () -> verify(assertion));
  }

  public static Document parse(String xml) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
      factory.setNamespaceAware(true);
      return factory
          .newDocumentBuilder()
          .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
