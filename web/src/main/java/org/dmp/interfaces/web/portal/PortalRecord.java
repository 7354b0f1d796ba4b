package org.dmp.interfaces.web.portal;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.dmp.application.record.RecordView;
import org.dmp.application.record.Records;
import org.dmp.domain.actor.Caller;
import org.dmp.domain.record.RecordId;
import org.dmp.interfaces.web.session.CurrentUser;

/**
 * The record the portal shows: a patient's own; for a legal representative, the one they chose
 * among the records they represent (the first by default). Looked up once per session, then by id;
 * every tab reads it again through its own service call, so a change shows at once.
 */
@Named
@SessionScoped
public class PortalRecord implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient Records records;
  @Inject CurrentUser user;

  /** The view-map key of the record a page was shown with. */
  private static final String SHOWN = PortalRecord.class.getName() + ".shown";

  private List<RecordId> choices;
  private transient List<RecordView> views;
  private transient Object viewsRequest;
  private RecordId current;

  /** The records this person may look at (none: a patient whose record was never opened). */
  public List<RecordView> getChoices() {
    // read once per request: a page asks several times, and each reading is audited (the
    // patient's history would fill with them)
    Object request =
        jakarta.faces.context.FacesContext.getCurrentInstance() == null
            ? null
            : jakarta.faces.context.FacesContext.getCurrentInstance()
                .getExternalContext()
                .getRequest();
    if (views == null || request == null || request != viewsRequest) {
      views = records.ofCaller(caller());
      viewsRequest = request;
      choices = views.stream().map(RecordView::id).toList();
    }
    return views;
  }

  /**
   * The id of the record this page shows, or null when the person has none. A page keeps the record
   * it was shown with (in its view): a representative who switched to another child's record in
   * another tab must not post this page's form into that record.
   */
  public RecordId id() {
    if (choices == null) {
      getChoices();
    }
    if (current == null || !choices.contains(current)) {
      current = choices.isEmpty() ? null : choices.get(0);
    }
    java.util.Map<String, Object> view = viewMap();
    if (view == null || current == null) {
      return current;
    }
    Object shown = view.get(SHOWN);
    if (shown instanceof String uuid) {
      RecordId kept = new RecordId(java.util.UUID.fromString(uuid));
      if (choices.contains(kept)) {
        return kept;
      }
    }
    view.put(SHOWN, current.value().toString());
    return current;
  }

  private static java.util.Map<String, Object> viewMap() {
    jakarta.faces.context.FacesContext faces =
        jakarta.faces.context.FacesContext.getCurrentInstance();
    return faces == null || faces.getViewRoot() == null ? null : faces.getViewRoot().getViewMap();
  }

  /** The record shown, as the services give it to this caller now. */
  public RecordView view() {
    RecordId id = id();
    return id == null ? null : records.get(caller(), id);
  }

  public boolean isPresent() {
    return id() != null;
  }

  /** A representative switches to another record they represent. */
  public String choose(String id) {
    RecordId chosen = new RecordId(java.util.UUID.fromString(id));
    if (choices != null && choices.contains(chosen)) {
      current = chosen;
    }
    return "/portail/synthese.xhtml?faces-redirect=true";
  }

  public Caller caller() {
    return user.caller();
  }
}
