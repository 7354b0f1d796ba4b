package org.dmp.infrastructure.assertion;

import java.util.ArrayList;
import java.util.List;
import org.dmp.domain.actor.AccessMode;
import org.dmp.domain.actor.ProfessionalRole;
import org.dmp.domain.professional.Finess;
import org.dmp.domain.professional.Profession;
import org.dmp.domain.professional.Rpps;
import org.dmp.domain.professional.Specialty;
import org.dmp.domain.shared.DmpException;
import org.w3c.dom.Element;

/**
 * Reads the professional from the subject and attributes of a verified assertion (see {@link Vihf}
 * for every attribute read and its sources). Anything missing or unusable is refused with the
 * attribute's name; the domain types check the values' forms (RPPS key, FINESS, G15 code).
 */
final class VihfAttributes {

  private final List<Element> attributes = new ArrayList<>();

  private VihfAttributes(Element assertion) {
    for (Element statement : Dom.children(assertion, Vihf.SAML, "AttributeStatement")) {
      attributes.addAll(Dom.children(statement, Vihf.SAML, "Attribute"));
    }
  }

  static AssertedProfessional read(Element assertion) {
    VihfAttributes a = new VihfAttributes(assertion);
    Rpps rpps = rpps(assertion);
    String name = a.single(Vihf.SUBJECT_ID, false);
    String organisationId = a.single(Vihf.ORGANISATION, true);
    ProfessionalRole role = a.role(finess(organisationId), a.single(Vihf.ORGANISATION_NAME, false));
    AccessMode mode = a.mode();
    return new AssertedProfessional(
        rpps,
        name == null ? rpps.value() : name,
        role,
        organisationId,
        mode,
        a.single(Vihf.ACCESS_REASON, false),
        a.single(Vihf.SOFTWARE_NAME, true),
        a.single(Vihf.SOFTWARE_VERSION, true),
        a.single(Vihf.SOFTWARE_APPROVAL, false),
        assertion.getAttributeNS(null, "ID"));
  }

  /** NameID: the RPPS, or the DMP's IdNat_PS {@code 8} + RPPS. */
  private static Rpps rpps(Element assertion) {
    Element subject = Dom.child(assertion, Vihf.SAML, "Subject");
    String id = subject == null ? null : Dom.text(Dom.child(subject, Vihf.SAML, "NameID"));
    String digits =
        id != null && id.length() == 12 && id.startsWith(Vihf.RPPS_PREFIX) ? id.substring(1) : id;
    try {
      return new Rpps(digits);
    } catch (DmpException e) {
      throw InvalidAssertionException.attribute(
          "Subject/NameID",
          "« " + id + " » n'est pas un RPPS (11 chiffres) ni 8 + RPPS",
          "'" + id + "' is neither an RPPS (11 digits) nor 8 + RPPS");
    }
  }

  /** The FINESS in a Struct_IdNat {@code 1} + FINESS (or a bare FINESS), else null. */
  private static Finess finess(String organisationId) {
    String finess =
        organisationId.length() == 10 && organisationId.startsWith(Vihf.FINESS_PREFIX)
            ? organisationId.substring(1)
            : organisationId.length() == 9 ? organisationId : null;
    if (finess == null && !organisationId.matches("[0234][0-9A-Za-z/]{9,30}")) {
      throw InvalidAssertionException.attribute(
          Vihf.ORGANISATION,
          "« " + organisationId + " » n'est pas un identifiant national de structure",
          "'" + organisationId + "' is not a national organisation id (Struct_IdNat)");
    }
    try {
      return finess == null ? null : new Finess(finess);
    } catch (DmpException e) {
      throw InvalidAssertionException.attribute(
          Vihf.ORGANISATION,
          "« " + finess + " » n'est pas un numéro FINESS (9 caractères)",
          "'" + finess + "' is not a FINESS number (9 characters)");
    }
  }

