package org.dmp.interfaces.web.counter;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import org.dmp.application.record.OpenedRecord;
import org.dmp.application.record.RecordView;
import org.dmp.application.record.Records;
import org.dmp.domain.account.Contact;
import org.dmp.domain.patient.IdentityTraits;
import org.dmp.domain.patient.Ins;
import org.dmp.domain.patient.InsAuthority;
import org.dmp.domain.patient.Nir;
import org.dmp.domain.patient.Sex;
import org.dmp.domain.record.RecordNotFoundException;
import org.dmp.domain.shared.DmpException;
import org.dmp.interfaces.web.session.CurrentUser;
import org.dmp.interfaces.web.shared.PageMessages;

/**
 * The agent's home page: finds a patient by NIR (key checked by the domain, as typed in the browser
 * too) and shows whether a record exists and its state, never its documents; where none exists,
 * opens one for the patient present, with their consent, and keeps the first-login letter in the
 * agent's session until it is printed.
 */
@Named
@ViewScoped
public class SearchPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient Records records;
  @Inject CurrentUser user;
  @Inject PendingLetters letters;
  @Inject transient PageMessages messages;

  private String nir;
  private String birthName;
  private String firstNames;
  private LocalDate birthDate;
  private Sex sex;
  private RecordView found;
  private Ins searched;
  private boolean notFound;

  private boolean consent;
  private boolean identityVerified;
  private String email;
  private String phone;

  /** Searches the record of the NIR typed; a record not found is an answer, not an error. */
  public String search() {
    found = null;
    notFound = false;
    searched = null;
    Ins ins = parseIns();
    if (ins == null) {
      return null;
    }
    try {
      found = records.find(CounterCaller.of(user), ins);
      searched = ins;
      if (!sameIdentity(found)) {
        messages.info(
            "Attention : les traits d'identité saisis diffèrent de ceux du dossier. Vérifiez la"
                + " pièce d'identité du patient.",
            "Warning: the identity traits typed differ from the record's. Check the patient's"
                + " identity document.");
      }
    } catch (RecordNotFoundException none) {
      searched = ins;
      notFound = true;
    } catch (DmpException refused) {
      messages.error(refused);
    }
    return null;
  }

  /**
   * Whatever was typed among the traits matches the record (a trait left empty is not compared).
   */
  private boolean sameIdentity(RecordView record) {
    return matches(birthName, record.birthName())
        && matches(firstNames, record.firstNames())
        && (birthDate == null || birthDate.equals(record.birthDate()))
        && (sex == null || sex == record.sex());
  }

  private static boolean matches(String typed, String recorded) {
    return typed == null
        || typed.isBlank()
        || recorded == null
        || typed.strip().equalsIgnoreCase(recorded.strip());
  }

  private Ins parseIns() {
    try {
      return new Ins(Nir.parse(nir), InsAuthority.NIR);
    } catch (DmpException wrong) {
      messages.error("search:nir", wrong);
      return null;
    }
  }

  /** Opens the record of the patient searched, then shows it with its letter to print. */
  public String open() {
    if (searched == null || !notFound) {
      messages.error(
          "Recherchez d'abord le patient par son NIR.", "First search the patient by their NIR.");
      return null;
    }
    boolean complete = true;
    if (!consent) {
      messages.fieldError(
          "opening:consent",
          "Le dossier ne peut être ouvert qu'avec le consentement du patient : demandez-le-lui,"
              + " puis cochez la case.",
          "A record is opened only with the patient's consent: ask for it, then tick the box.");
      complete = false;
    }
    if (!identityVerified) {
      messages.fieldError(
          "opening:identity",
          "Vérifiez l'identité du patient sur sa pièce d'identité ou sa carte Vitale, puis cochez"
              + " la case.",
          "Check the patient's identity on their identity document or Vitale card, then tick the"
              + " box.");
      complete = false;
    }
    Contact contact = contact();
    IdentityTraits identity = identity();
    if (!complete || contact == null || identity == null) {
      return null;
    }
    try {
      OpenedRecord opened =
          records.openWithFirstLogin(
              CounterCaller.of(user),
              searched,
              identity,
              CounterCaller.openingChannel(user),
              consent,
              contact);
      RecordPage.keepLetter(letters, user, opened.record(), opened.firstLogin(), "patient");
      messages.infoAfterRedirect(
          "Dossier ouvert. Imprimez maintenant le courrier de première connexion et remettez-le"
              + " au patient.",
          "Record opened. Print the first-login letter now and hand it to the patient.");
      return RecordPage.outcome(opened.record().id());
    } catch (DmpException refused) {
      messages.error(refused);
      return null;
    }
  }

  private Contact contact() {
    try {
      return new Contact(email, phone);
    } catch (DmpException wrong) {
      messages.error(
          wrong.code().equals("CONTACT_PHONE") ? "opening:phone" : "opening:email", wrong);
      return null;
    }
  }

  private IdentityTraits identity() {
    try {
      return new IdentityTraits(birthName, firstNames, null, sex, birthDate, null);
    } catch (DmpException missing) {
      if (missing.code().equals("PERSON_NAME")) {
        messages.error(missing);
        return null;
      }
      messages.error(
          "Complétez les traits d'identité de la recherche (nom de naissance, prénoms, date de"
              + " naissance, sexe) tels qu'ils figurent sur la pièce d'identité, puis ouvrez le"
              + " dossier.",
          "Fill in the identity traits of the search (birth name, first names, birth date, sex)"
              + " as on the identity document, then open the record.");
      return null;
    }
  }

  public String recordOutcome() {
    return found == null ? null : RecordPage.outcome(found.id());
  }

  public boolean isPharmacist() {
    return CounterCaller.isPharmacist(user);
  }

  public Sex[] getSexes() {
    return Sex.values();
  }

  public RecordView getFound() {
    return found;
  }

  public boolean isNotFound() {
    return notFound;
  }

  public String getNir() {
    return nir;
  }

  public void setNir(String nir) {
    this.nir = nir;
  }

  public String getBirthName() {
    return birthName;
  }

  public void setBirthName(String birthName) {
    this.birthName = birthName;
  }

  public String getFirstNames() {
    return firstNames;
  }

  public void setFirstNames(String firstNames) {
    this.firstNames = firstNames;
  }

  public LocalDate getBirthDate() {
    return birthDate;
  }

  public void setBirthDate(LocalDate birthDate) {
    this.birthDate = birthDate;
  }

  public Sex getSex() {
    return sex;
  }

  public void setSex(Sex sex) {
    this.sex = sex;
  }

  public boolean isConsent() {
    return consent;
  }

  public void setConsent(boolean consent) {
    this.consent = consent;
  }

  public boolean isIdentityVerified() {
    return identityVerified;
  }

  public void setIdentityVerified(boolean identityVerified) {
    this.identityVerified = identityVerified;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }
}
