package org.dmp.infrastructure.assertion;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.xml.XMLConstants;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * The assertions already verified, by their exact content and the certificate they were verified
 * against: practice software sends the same VIHF with every call for as long as it is valid, and
 * verifying its signature again each time was the largest part of the server's work per call.
 *
 * <p>Safe because everything checked but time is a function of those bytes, that certificate and
 * the verifier's fixed settings: the key covers all the bytes are made of, so one changed byte is
 * another key, and goes through every check. The validity window is checked again on every use; an
 * entry is dropped once expired, and the whole cache when it is full (bounded memory; the next
 * calls verify again).
 */
final class VerifiedAssertions {

  /** What a verification established, but for the time check. */
  record Verified(AssertionConditions.Window window, AssertedProfessional professional) {}

  private final int capacity;
  private final Map<String, Verified> verified = new ConcurrentHashMap<>();

  VerifiedAssertions(int capacity) {
    this.capacity = capacity;
  }

  /**
   * The key of {@code assertion} from {@code certificate}: a digest of everything its standalone
   * serialization is made of (every node's kind, namespace, prefix, name and value, attributes
   * sorted, and the namespace declarations it inherits), read straight from the DOM. Two elements
   * with one key serialize to the same bytes; computing it costs a walk, not a serialization.
   */
  static String key(Element assertion, X509Certificate certificate) {
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      for (Node n = assertion.getParentNode(); n instanceof Element e; n = n.getParentNode()) {
        for (Attr a : sortedAttributes(e)) {
          if (XMLConstants.XMLNS_ATTRIBUTE_NS_URI.equals(a.getNamespaceURI())) {
            put(sha256, 'N', a.getName(), a.getValue());
          }
        }
      }
      walk(assertion, sha256);
      sha256.update((byte) 0);
      sha256.update(certificate.getEncoded());
      return HexFormat.of().formatHex(sha256.digest());
    } catch (NoSuchAlgorithmException | java.security.cert.CertificateEncodingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void walk(Node node, MessageDigest sha256) {
    switch (node.getNodeType()) {
      case Node.ELEMENT_NODE -> {
        put(sha256, 'E', node.getNamespaceURI(), node.getNodeName());
        for (Attr a : sortedAttributes((Element) node)) {
          put(sha256, 'A', a.getNamespaceURI(), a.getName(), a.getValue());
        }
        for (Node c = node.getFirstChild(); c != null; c = c.getNextSibling()) {
          walk(c, sha256);
        }
        put(sha256, '/');
      }
      case Node.TEXT_NODE, Node.CDATA_SECTION_NODE -> put(sha256, 'T', node.getNodeValue());
      case Node.PROCESSING_INSTRUCTION_NODE ->
          put(sha256, 'P', node.getNodeName(), node.getNodeValue());
      case Node.COMMENT_NODE -> put(sha256, 'C', node.getNodeValue());
      // nothing else belongs in a parsed assertion (entity references cannot occur: DTDs are
      // refused); refusing to key it keeps the cache from ever vouching for what it cannot tell
      default ->
          throw new IllegalArgumentException(
              "unexpected node in an assertion: type " + node.getNodeType());
    }
  }

  private static List<Attr> sortedAttributes(Element e) {
    NamedNodeMap attributes = e.getAttributes();
    List<Attr> sorted = new ArrayList<>(attributes.getLength());
    for (int i = 0; i < attributes.getLength(); i++) {
      sorted.add((Attr) attributes.item(i));
    }
    sorted.sort(Comparator.comparing(Attr::getName));
    return sorted;
  }

  /** A tag and strings, each length-prefixed (null distinct from empty): no two inputs collide. */
  private static void put(MessageDigest sha256, char tag, String... values) {
    sha256.update((byte) tag);
    for (String v : values) {
      if (v == null) {
        sha256.update(new byte[] {-1, -1, -1, -1});
      } else {
        byte[] b = v.getBytes(StandardCharsets.UTF_8);
        sha256.update(
            new byte[] {
              (byte) (b.length >>> 24),
              (byte) (b.length >>> 16),
              (byte) (b.length >>> 8),
              (byte) b.length
            });
        sha256.update(b);
      }
    }
  }

  Verified get(String key, Instant now) {
    Verified v = verified.get(key);
    if (v != null && !now.isBefore(v.window().end())) {
      verified.remove(key);
      return null;
    }
    return v;
  }

  void put(String key, Verified v) {
    if (verified.size() >= capacity) {
      verified.clear();
    }
    verified.put(key, v);
  }

  int size() {
    return verified.size();
  }
}
