package org.dmp.interfaces.web.portal;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dmp.application.consent.Consents;
import org.dmp.application.consent.ProfessionalAccessView;
import org.dmp.application.consent.RecordSettings;
import org.dmp.application.professional.ProfessionalView;
import org.dmp.application.professional.Professionals;
import org.dmp.application.record.RecordView;
import org.dmp.application.record.Records;
import org.dmp.domain.policy.AuthorizationStatus;
import org.dmp.domain.professional.Rpps;
import org.dmp.domain.record.ClosureReason;
import org.dmp.domain.record.Record;
import org.dmp.domain.record.RecordStatus;
import org.dmp.domain.shared.DmpException;
import org.dmp.interfaces.web.session.Locales;
import org.dmp.interfaces.web.shared.PageMessages;

/**
 * The "Record management" tab: who may see the record (authorized professionals, treating
 * physician, blocked professionals), the emergency settings, closing and reactivating. Every act is
 * a call to {@link Consents}, {@link RecordSettings} or {@link Records}: the access policy decides
 * as for any channel. View-scoped so that a directory search's results stay for the block buttons.
 */
@Named
@ViewScoped
public class ManagementPage implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final String SELF = "/portail/gestion.xhtml?faces-redirect=true";
  private static final ZoneId FRANCE = ZoneId.of("Europe/Paris");
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  /** The reasons a patient or representative gives (a death is recorded at a counter). */
  private static final List<ClosureReason> REASONS =
      List.of(ClosureReason.PATIENT_REQUEST, ClosureReason.OTHER);

  @Inject Consents consents;
  @Inject RecordSettings settings;
  @Inject Records records;
  @Inject Professionals professionals;
  @Inject PortalRecord record;
  @Inject PageMessages messages;
  @Inject Locales locales;

  private RecordView view;
  private List<Row> authorized = List.of();
  private List<Row> blocked = List.of();
  private String treatingPhysicianName;

  private String blockRpps;
  private String searchName;
  private List<ProfessionalView> found;
  private ClosureReason closureReason = ClosureReason.PATIENT_REQUEST;
  private String closureComment;
  private boolean closureConfirmed;

  /** A professional's line: their standing and how the page names them. */
  public record Row(ProfessionalAccessView access, String name, String since, String until) {}

  @PostConstruct
  void load() {
    if (!record.isPresent()) {
      return;
    }
    view = record.view();
    if (view.status() == RecordStatus.CLOSED) {
      return;
    }
    List<ProfessionalAccessView> all = consents.accesses(record.caller(), record.id());
    List<Rpps> named = new ArrayList<>(all.stream().map(ProfessionalAccessView::rpps).toList());
    named.add(view.treatingPhysician());
    Map<Rpps, ProfessionalView> names = professionals.named(record.caller(), named);
    authorized =
        all.stream()
            .filter(
                a ->
                    a.status() != AuthorizationStatus.FORBIDDEN
                        && (a.authorizedAt() != null || a.treatingRights()))
            .map(a -> row(a, names))
            .toList();
    blocked =
        all.stream()
            .filter(a -> a.status() == AuthorizationStatus.FORBIDDEN)
            .map(a -> row(a, names))
            .toList();
    Rpps treating = view.treatingPhysician();
    treatingPhysicianName =
        treating == null
            ? null
            : nameOf(treating, names.get(treating)) + " (RPPS " + treating + ")";
  }

  private Row row(ProfessionalAccessView a, Map<Rpps, ProfessionalView> names) {
    return new Row(
        a, nameOf(a.rpps(), names.get(a.rpps())), day(a.authorizedAt()), day(a.authorizedUntil()));
  }

  private String nameOf(Rpps rpps, ProfessionalView known) {
    return known == null
        ? locales.pick("Professionnel inconnu de l'annuaire", "Professional not in the directory")
        : known.displayName()
            + " — "
            + locales.pick(known.professionFrench(), known.professionEnglish());
  }

  public String revoke(String rpps) {
    return act(
        () -> consents.revoke(record.caller(), record.id(), new Rpps(rpps)),
        null,
        "L'autorisation est retirée : ce professionnel ne consulte plus votre dossier.",
        "The authorization is withdrawn: this professional no longer reads your record.");
  }

  public String withdrawTreatingRights(String rpps) {
    return act(
        () -> consents.withdrawTreatingRights(record.caller(), record.id(), new Rpps(rpps)),
        null,
        "Les droits de médecin traitant donnés à ce professionnel sont retirés.",
        "The treating physician's rights given to this professional are withdrawn.");
  }

  public String withdrawTreatingPhysician() {
    return act(
        () -> consents.declareTreatingPhysician(record.caller(), record.id(), null),
        null,
        "Vous n'avez plus de médecin traitant déclaré dans votre dossier.",
        "Your record no longer names a treating physician.");
  }

  /** Blocks the professional whose RPPS was typed. */
  public String blockTyped() {
    return act(
        () -> consents.block(record.caller(), record.id(), new Rpps(strip(blockRpps))),
        "block:rpps",
        "Ce professionnel est bloqué : il ne peut plus ni consulter ni alimenter votre dossier.",
        "This professional is blocked: they can no longer read or feed your record.");
  }

  /** Blocks a professional found in the directory. */
  public String block(String rpps) {
    return act(
        () -> consents.block(record.caller(), record.id(), new Rpps(rpps)),
        null,
        "Ce professionnel est bloqué : il ne peut plus ni consulter ni alimenter votre dossier.",
        "This professional is blocked: they can no longer read or feed your record.");
  }

  public String unblock(String rpps) {
    return act(
        () -> consents.unblock(record.caller(), record.id(), new Rpps(rpps)),
        null,
        "Ce professionnel n'est plus bloqué.",
        "This professional is no longer blocked.");
  }

  public String search() {
    try {
      found = professionals.search(record.caller(), searchName);
    } catch (DmpException refused) {
      found = null;
      messages.error("search:name", refused);
    }
    return null;
  }

  public String setBreakGlass(boolean allowed) {
    return act(
        () -> settings.allowBreakGlass(record.caller(), record.id(), allowed),
        null,
        allowed
            ? "L'accès en urgence (bris de glace) est autorisé."
            : "L'accès en urgence (bris de glace) est refusé.",
        allowed
            ? "Emergency access (break-glass) is allowed."
            : "Emergency access (break-glass) is refused.");
  }

  public String setCentre15(boolean allowed) {
    return act(
        () -> settings.allowCentre15(record.caller(), record.id(), allowed),
        null,
        allowed
            ? "L'accès du médecin régulateur du SAMU (centre 15) est autorisé."
            : "L'accès du médecin régulateur du SAMU (centre 15) est refusé.",
        allowed
            ? "Access by the SAMU regulation doctor (centre 15) is allowed."
            : "Access by the SAMU regulation doctor (centre 15) is refused.");
  }

  public String close() {
    if (!closureConfirmed) {
      // a closing is not undone by a slip: the patient ticks that they understood
      messages.fieldError(
          "close:confirm",
          "Cochez la case pour confirmer que vous voulez fermer votre dossier.",
          "Tick the box to confirm that you want to close your record.");
      return null;
    }
    return act(
        () -> records.close(record.caller(), record.id(), closureReason, closureComment),
        "close:comment",
        "Votre dossier est fermé.",
        "Your record is closed.");
  }

  public String reactivate() {
    return act(
        () -> records.reactivate(record.caller(), record.id()),
        null,
        "Votre dossier est réactivé : les professionnels autorisés peuvent de nouveau le consulter.",
        "Your record is reactivated: authorized professionals may read it again.");
  }

  private String act(Runnable call, String field, String french, String english) {
    try {
      call.run();
    } catch (DmpException refused) {
      messages.error(field, refused);
      return null;
    }
    messages.infoAfterRedirect(french, english);
    return SELF;
  }

  private static String strip(String text) {
    return text == null ? null : text.replace(" ", "").strip();
  }

  private static String day(Instant instant) {
    return instant == null ? null : DAY.format(instant.atZone(FRANCE));
  }

  public String day(LocalDate date) {
    return DAY.format(date);
  }

  /** A closure reason as the page says it. */
  public String reasonLabel(ClosureReason reason) {
    if (reason == null) {
      return "";
    }
    return switch (reason) {
      case PATIENT_REQUEST -> locales.pick("À ma demande", "At my request");
      case DECEASED -> locales.pick("Décès", "Death");
      case OTHER -> locales.pick("Autre raison (précisez-la)", "Another reason (say which)");
    };
  }

  public RecordView getView() {
    return view;
  }

  public boolean isClosed() {
    return view != null && view.status() == RecordStatus.CLOSED;
  }

  public String getClosedOn() {
    return view == null ? null : day(view.closedAt());
  }

  public String getPurgeOn() {
    return view == null ? null : day(view.purgeDueAt());
  }

  /** When the record would be purged if closed today (ten years on). */
  public String getPurgeIfClosedToday() {
    return DAY.format(LocalDate.now(FRANCE).plus(Record.RETENTION));
  }

  public List<Row> getAuthorized() {
    return authorized;
  }

  public List<Row> getBlocked() {
    return blocked;
  }

  public String getTreatingPhysicianName() {
    return treatingPhysicianName;
  }

  public List<ProfessionalView> getFound() {
    return found;
  }

  public List<ClosureReason> getReasons() {
    return REASONS;
  }

  public String getBlockRpps() {
    return blockRpps;
  }

  public void setBlockRpps(String blockRpps) {
    this.blockRpps = blockRpps;
  }

  public String getSearchName() {
    return searchName;
  }

  public void setSearchName(String searchName) {
    this.searchName = searchName;
  }

  public ClosureReason getClosureReason() {
    return closureReason;
  }

  public void setClosureReason(ClosureReason closureReason) {
    this.closureReason = closureReason;
  }

  public String getClosureComment() {
    return closureComment;
  }

  public void setClosureComment(String closureComment) {
    this.closureComment = closureComment;
  }

  public boolean isClosureConfirmed() {
    return closureConfirmed;
  }

  public void setClosureConfirmed(boolean closureConfirmed) {
    this.closureConfirmed = closureConfirmed;
  }
}
