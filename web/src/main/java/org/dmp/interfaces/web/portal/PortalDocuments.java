package org.dmp.interfaces.web.portal;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.dmp.application.document.Documents;
import org.dmp.domain.content.ContentLimit;
import org.dmp.domain.document.AvailabilityStatus;
import org.dmp.domain.document.EntryUuid;
import org.dmp.domain.document.PatientCategory;
import org.dmp.domain.document.VisibilityChange;
import org.dmp.domain.shared.DmpException;
import org.dmp.interfaces.web.shared.PageMessages;

/**
 * The Documents tab: the record's documents the caller may see (the services decide), in the
 * patient's folders; adding one's own document, hiding a document from professionals or showing it
 * again, deleting what one added.
 */
@Named
@ViewScoped
public class PortalDocuments implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject PortalRecord portal;
  @Inject transient Documents documents;
  @Inject transient ContentLimit limit;
  @Inject transient PageMessages messages;

  private transient Part file;
  private String title;
  private transient List<Folder> folders;

  /** A folder and its documents, newest first. */
  public record Folder(PatientCategory category, List<DocumentRow> documents) {

    public String getId() {
      return category.code();
    }

    public PatientCategory getCategory() {
      return category;
    }

    public List<DocumentRow> getDocuments() {
      return documents;
    }
  }

  /** The folders that hold documents, in the portal's order. */
  public List<Folder> getFolders() {
    if (folders == null) {
      folders = load();
    }
    return folders;
  }

  private List<Folder> load() {
    if (!portal.isPresent()) {
      return List.of();
    }
    try {
      Map<PatientCategory, List<DocumentRow>> byCategory = new EnumMap<>(PatientCategory.class);
      documents.list(portal.caller(), portal.id()).stream()
          .map(DocumentRow::new)
          .filter(DocumentRow::shown)
          .forEach(
              row ->
                  byCategory
                      .computeIfAbsent(row.getCategory(), c -> new java.util.ArrayList<>())
                      .add(row));
      return byCategory.entrySet().stream().map(e -> new Folder(e.getKey(), e.getValue())).toList();
    } catch (DmpException refused) {
      messages.error(refused);
      return List.of();
    }
  }

  /** Adds the chosen file as one of the patient's own documents. */
  public String upload() {
    if (file == null || file.getSize() == 0) {
      messages.fieldError(
          "upload:file",
          "Choisissez un fichier (PDF, JPEG ou PNG) sur votre ordinateur",
          "Choose a file (PDF, JPEG or PNG) on your computer");
      return null;
    }
    if (file.getSize() > limit.maxBytes()) {
      // told before reading it: the service would refuse it as well (ContentLimit)
      messages.fieldError(
          "upload:file",
          "Ce fichier est trop volumineux ("
              + megabytes(file.getSize())
              + " Mo) : "
              + megabytes(limit.maxBytes())
              + " Mo au plus. Réduisez-le ou choisissez-en un autre.",
          "This file is too large ("
              + megabytes(file.getSize())
              + " MB): "
              + megabytes(limit.maxBytes())
              + " MB at most. Make it smaller or choose another one.");
      return null;
    }
    try (InputStream in = file.getInputStream()) {
      byte[] content = in.readNBytes((int) limit.maxBytes() + 1);
      documents.deposit(portal.caller(), portal.id(), title, content);
    } catch (IOException unreadable) {
      messages.fieldError(
          "upload:file",
          "Le fichier n'a pas pu être lu : envoyez-le à nouveau",
          "The file could not be read: send it again");
      return null;
    } catch (DmpException refused) {
      messages.error(
          refused.code().startsWith("DEPOSIT_TITLE") ? "upload:title" : "upload:file", refused);
      return null;
    }
    messages.infoAfterRedirect(
        "Votre document « " + title.strip() + " » a été ajouté à « Mes documents ».",
        "Your document '" + title.strip() + "' was added to 'My own documents'.");
    return "/portail/documents.xhtml?faces-redirect=true";
  }

  public String hide(String id) {
    return change(
        id,
        VisibilityChange.HIDE_FROM_PROFESSIONALS,
        "Le document est masqué aux professionnels de santé (sauf son auteur et votre médecin"
            + " traitant).",
        "The document is hidden from health professionals (except its author and your treating"
            + " physician).");
  }

  public String unhide(String id) {
    return change(
        id,
        VisibilityChange.UNHIDE_FROM_PROFESSIONALS,
        "Le document est de nouveau visible par les professionnels de santé autorisés.",
        "The document is visible to authorized health professionals again.");
  }

  private String change(String id, VisibilityChange change, String french, String english) {
    try {
      documents.changeVisibility(portal.caller(), entry(id), change);
    } catch (DmpException refused) {
      messages.error(refused);
      folders = null;
      return null;
    }
    messages.infoAfterRedirect(french, english);
    return "/portail/documents.xhtml?faces-redirect=true";
  }

  /** Deletes a document the patient added (the policy refuses anyone else's: AUTHOR_ONLY). */
  public String delete(String id) {
    try {
      documents.changeStatus(portal.caller(), entry(id), AvailabilityStatus.DELETED);
    } catch (DmpException refused) {
      messages.error(refused);
      folders = null;
      return null;
    }
    messages.infoAfterRedirect("Le document a été supprimé.", "The document was deleted.");
    return "/portail/documents.xhtml?faces-redirect=true";
  }

  private static EntryUuid entry(String id) {
    return new EntryUuid(UUID.fromString(id));
  }

  private static String megabytes(long bytes) {
    return String.format(java.util.Locale.FRANCE, "%.1f", bytes / (1024.0 * 1024.0));
  }

  /** The largest file accepted, in megabytes, for the form's hint. */
  public String getLimit() {
    return megabytes(limit.maxBytes());
  }

  public Part getFile() {
    return file;
  }

  public void setFile(Part file) {
    this.file = file;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }
}
