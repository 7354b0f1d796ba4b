package org.dmp.interfaces.web.opening;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import org.dmp.application.opening.OnlineOpenings;
import org.dmp.application.opening.OpeningConfirmation;
import org.dmp.domain.insured.IdentityClaim;
import org.dmp.domain.shared.DmpException;
import org.dmp.domain.verification.CodeCheck;
import org.dmp.interfaces.web.shared.PageMessages;

/**
 * A patient's way through the online opening, one step per page: what they typed is kept for the
 * session so that "back" shows it again; the code, once checked, waits for the password page (the
 * service checks it again when it opens the record).
 */
@Named
@SessionScoped
public class OnlineOpening implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final String IDENTITY = "/ouverture/identite.xhtml";
  private static final String CODE = "/ouverture/code.xhtml";
  private static final String PASSWORD = "/ouverture/mot-de-passe.xhtml";
  private static final String DONE = "/ouverture/termine.xhtml";

  /** How far the patient has come: each page opens only once the step before it is done. */
  public enum Step {
    IDENTITY,
    CODE,
    PASSWORD,
    DONE
  }

  @Inject transient OnlineOpenings openings;
  @Inject transient PageMessages messages;

  private Step step = Step.IDENTITY;
  private String nir;
  private String birthName;
  private String firstName;
  private LocalDate birthDate;
  private String destination;
  private String code;
  private String login;
  private transient String chosen;
  private transient String confirmation;

  /** Step 1: the identity checked, a code sent. */
  public String requestCode() {
    try {
      destination =
          openings
              .requestCode(nir, new IdentityClaim(birthName, firstName, birthDate))
              .maskedDestination();
    } catch (DmpException refused) {
      String field = refused.code().startsWith("NIR_") ? "identity:nir" : null;
      messages.error(field, refused);
      return null;
    }
    code = null;
    step = Step.CODE;
    return redirect(CODE);
  }

  /** Step 2: a new code, the earlier one no longer works. */
  public String resend() {
    try {
      destination =
          openings
              .requestCode(nir, new IdentityClaim(birthName, firstName, birthDate))
              .maskedDestination();
      messages.info("Un nouveau code vient d'être envoyé.", "A new code has just been sent.");
    } catch (DmpException refused) {
      messages.error(refused);
    }
    return null;
  }

  /** Step 2: the code checked (not used yet: the password comes first). */
  public String checkCode() {
    CodeCheck check;
    try {
      check = openings.checkCode(nir, code);
    } catch (DmpException refused) {
      messages.error(refused);
      return null;
    }
    if (!check.accepted()) {
      code = null;
      messages.fieldError("code:value", check.french(), check.english());
      return null;
    }
    step = Step.PASSWORD;
    return redirect(PASSWORD);
  }

  /** Step 3: the password chosen, the record and the account opened. */
  public String confirm() {
    if (chosen == null || !chosen.equals(confirmation)) {
      messages.fieldError(
          "password:confirmation",
          "Les deux saisies du mot de passe sont différentes : saisissez-le deux fois à"
              + " l'identique.",
          "The two entries of the password differ: type it twice the same way.");
      return null;
    }
    OpeningConfirmation done;
    try {
      done = openings.confirm(nir, code, chosen);
    } catch (DmpException refused) {
      messages.error(refused.code().startsWith("PASSWORD_") ? "password:chosen" : null, refused);
      return null;
    }
    if (!done.opened()) {
      // the code expired or was replaced while the password was being chosen
      code = null;
      step = Step.CODE;
      messages.error(done.check().french(), done.check().english());
      keepMessages();
      return redirect(CODE);
    }
    login = done.login();
    nir = null;
    birthName = null;
    firstName = null;
    birthDate = null;
    code = null;
    destination = null;
    step = Step.DONE;
    return redirect(DONE);
  }

  /** Back to the step before, what was typed kept. */
  public String back() {
    step =
        switch (step) {
          case PASSWORD -> Step.CODE;
          default -> Step.IDENTITY;
        };
    return redirect(step == Step.CODE ? CODE : IDENTITY);
  }

  /** A page's guard: the patient who has not reached {@code needed} starts at step 1. */
  public String require(String needed) {
    Step wanted = Step.valueOf(needed);
    if (step == wanted) {
      return null;
    }
    if (wanted == Step.IDENTITY) {
      // a finished opening's page left behind: a new opening starts afresh
      if (step == Step.DONE) {
        login = null;
      }
      step = Step.IDENTITY;
      return null;
    }
    return redirect(IDENTITY);
  }

  private static String redirect(String page) {
    return page + "?faces-redirect=true";
  }

  private static void keepMessages() {
    FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
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

  public String getFirstName() {
    return firstName;
  }

  public void setFirstName(String firstName) {
    this.firstName = firstName;
  }

  public LocalDate getBirthDate() {
    return birthDate;
  }

  public void setBirthDate(LocalDate birthDate) {
    this.birthDate = birthDate;
  }

  public String getDestination() {
    return destination;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getLogin() {
    return login;
  }

  public String getChosen() {
    return chosen;
  }

  public void setChosen(String chosen) {
    this.chosen = chosen;
  }

  public String getConfirmation() {
    return confirmation;
  }

  public void setConfirmation(String confirmation) {
    this.confirmation = confirmation;
  }
}
