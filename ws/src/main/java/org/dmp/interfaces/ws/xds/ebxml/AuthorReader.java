package org.dmp.interfaces.ws.xds.ebxml;

import java.util.Optional;
import org.dmp.domain.actor.Actor;
import org.dmp.domain.document.Author;
import org.dmp.domain.professional.Finess;
import org.dmp.domain.professional.Profession;
import org.dmp.domain.professional.Rpps;
import org.dmp.domain.professional.Specialty;
import org.dmp.interfaces.ws.contract.rim.ClassificationType;

/**
 * An XDS author as the CI-SIS writes it: authorPerson an XCN whose id is the RPPS (prefixed with 8,
 * the national professional identifier IDNPS) under OID 1.2.250.1.71.4.2.1; authorSpecialty a code
 * {@code G15_<profession>/<specialty>}; authorInstitution an XON with the FINESS (prefixed with 1,
 * IDNST) in its tenth component.
 */
final class AuthorReader {

  private AuthorReader() {}

  static Author read(ClassificationType c, Actor submitter) {
    String person =
        Rim.firstSlot(c, "authorPerson")
            .orElseThrow(() -> new IllegalArgumentException("authorPerson"));
    String[] xcn = Hl7.components(person);
    String id = Hl7.component(xcn, 0);
    String name = (Hl7.component(xcn, 2) + " " + Hl7.component(xcn, 1)).strip();
    Rpps rpps = new Rpps(id.length() == 12 && id.startsWith("8") ? id.substring(1) : id);
    Optional<String[]> specialty =
        Rim.firstSlot(c, "authorSpecialty").map(s -> s.split("\\^")[0].split("/"));
    Optional<Profession> profession =
        specialty
            .filter(s -> s[0].startsWith("G15_"))
            .map(s -> Profession.ofCode(s[0].substring(4)));
    Specialty spec =
        specialty
            .filter(s -> s.length > 1 && !s[1].isBlank())
            .map(s -> new Specialty(s[1]))
            .orElse(null);
    String[] xon = Rim.firstSlot(c, "authorInstitution").map(Hl7::components).orElse(new String[0]);
    String finessValue = Hl7.component(xon, 9);
    String shownName = name.isBlank() ? rpps.value() : name;
    Finess finess =
        finessValue.isBlank()
            ? null
            : new Finess(finessValue.length() == 10 ? finessValue.substring(1) : finessValue);
    String organisation = Hl7.component(xon, 0).isBlank() ? null : Hl7.component(xon, 0);
    return profession.isPresent()
        ? Author.professional(rpps, shownName, profession.get(), spec, finess, organisation)
        : Author.professionalSubmitting(rpps, shownName, spec, finess, organisation, submitter);
  }

  /** The XCN of a professional author, as queries return it. */
  static String person(Author a) {
    return "8" + a.id() + "^" + a.name() + "^^^^^^^&" + Vocabulary.RPPS_OID + "&ISO^D^^^IDNPS";
  }

  static String specialty(Author a) {
    return "G15_"
        + (a.profession() == null ? "" : a.profession().code())
        + (a.specialty() == null ? "" : "/" + a.specialty().code())
        + "^^1.2.250.1.213.1.1.4.5";
  }

  static String institution(Author a) {
    return (a.organisationName() == null ? "" : a.organisationName())
        + "^^^^^&"
        + Vocabulary.FINESS_OID
        + "&ISO^IDNST^^^1"
        + a.finess();
  }
}
