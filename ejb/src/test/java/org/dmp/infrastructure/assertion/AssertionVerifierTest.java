package org.dmp.infrastructure.assertion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.dmp.infrastructure.assertion.TestVihf.NOW;

import java.security.cert.X509Certificate;
import javax.xml.crypto.dsig.DigestMethod;
import javax.xml.crypto.dsig.SignatureMethod;
import org.dmp.domain.actor.AccessMode;
import org.dmp.domain.actor.ActorKind;
import org.dmp.domain.actor.Caller;
import org.dmp.domain.actor.Channel;
import org.dmp.domain.professional.Finess;
import org.dmp.domain.professional.Profession;
import org.dmp.domain.professional.Rpps;
import org.dmp.domain.professional.Specialty;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/** What the verifier accepts, and each reason it refuses, one at a time. */
class AssertionVerifierTest {

  private final AssertionVerifier verifier =
      new AssertionVerifier(AssertionVerifier.Settings.defaults());
  private final TestVihf vihf = new TestVihf();

  private AssertedProfessional verify(Element assertion) {
    return verifier.verify(assertion, TestPki.ORGANISATION.certificate(), NOW);
  }

  private InvalidAssertionException refusal(Element assertion, X509Certificate organisation) {
    return catchThrowableOfType(
        InvalidAssertionException.class, () -> verifier.verify(assertion, organisation, NOW));
  }

  private InvalidAssertionException refusal(Element assertion) {
    return refusal(assertion, TestPki.ORGANISATION.certificate());
  }

  @Test
  void aValidAssertionGivesTheProfessionalWithEveryAttributeMapped() {
    AssertedProfessional professional = verify(vihf.signed());

    assertThat(professional.rpps()).isEqualTo(new Rpps(TestVihf.RPPS));
    assertThat(professional.displayName()).isEqualTo("DUPONT Jean Cardiologie");
    assertThat(professional.role().profession()).isEqualTo(Profession.DOCTOR);
    assertThat(professional.role().specialty()).isEqualTo(new Specialty("SM26"));
    assertThat(professional.role().organisation()).isEqualTo(new Finess(TestVihf.FINESS));
    assertThat(professional.organisationId()).isEqualTo("1" + TestVihf.FINESS);
    assertThat(professional.mode()).isEqualTo(AccessMode.NORMAL);
    assertThat(professional.reason()).isNull();
    assertThat(professional.softwareName()).isEqualTo("LOGICIEL TEST");
    assertThat(professional.softwareVersion()).isEqualTo("4.2.1");
    assertThat(professional.softwareApproval()).isEqualTo("DMP-2026-042");
    assertThat(professional.assertionId()).isEqualTo(vihf.id);
  }

  @Test
  void breakGlassAndItsReasonReachTheCaller() {
    vihf.purpose = "bris_de_glace";
    vihf.reason = "Patient inconscient aux urgences";

    Caller caller = verify(vihf.signed()).toCaller(Channel.SOAP);

    assertThat(caller.channel()).isEqualTo(Channel.SOAP);
    assertThat(caller.mode()).isEqualTo(AccessMode.BREAK_GLASS);
    assertThat(caller.reason()).isEqualTo("Patient inconscient aux urgences");
    assertThat(caller.actor().kind()).isEqualTo(ActorKind.PROFESSIONAL);
    assertThat(caller.actor().rpps()).isEqualTo(new Rpps(TestVihf.RPPS));
    assertThat(caller.actor().role().profession()).isEqualTo(Profession.DOCTOR);
  }

  @Test
  void centre15IsItsOwnMode() {
    vihf.purpose = "centre_15";

    assertThat(verify(vihf.signed()).mode()).isEqualTo(AccessMode.CENTRE_15);
  }

  @Test
  void anEcdsaSignatureByTheOrganisationIsAccepted() {
    vihf.issuer = "CN=CABINET EC,O=CABINET EC,C=FR";
    vihf.signatureMethod = SignatureMethod.ECDSA_SHA256;
    Element assertion = vihf.signedWith(TestPki.EC, TestPki.EC.certificate());

    assertThat(verifier.verify(assertion, TestPki.EC.certificate(), NOW).rpps().value())
        .isEqualTo(TestVihf.RPPS);
  }

  @Test
  void aMissingAssertionIsRefused() {
    assertThat(refusal(null).code()).isEqualTo(InvalidAssertionException.MISSING);
  }

  @Test
  void anAssertionWithoutTlsClientCertificateIsRefused() {
    assertThat(refusal(vihf.signed(), null).code()).isEqualTo(InvalidAssertionException.MISSING);
  }

  @Test
  void anUnsignedAssertionIsRefused() {
    InvalidAssertionException refusal = refusal(vihf.unsigned());

    assertThat(refusal.code()).isEqualTo(InvalidAssertionException.SIGNATURE);
    assertThat(refusal.french()).contains("trouvées : 0");
    assertThat(refusal.english()).contains("found: 0");
  }

