package org.dmp.infrastructure.assertion;

import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Set;
import javax.xml.crypto.MarshalException;
import javax.xml.crypto.dsig.CanonicalizationMethod;
import javax.xml.crypto.dsig.DigestMethod;
import javax.xml.crypto.dsig.Transform;
import javax.xml.crypto.dsig.XMLSignature;
import javax.xml.crypto.dsig.XMLSignatureException;
import javax.xml.crypto.dsig.XMLSignatureFactory;
import javax.xml.crypto.dsig.dom.DOMValidateContext;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.NodeList;

/**
 * The enveloped XML signature of an assertion: made with the organisation's key, over the whole
 * assertion and nothing else, with strong algorithms only. Works on a freshly parsed assertion that
 * is its document's root (see {@link SecureXml#reparse}).
 *
 * <p>Signature wrapping is ruled out by construction: the only signature considered is a direct
 * child of the assertion, its single reference must be {@code #} + the assertion's own ID, the ID
 * is registered on the assertion only, and no other element of the document may carry the same id
 * value, so the signed element can only be the assertion whose content is then read.
 */
final class AssertionSignature {

  private static final Set<String> SIGNATURE_METHODS =
      Set.of(
          "http://www.w3.org/2001/04/xmldsig-more#rsa-sha256",
          "http://www.w3.org/2001/04/xmldsig-more#rsa-sha384",
          "http://www.w3.org/2001/04/xmldsig-more#rsa-sha512",
          "http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha256",
          "http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha384",
          "http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha512");
  private static final Set<String> DIGEST_METHODS =
      Set.of(DigestMethod.SHA256, DigestMethod.SHA384, DigestMethod.SHA512);

  private AssertionSignature() {}

  static void verify(Element assertion, X509Certificate organisation) {
    String id = assertion.getAttributeNS(null, "ID");
    Element signatureElement = onlySignature(assertion);
    requireUniqueId(assertion, id);
    requireStrongAlgorithms(signatureElement, id);
    DOMValidateContext context =
        new DOMValidateContext(OrganisationCertificate.key(organisation), signatureElement);
    context.setIdAttributeNS(assertion, null, "ID");
    context.setProperty("org.jcp.xml.dsig.secureValidation", Boolean.TRUE);
    try {
      XMLSignature signature =
          XMLSignatureFactory.getInstance("DOM").unmarshalXMLSignature(context);
      OrganisationCertificate.requireNamed(signature, organisation);
      if (!signature.validate(context)) {
        throw whyInvalid(signature, context);
      }
    } catch (MarshalException | XMLSignatureException e) {
      throw InvalidAssertionException.signature(
          "signature XML illisible ou invalide : " + e.getMessage(),
          "unreadable or invalid XML signature: " + e.getMessage());
    }
  }

  private static Element onlySignature(Element assertion) {
    List<Element> signatures = Dom.children(assertion, Vihf.DSIG, "Signature");
    if (signatures.size() != 1) {
      throw InvalidAssertionException.signature(
          "une et une seule ds:Signature enveloppée attendue dans saml2:Assertion (trouvées : "
              + signatures.size()
              + ")",
          "exactly one enveloped ds:Signature expected in saml2:Assertion (found: "
              + signatures.size()
              + ")");
    }
    return signatures.get(0);
  }

  /** No other element may answer to the assertion's id: the reference must be unambiguous. */
  private static void requireUniqueId(Element assertion, String id) {
    NodeList all = assertion.getOwnerDocument().getElementsByTagNameNS("*", "*");
    for (int i = 0; i < all.getLength(); i++) {
      Element e = (Element) all.item(i);
      NamedNodeMap attributes = e.getAttributes();
      for (int j = 0; e != assertion && j < attributes.getLength(); j++) {
        Attr a = (Attr) attributes.item(j);
        String name = a.getLocalName() == null ? a.getName() : a.getLocalName();
        if (name.equalsIgnoreCase("id") && a.getValue().strip().equals(id)) {
          throw InvalidAssertionException.signature(
              "un autre élément porte l'identifiant " + id + " de l'assertion",
              "another element carries the assertion's id " + id);
        }
      }
    }
  }

  /**
   * Checked on the DOM, before the JDK reads the signature, so that a vendor learns which algorithm
   * is refused rather than a generic secure-validation error.
   */
  private static void requireStrongAlgorithms(Element signature, String id) {
    Element info = Dom.child(signature, Vihf.DSIG, "SignedInfo");
    String c14n = algorithm(info, "CanonicalizationMethod");
    if (!CanonicalizationMethod.EXCLUSIVE.equals(c14n)) {
      throw weak("CanonicalizationMethod", c14n);
    }
    String method = algorithm(info, "SignatureMethod");
    if (!SIGNATURE_METHODS.contains(method)) {
      throw weak("SignatureMethod", method);
    }
    List<Element> references = Dom.children(info, Vihf.DSIG, "Reference");
    if (references.size() != 1
        || !("#" + id).equals(references.get(0).getAttributeNS(null, "URI"))) {
      throw InvalidAssertionException.signature(
          "la signature doit avoir une seule référence, URI=\"#" + id + "\" (l'assertion entière)",
          "the signature must have one reference, URI=\"#" + id + "\" (the whole assertion)");
    }
    Element reference = references.get(0);
    String digest = algorithm(reference, "DigestMethod");
    if (!DIGEST_METHODS.contains(digest)) {
      throw weak("DigestMethod", digest);
    }
    Element transforms = Dom.child(reference, Vihf.DSIG, "Transforms");
    List<String> algorithms =
        transforms == null
            ? List.of()
            : Dom.children(transforms, Vihf.DSIG, "Transform").stream()
                .map(t -> t.getAttributeNS(null, "Algorithm"))
                .toList();
    if (!algorithms.equals(List.of(Transform.ENVELOPED))
        && !algorithms.equals(List.of(Transform.ENVELOPED, CanonicalizationMethod.EXCLUSIVE))) {
      throw InvalidAssertionException.signature(
          "transformations attendues : enveloped-signature puis xml-exc-c14n#",
          "expected transforms: enveloped-signature then xml-exc-c14n#");
    }
  }

  private static String algorithm(Element parent, String name) {
    Element element = parent == null ? null : Dom.child(parent, Vihf.DSIG, name);
    return element == null ? null : element.getAttributeNS(null, "Algorithm");
  }

  private static InvalidAssertionException weak(String what, String algorithm) {
    return InvalidAssertionException.signature(
        what + " " + algorithm + " refusé : RSA ou ECDSA avec SHA-256 (ou plus) et c14n exclusive",
        what
            + " "
            + algorithm
            + " refused: RSA or ECDSA with SHA-256 (or stronger), exclusive c14n");
  }

  private static InvalidAssertionException whyInvalid(
      XMLSignature signature, DOMValidateContext context) throws XMLSignatureException {
    if (!signature.getSignatureValue().validate(context)) {
      return InvalidAssertionException.signature(
          "SignatureValue invalide : l'assertion n'a pas été signée avec la clé de ce certificat",
          "invalid SignatureValue: the assertion was not signed with this certificate's key");
    }
    return InvalidAssertionException.signature(
        "empreinte (DigestValue) invalide : l'assertion a été modifiée après sa signature",
        "invalid DigestValue: the assertion was modified after it was signed");
  }
}
