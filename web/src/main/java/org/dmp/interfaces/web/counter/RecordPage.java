package org.dmp.interfaces.web.counter;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.dmp.application.consent.RecordSettings;
import org.dmp.application.consent.RepresentativeView;
import org.dmp.application.record.FirstLogin;
import org.dmp.application.record.RecordView;
import org.dmp.application.record.Records;
import org.dmp.domain.account.Contact;
import org.dmp.domain.record.ClosureReason;
import org.dmp.domain.record.Record;
import org.dmp.domain.record.RecordId;
import org.dmp.domain.record.RecordStatus;
import org.dmp.domain.shared.DmpException;
import org.dmp.interfaces.web.letter.LetterContent;
import org.dmp.interfaces.web.session.CurrentUser;
import org.dmp.interfaces.web.shared.PageMessages;

/**
 * A patient's record at the counter ({@code dossier.xhtml?id=}): its state (never its documents),
 * the letters waiting to be printed, and the counter's acts on it: close (after confirmation, with
 * the purge date), reactivate, renew the online account's credentials, legal representatives. The
 * record id, not the NIR, travels in the address.
 */
@Named
@ViewScoped
public class RecordPage implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final ZoneId FRANCE = ZoneId.of("Europe/Paris");
  private static final CounterDates DATES = new CounterDates();

  @Inject transient Records records;
  @Inject transient Clock clock;
  @Inject transient RecordSettings settings;
  @Inject CurrentUser user;
  @Inject PendingLetters letters;
  @Inject transient PageMessages messages;

  private String id;
  private RecordView record;
  private List<RepresentativeView> representatives = List.of();

  private ClosureReason reason;
  private String comment;
  private boolean closeConfirmed;
  private String renewEmail;
  private String representativeName;
  private String representativeEmail;
  private String representativePhone;

  static String outcome(RecordId id) {
    return "/guichet/dossier.xhtml?faces-redirect=true&id=" + id.value();
  }

  /** Keeps a letter in the agent's session, to print from the record's page. */
  static void keepLetter(
      PendingLetters letters,
      CurrentUser user,
      RecordView record,
      FirstLogin firstLogin,
      String recipient) {
    letters.keep(
        record.id().value().toString(),
        recipient,
        LetterContent.of(record, firstLogin, LocalDate.now(FRANCE), openedBy(user)));
  }

  /** The counter or pharmacy as the patient will recognise it on the letter. */
  private static String openedBy(CurrentUser user) {
    return user.getOrganisation() == null ? user.getDisplayName() : user.getOrganisation();
  }

  /** Loads the record named in the address; a wrong address says how to find the patient. */
  public void load() {
    if (record != null) {
      return;
    }
    try {
      reload(RecordId.parse(id));
    } catch (DmpException refused) {
      messages.error(refused);
    } catch (RuntimeException malformed) {
      messages.error(
          "Adresse de dossier invalide : recherchez le patient par son NIR.",
          "Invalid record address: search the patient by their NIR.");
    }
  }

  private void reload(RecordId recordId) {
    record = records.get(CounterCaller.of(user), recordId);
    representatives =
        isAgent() && record.status() != RecordStatus.CLOSED
            ? settings.representatives(CounterCaller.of(user), recordId)
            : List.of();
  }

  public String close() {
    if (!closeConfirmed) {
      messages.fieldError(
          "closing:confirm",
          "Cochez la case pour confirmer la fermeture du dossier.",
          "Tick the box to confirm the record's closure.");
      return null;
    }
    if (reason == null) {
      messages.fieldError(
          "closing:reason",
          "Choisissez le motif de la fermeture.",
          "Choose the reason for the closure.");
      return null;
    }
    try {
      record = records.close(CounterCaller.of(user), record.id(), reason, comment);
      messages.info(
          "Dossier fermé. Il sera supprimé le "
              + DATES.instant(record.purgeDueAt())
              + " s'il n'est pas réactivé.",
          "Record closed. It will be deleted on "
              + DATES.instant(record.purgeDueAt())
              + " unless reactivated.");
      reload(record.id());
    } catch (DmpException refused) {
      messages.error(refused);
    }
    closeConfirmed = false;
    return null;
  }

  public String reactivate() {
    try {
      record = records.reactivate(CounterCaller.of(user), record.id());
      reload(record.id());
      messages.info("Dossier réactivé.", "Record reactivated.");
    } catch (DmpException refused) {
      messages.error(refused);
    }
    return null;
  }

  /** A new letter for the patient: the old secret or password stops working at once. */
  public String renew() {
    try {
      Contact contact =
          renewEmail == null || renewEmail.isBlank() ? null : new Contact(renewEmail, null);
      FirstLogin renewed = records.renewCredentials(CounterCaller.of(user), record.id(), contact);
      renewEmail = null;
      keepLetter(letters, user, record, renewed, "patient");
      messages.info(
          "Nouveaux identifiants créés ; le compte est débloqué. Imprimez le nouveau courrier et"
              + " remettez-le au patient : l'ancien mot de passe ne fonctionne plus.",
          "New credentials created; the account is unlocked. Print the new letter and hand it to"
              + " the patient: the old password no longer works.");
    } catch (DmpException refused) {
      messages.error("renewing:email", refused);
    }
    return null;
  }

  public String getRenewEmail() {
    return renewEmail;
  }

  public void setRenewEmail(String renewEmail) {
    this.renewEmail = renewEmail;
  }

  public String addRepresentative() {
    if (representativeName == null || representativeName.isBlank()) {
      messages.fieldError(
          "representative:name",
          "Saisissez le nom et le prénom du représentant légal.",
          "Type the legal representative's name and first name.");
      return null;
    }
    Contact contact;
    try {
      contact = new Contact(representativeEmail, representativePhone);
    } catch (DmpException wrong) {
      messages.error(
          wrong.code().equals("CONTACT_PHONE") ? "representative:phone" : "representative:email",
          wrong);
      return null;
    }
    try {
      FirstLogin account =
          settings.addRepresentativeWithAccount(
              CounterCaller.of(user), record.id(), representativeName, contact);
      letters.keep(
          record.id().value().toString(),
          representativeName.strip(),
          new LetterContent(
              "",
              representativeName.strip(),
              account.login(),
              account.initialSecret(),
              LetterContent.configuredPortalUrl(),
              LocalDate.now(FRANCE),
              openedBy(user)));
      messages.info(
          "Représentant légal enregistré, avec son compte en ligne : imprimez son courrier.",
          "Legal representative recorded, with their online account: print their letter.");
      representativeName = null;
      representativeEmail = null;
      representativePhone = null;
      reload(record.id());
    } catch (DmpException refused) {
      messages.error(refused);
    }
    return null;
  }

  public String removeRepresentative(String representativeId) {
    try {
      settings.removeRepresentative(CounterCaller.of(user), record.id(), representativeId);
      messages.info("Représentant légal retiré.", "Legal representative removed.");
      reload(record.id());
    } catch (DmpException refused) {
      messages.error(refused);
    }
    return null;
  }

  /** The letters of this record waiting to be printed: token → for whom. */
  public Map<String, String> getLetters() {
    return record == null ? Map.of() : letters.forRecord(record.id().value().toString());
  }

  /** The purge date a closure now would set, shown before confirming. */
  public String getPurgeDateIfClosedToday() {
    return DATES.instant(clock.instant().atZone(FRANCE).plus(Record.RETENTION).toInstant());
  }

  public boolean isAgent() {
    return !CounterCaller.isPharmacist(user);
  }

  public ClosureReason[] getReasons() {
    return ClosureReason.values();
  }

  public RecordView getRecord() {
    return record;
  }

  public List<RepresentativeView> getRepresentatives() {
    return representatives;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public ClosureReason getReason() {
    return reason;
  }

  public void setReason(ClosureReason reason) {
    this.reason = reason;
  }

  public String getComment() {
    return comment;
  }

  public void setComment(String comment) {
    this.comment = comment;
  }

  public boolean isCloseConfirmed() {
    return closeConfirmed;
  }

  public void setCloseConfirmed(boolean closeConfirmed) {
    this.closeConfirmed = closeConfirmed;
  }

  public String getRepresentativeName() {
    return representativeName;
  }

  public void setRepresentativeName(String representativeName) {
    this.representativeName = representativeName;
  }

  public String getRepresentativeEmail() {
    return representativeEmail;
  }

  public void setRepresentativeEmail(String representativeEmail) {
    this.representativeEmail = representativeEmail;
  }

  public String getRepresentativePhone() {
    return representativePhone;
  }

  public void setRepresentativePhone(String representativePhone) {
    this.representativePhone = representativePhone;
  }
}