  @Test
  void anAttributeChangedAfterSigningIsRefused() {
    Element assertion = vihf.signed();
    Element nameId = (Element) assertion.getElementsByTagNameNS(Vihf.SAML, "NameID").item(0);
    nameId.setTextContent("8" + Rpps.withCheckDigit("1999999999").value());

    InvalidAssertionException refusal = refusal(assertion);

    assertThat(refusal.code()).isEqualTo(InvalidAssertionException.SIGNATURE);
    assertThat(refusal.english()).contains("modified after it was signed");
  }

  @Test
  void anAssertionVerifiedOnceIsStillCheckedForTimeOnEveryCall() {
    Element assertion = vihf.signed();
    verify(assertion);

    InvalidAssertionException later =
        catchThrowableOfType(
            InvalidAssertionException.class,
            () ->
                verifier.verify(
                    assertion, TestPki.ORGANISATION.certificate(), NOW.plusSeconds(3600)));

    assertThat(later.code()).isEqualTo(InvalidAssertionException.EXPIRED);
  }

  @Test
  void aVerifiedAssertionAlteredAfterwardsIsVerifiedAgainAndRefused() {
    Element assertion = vihf.signed();
    verify(assertion);
    Element nameId = (Element) assertion.getElementsByTagNameNS(Vihf.SAML, "NameID").item(0);
    nameId.setTextContent("8" + Rpps.withCheckDigit("1999999999").value());

    assertThat(refusal(assertion).code()).isEqualTo(InvalidAssertionException.SIGNATURE);
  }

  @Test
  void aVerifiedAssertionWithAnAttributeValueAlteredAfterwardsIsVerifiedAgainAndRefused() {
    Element assertion = vihf.signed();
    verify(assertion);
    Element attribute = (Element) assertion.getElementsByTagNameNS(Vihf.SAML, "Attribute").item(0);
    attribute.setAttribute("Name", attribute.getAttribute("Name") + "x");

    assertThat(refusal(assertion).code()).isEqualTo(InvalidAssertionException.SIGNATURE);
  }

  @Test
  void theCacheKeyCoversTheNamespacesTheAssertionInherits() {
    Element assertion = vihf.signed();
    X509Certificate certificate = TestPki.ORGANISATION.certificate();
    String alone = VerifiedAssertions.key(assertion, certificate);
    Element wrapper = assertion.getOwnerDocument().createElementNS("urn:wrapper", "w:wrapper");
    wrapper.setAttributeNS("http://www.w3.org/2000/xmlns/", "xmlns:x", "urn:x");
    Element copy = (Element) assertion.cloneNode(true);
    wrapper.appendChild(copy);

    assertThat(VerifiedAssertions.key((Element) assertion.cloneNode(true), certificate))
        .isEqualTo(alone);
    assertThat(VerifiedAssertions.key(copy, certificate)).isNotEqualTo(alone);
    assertThat(VerifiedAssertions.key(assertion, TestPki.OTHER.certificate())).isNotEqualTo(alone);
  }

  @Test
  void aVerifiedAssertionPresentedOverAnotherOrganisationsConnectionIsRefused() {
    Element assertion = vihf.signed();
    verify(assertion);

    assertThat(refusal(assertion, TestPki.OTHER.certificate()).code())
        .isEqualTo(InvalidAssertionException.CERTIFICATE);
  }

  @Test
  void aSignatureByAnotherKeyIsRefused() {
    // the impostor names the organisation's certificate but signs with its own key
    Element assertion = vihf.signedWith(TestPki.OTHER, TestPki.ORGANISATION.certificate());

    InvalidAssertionException refusal = refusal(assertion);

    assertThat(refusal.code()).isEqualTo(InvalidAssertionException.SIGNATURE);
    assertThat(refusal.english()).contains("not signed with this certificate's key");
  }

  @Test
  void anAssertionSignedWithAnotherCertificateThanTheTlsOneIsRefused() {
    Element assertion = vihf.signedWith(TestPki.OTHER, TestPki.OTHER.certificate());

    assertThat(refusal(assertion).code()).isEqualTo(InvalidAssertionException.CERTIFICATE);
  }

  @Test
  void aSha1SignatureIsRefused() {
    vihf.signatureMethod = SignatureMethod.RSA_SHA1;
    vihf.digestMethod = DigestMethod.SHA1;

    InvalidAssertionException refusal = refusal(vihf.signed());

    assertThat(refusal.code()).isEqualTo(InvalidAssertionException.SIGNATURE);
    assertThat(refusal.english()).contains("rsa-sha1", "refused");
  }

  @Test
  void aSha1DigestUnderASha256SignatureIsRefused() {
    vihf.digestMethod = DigestMethod.SHA1;

    assertThat(refusal(vihf.signed()).code()).isEqualTo(InvalidAssertionException.SIGNATURE);
  }

  @Test
  void aNonSamlElementIsRefusedAsMalformed() {
    Element other = TestVihf.parse("<a ID=\"x\" Version=\"2.0\"/>").getDocumentElement();

    assertThat(refusal(other).code()).isEqualTo(InvalidAssertionException.MALFORMED);
  }
}
