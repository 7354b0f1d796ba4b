package org.dmp.infrastructure.assertion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.dmp.infrastructure.assertion.TestVihf.NOW;

import org.dmp.domain.professional.Rpps;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * XML signature wrapping: a forged assertion that tries to borrow a genuine signature. The genuine
 * assertion is signed for one professional; the forgery names another.
 */
class SignatureWrappingTest {

  private static final String INTRUDER = "8" + Rpps.withCheckDigit("1999999999").value();

  private final AssertionVerifier verifier =
      new AssertionVerifier(AssertionVerifier.Settings.defaults());

  private InvalidAssertionException refusal(Element assertion) {
    return catchThrowableOfType(
        InvalidAssertionException.class,
        () -> verifier.verify(assertion, TestPki.ORGANISATION.certificate(), NOW));
  }

  /** A forged assertion with {@code id}, for the intruder, unsigned, in the genuine's document. */
  private static Element forgery(Element genuine, String id) {
    TestVihf forged = new TestVihf();
    forged.id = id;
    forged.nameId = INTRUDER;
    Document document = genuine.getOwnerDocument();
    return (Element) document.importNode(forged.unsigned(), true);
  }

  private static Element signatureOf(Element assertion) {
    return (Element) assertion.getElementsByTagNameNS(Vihf.DSIG, "Signature").item(0);
  }

  private static Element advice(Element assertion) {
    Element advice = assertion.getOwnerDocument().createElementNS(Vihf.SAML, "saml2:Advice");
    Element conditions =
        (Element) assertion.getElementsByTagNameNS(Vihf.SAML, "Conditions").item(0);
    assertion.insertBefore(advice, conditions.getNextSibling());
    return advice;
  }

  @Test
  void theGenuineSignatureMovedIntoAForgeryWithTheSameIdIsRefused() {
    TestVihf genuine = new TestVihf();
    Element signed = genuine.signed();
    Element forged = forgery(signed, genuine.id);
    // the forgery takes the signature, and hides the genuine assertion in its Advice
    Element signature = signatureOf(signed);
    forged.insertBefore(signature, forged.getFirstChild().getNextSibling());
    advice(forged).appendChild(signed);

    InvalidAssertionException refusal = refusal(forged);

    assertThat(refusal.code()).isEqualTo(InvalidAssertionException.SIGNATURE);
    assertThat(refusal.english()).contains("another element carries the assertion's id");
  }

  @Test
  void aForgeryWithItsOwnIdBorrowingTheGenuineSignatureIsRefused() {
    TestVihf genuine = new TestVihf();
    Element signed = genuine.signed();
    Element forged = forgery(signed, "_forged");
    forged.insertBefore(
        signatureOf(signed).cloneNode(true), forged.getFirstChild().getNextSibling());
    advice(forged).appendChild(signed);

    InvalidAssertionException refusal = refusal(forged);

    assertThat(refusal.code()).isEqualTo(InvalidAssertionException.SIGNATURE);
    assertThat(refusal.english()).contains("URI=\"#_forged\"");
  }

  @Test
  void aForgeryCarryingTheSignedAssertionInsideIsStillUnsigned() {
    TestVihf genuine = new TestVihf();
    Element signed = genuine.signed();
    Element forged = forgery(signed, "_forged");
    advice(forged).appendChild(signed);

    assertThat(refusal(forged).english()).contains("ds:Signature expected");
  }

  @Test
  void aSecondAssertionWithTheSameIdInTheSecurityHeaderIsRefused() {
    TestVihf genuine = new TestVihf();
    Element signed = genuine.signed();
    Document envelope =
        TestVihf.parse(
            "<s:Header xmlns:s=\"http://www.w3.org/2003/05/soap-envelope\"><wsse:Security"
                + " xmlns:wsse=\""
                + Vihf.WSSE
                + "\"/></s:Header>");
    Element security = (Element) envelope.getDocumentElement().getFirstChild();
    security.appendChild(envelope.importNode(forgery(signed, genuine.id), true));
    security.appendChild(envelope.importNode(signed, true));

    InvalidAssertionException refusal =
        catchThrowableOfType(
            InvalidAssertionException.class,
            () -> WsSecurityHeader.assertion(envelope.getDocumentElement()));

    assertThat(refusal.code()).isEqualTo(InvalidAssertionException.MALFORMED);
  }
}