  private ProfessionalRole role(Finess organisation, String organisationName) {
    String profession = null;
    String specialty = null;
    for (String[] code : codes(Vihf.ROLE, "Role")) {
      if (Profession.CODE_SYSTEM.equals(code[1])) {
        profession = onlyOne(profession, code[0], "profession (G15)");
      } else if (Specialty.CODE_SYSTEM.equals(code[1])) {
        specialty = onlyOne(specialty, code[0], "specialty");
      }
    }
    if (profession == null) {
      throw InvalidAssertionException.attribute(
          Vihf.ROLE,
          "profession attendue : Role code=… codeSystem=\"" + Profession.CODE_SYSTEM + "\"",
          "profession expected: Role code=… codeSystem=\"" + Profession.CODE_SYSTEM + "\"");
    }
    try {
      return new ProfessionalRole(
          Profession.ofCode(profession),
          specialty == null ? null : new Specialty(specialty),
          organisation,
          organisationName);
    } catch (DmpException e) {
      throw InvalidAssertionException.attribute(
          Vihf.ROLE,
          "profession « "
              + profession
              + " » (G15) ou spécialité « "
              + specialty
              + " » inconnue du DMP",
          "profession '"
              + profession
              + "' (G15) or specialty '"
              + specialty
              + "' unknown to the DMP");
    }
  }

  private static String onlyOne(String previous, String code, String what) {
    if (previous != null) {
      throw InvalidAssertionException.attribute(
          Vihf.ROLE, "une seule " + what + " attendue", "a single " + what + " expected");
    }
    return code;
  }

  private AccessMode mode() {
    List<String[]> codes = codes(Vihf.PURPOSE_OF_USE, "PurposeOfUse");
    if (codes.size() != 1) {
      throw InvalidAssertionException.attribute(
          Vihf.PURPOSE_OF_USE,
          "un et un seul PurposeOfUse attendu (normal, bris_de_glace ou centre_15)",
          "exactly one PurposeOfUse expected (normal, bris_de_glace or centre_15)");
    }
    String[] code = codes.get(0);
    boolean knownSystem = code[1] == null || Vihf.PURPOSE_OF_USE_SYSTEM.equals(code[1]);
    String value = knownSystem && code[0] != null ? code[0] : "";
    return switch (value) {
      case "normal" -> AccessMode.NORMAL;
      case "bris_de_glace" -> AccessMode.BREAK_GLASS;
      case "centre_15" -> AccessMode.CENTRE_15;
      default ->
          throw InvalidAssertionException.attribute(
              Vihf.PURPOSE_OF_USE,
              "un code parmi normal, bris_de_glace, centre_15 (TRE_R248) attendu, reçu « "
                  + code[0]
                  + " »",
              "one code of normal, bris_de_glace, centre_15 (TRE_R248) expected, got '"
                  + code[0]
                  + "'");
    };
  }

  /**
   * The {@code {code, codeSystem}} pairs of an attribute's values: {@code hl7:<element>} CE
   * elements, or text {@code code^codeSystem} (or a bare code, without system).
   */
  private List<String[]> codes(String attributeName, String element) {
    List<String[]> codes = new ArrayList<>();
    for (Element value : values(attributeName)) {
      Element ce = Dom.child(value, Vihf.HL7, element);
      if (ce != null) {
        codes.add(new String[] {Dom.attribute(ce, "code"), Dom.attribute(ce, "codeSystem")});
      } else if (Dom.text(value) != null) {
        String[] parts = Dom.text(value).split("\\^", 2);
        codes.add(new String[] {parts[0].strip(), parts.length > 1 ? parts[1].strip() : null});
      }
    }
    return codes;
  }

  /** A single-valued text attribute; several occurrences are ambiguous, hence refused. */
  private String single(String name, boolean required) {
    List<Element> values = values(name);
    String text = values.size() == 1 ? Dom.text(values.get(0)) : null;
    if (values.size() > 1 || (required && text == null)) {
      throw InvalidAssertionException.attribute(
          name,
          values.size() > 1 ? "plusieurs valeurs" : "absent ou vide",
          values.size() > 1 ? "several values" : "missing or empty");
    }
    return text;
  }

  private List<Element> values(String name) {
    List<Element> values = new ArrayList<>();
    for (Element attribute : attributes) {
      if (Vihf.sameName(Dom.attribute(attribute, "Name"), name)) {
        values.addAll(Dom.children(attribute, Vihf.SAML, "AttributeValue"));
      }
    }
    return values;
  }
}
