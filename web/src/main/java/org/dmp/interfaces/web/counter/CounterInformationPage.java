package org.dmp.interfaces.web.counter;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.dmp.application.information.PatientInformationView;
import org.dmp.domain.actor.Caller;
import org.dmp.domain.record.RecordId;
import org.dmp.interfaces.web.session.CurrentUser;
import org.dmp.interfaces.web.shared.PersonalInformationForms;

/**
 * The persons to notify in an emergency and the organ-donation wish, recorded at the counter for
 * the patient present (the policy lets an agent read and change this personal part, never the
 * health part: advance directives, vaccinations).
 */
@Named
@RequestScoped
public class CounterInformationPage extends PersonalInformationForms {

  @Inject RecordPage recordPage;
  @Inject CurrentUser user;

  private PatientInformationView view;

  /** Read once per request, when the page shows it (each reading is audited). */
  public PatientInformationView getView() {
    if (view == null) {
      view = information.view(caller(), recordId());
    }
    return view;
  }

  @Override
  protected Caller caller() {
    return CounterCaller.of(user);
  }

  @Override
  protected RecordId recordId() {
    return recordPage.getRecord().id();
  }

  @Override
  protected String afterSuccess() {
    return RecordPage.outcome(recordId());
  }
}
