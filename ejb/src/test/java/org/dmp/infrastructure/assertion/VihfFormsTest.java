package org.dmp.infrastructure.assertion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dmp.infrastructure.assertion.TestVihf.NOW;

import javax.xml.crypto.dsig.DigestMethod;
import javax.xml.crypto.dsig.SignatureMethod;
import org.dmp.domain.actor.AccessMode;
import org.dmp.domain.professional.Profession;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** The forms the VIHF takes in the field, as the ANS examples and vendor generators write it. */
class VihfFormsTest {

  private final AssertionVerifier verifier =
      new AssertionVerifier(AssertionVerifier.Settings.defaults());
  private final TestVihf vihf = new TestVihf();

  private AssertedProfessional verify(Element assertion) {
    return verifier.verify(assertion, TestPki.ORGANISATION.certificate(), NOW);
  }

  @Test
  void theAnsExampleFormWithDefaultNamespacesIsAccepted() {
    String id = "_09cd372d-da9e-4d8c-a225-b7304defd6fb";
    String xml =
        ("<Assertion xmlns=\"urn:oasis:names:tc:SAML:2.0:assertion\""
                + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" ID=\"%s\""
                + " IssueInstant=\"%s\" Version=\"2.0\">"
                + "<Issuer Format=\"urn:oasis:names:tc:SAML:1.1:nameid-format:X509SubjectName\">"
                + "C=FR, ST=Paris (75), O=CABINET DU TEST, OU=1123456789, CN=DMP SIGN TEST</Issuer>"
                + "<Subject><NameID>899700366240</NameID></Subject>"
                + "<Conditions><AudienceRestriction><Audience>urn:dmp</Audience>"
                + "</AudienceRestriction></Conditions><AttributeStatement>"
                + "<Attribute Name=\"Identifiant_Structure\"><AttributeValue>3"
                + "44306184100013</AttributeValue></Attribute>"
                + "<Attribute Name=\"urn:oasis:names:tc:xspa:1.0:subject:purposeofuse\">"
                + "<AttributeValue><PurposeOfUse code=\"normal\" codeSystem="
                + "\"1.2.250.1.213.1.1.4.248\" codeSystemName=\"mode acces VIHF 1.0\""
                + " displayName=\"Accès normal\" xsi:type=\"CE\" xmlns=\"urn:hl7-org:v3\"/>"
                + "</AttributeValue></Attribute>"
                + "<Attribute Name=\"urn:oasis:names:tc:xacml:2.0:subject:role\"><AttributeValue>"
                + "<Role code=\"60\" codeSystem=\"1.2.250.1.71.1.2.7\" displayName=\"Infirmier\""
                + " xsi:type=\"CE\" xmlns=\"urn:hl7-org:v3\"/></AttributeValue></Attribute>"
                + "<Attribute Name=\"LPS_Nom\"><AttributeValue>EVOSIPS</AttributeValue></Attribute>"
                + "<Attribute Name=\"LPS_Version\"><AttributeValue>1.2.0</AttributeValue>"
                + "</Attribute></AttributeStatement></Assertion>")
            .formatted(id, NOW.minusSeconds(5));
    Element assertion = TestVihf.parse(xml).getDocumentElement();
    TestVihf.sign(
        assertion,
        TestPki.ORGANISATION,
        TestPki.ORGANISATION.certificate(),
        SignatureMethod.RSA_SHA256,
        DigestMethod.SHA256);

    AssertedProfessional professional = verify(assertion);

    // NameID 8 + RPPS, IssueInstant as the only date, a practice known by its SIRET
    assertThat(professional.rpps().value()).isEqualTo("99700366240");
    assertThat(professional.displayName()).isEqualTo("99700366240");
    assertThat(professional.role().profession()).isEqualTo(Profession.NURSE);
    assertThat(professional.role().specialty()).isNull();
    assertThat(professional.role().organisation()).isNull();
    assertThat(professional.organisationId()).isEqualTo("344306184100013");
    assertThat(professional.reason()).isNull();
    assertThat(professional.softwareApproval()).isNull();
  }

  @Test
  void aBareRppsTextRolesAndSpacedAttributeNamesAreAccepted() {
    vihf.nameId = TestVihf.RPPS;
    vihf.organisationAttributeName = "Identifiant Structure";
    vihf.omitted.add(Vihf.ROLE);
    vihf.omitted.add(Vihf.PURPOSE_OF_USE);
    String xml =
        vihf.xml()
            .replace(
                "</saml2:AttributeStatement>",
                "<saml2:Attribute Name=\""
                    + Vihf.ROLE
                    + "\"><saml2:AttributeValue>"
                    + "21^1.2.250.1.71.1.2.7</saml2:AttributeValue></saml2:Attribute>"
                    + "<saml2:Attribute Name=\""
                    + Vihf.PURPOSE_OF_USE
                    + "\">"
                    + "<saml2:AttributeValue>centre_15</saml2:AttributeValue></saml2:Attribute>"
                    + "</saml2:AttributeStatement>");
    Element assertion = TestVihf.parse(xml).getDocumentElement();
    TestVihf.sign(
        assertion,
        TestPki.ORGANISATION,
        TestPki.ORGANISATION.certificate(),
        SignatureMethod.RSA_SHA512,
        DigestMethod.SHA512);

    AssertedProfessional professional = verify(assertion);

    assertThat(professional.rpps().value()).isEqualTo(TestVihf.RPPS);
    assertThat(professional.role().profession()).isEqualTo(Profession.PHARMACIST);
    assertThat(professional.role().organisation().value()).isEqualTo(TestVihf.FINESS);
    assertThat(professional.mode()).isEqualTo(AccessMode.CENTRE_15);
  }

  @Test
  void anAssertionSignedInsideItsEnvelopeVerifiesThere() {
    // the prefixes are declared on the envelope only, as a SOAP stack may serialize them
    String xml =
        vihf.xml()
            .replace(" xmlns:saml2=\"urn:oasis:names:tc:SAML:2.0:assertion\"", "")
            .replace(" xmlns:hl7=\"urn:hl7-org:v3\"", "");
    Document envelope =
        TestVihf.parse(
            "<s:Envelope xmlns:s=\"http://www.w3.org/2003/05/soap-envelope\""
                + " xmlns:saml2=\"urn:oasis:names:tc:SAML:2.0:assertion\""
                + " xmlns:hl7=\"urn:hl7-org:v3\"><s:Header><wsse:Security xmlns:wsse=\""
                + Vihf.WSSE
                + "\">"
                + xml
                + "</wsse:Security></s:Header><s:Body/></s:Envelope>");
    Element assertion = (Element) envelope.getElementsByTagNameNS(Vihf.SAML, "Assertion").item(0);
    TestVihf.sign(
        assertion,
        TestPki.ORGANISATION,
        TestPki.ORGANISATION.certificate(),
        SignatureMethod.RSA_SHA256,
        DigestMethod.SHA256);

    Element header = (Element) envelope.getDocumentElement().getFirstChild();
    Element found = WsSecurityHeader.assertion(header);

    assertThat(verify(found).rpps().value()).isEqualTo(TestVihf.RPPS);
  }
}
