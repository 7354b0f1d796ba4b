package org.dmp.interfaces.ws.xds;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.jws.WebService;
import jakarta.xml.ws.BindingType;
import jakarta.xml.ws.WebServiceContext;
import jakarta.xml.ws.soap.Addressing;
import jakarta.xml.ws.soap.SOAPBinding;
import java.util.ArrayList;
import java.util.List;
import org.apache.cxf.interceptor.InInterceptors;
import org.apache.cxf.interceptor.OutFaultInterceptors;
import org.dmp.application.document.DocumentWithContent;
import org.dmp.application.document.Documents;
import org.dmp.domain.actor.Caller;
import org.dmp.domain.document.DocumentUniqueId;
import org.dmp.domain.shared.DmpException;
import org.dmp.interfaces.ws.contract.rs.RegistryResponseType;
import org.dmp.interfaces.ws.contract.xds.DocumentRepositoryPortType;
import org.dmp.interfaces.ws.contract.xds.DocumentRequestType;
import org.dmp.interfaces.ws.contract.xds.ProvideAndRegisterDocumentSetRequestType;
import org.dmp.interfaces.ws.contract.xds.RetrieveDocumentSetRequestType;
import org.dmp.interfaces.ws.contract.xds.RetrieveDocumentSetResponseType;
import org.dmp.interfaces.ws.contract.xds.RetrieveDocumentSetResponseType.DocumentResponse;
import org.dmp.interfaces.ws.security.ProfessionalAssertionInterceptor;
import org.dmp.interfaces.ws.transport.SenderFaults;
import org.dmp.interfaces.ws.transport.SoapContentType;
import org.dmp.interfaces.ws.xds.ebxml.Responses;
import org.dmp.interfaces.ws.xds.ebxml.Submission;
import org.dmp.interfaces.ws.xds.ebxml.SubmissionReader;
import org.dmp.interfaces.ws.xds.ebxml.Vocabulary;
import org.dmp.interfaces.ws.xds.ebxml.XdsError;

/** The document repository: ITI-41 Provide and Register Document Set-b, ITI-43 Retrieve. */
@WebService(
    serviceName = "DocumentRepository_Service",
    portName = "DocumentRepository_Port_Soap12",
    targetNamespace = "urn:ihe:iti:xds-b:2007",
    endpointInterface = "org.dmp.interfaces.ws.contract.xds.DocumentRepositoryPortType",
    wsdlLocation = "WEB-INF/wsdl/repository.wsdl")
@BindingType(SOAPBinding.SOAP12HTTP_MTOM_BINDING)
@Addressing(required = true)
@InInterceptors(classes = {SoapContentType.class, ProfessionalAssertionInterceptor.class})
@OutFaultInterceptors(classes = SenderFaults.class)
public class RepositoryEndpoint implements DocumentRepositoryPortType {

  @Resource WebServiceContext context;
  @EJB Documents documents;

  /** Stores the submission set and its documents, all or nothing. */
  @Override
  public RegistryResponseType documentRepositoryProvideAndRegisterDocumentSetB(
      ProvideAndRegisterDocumentSetRequestType body) {
    Caller caller = SoapCallers.of(context);
    try {
      Submission s = SubmissionReader.read(body, caller.actor());
      documents.submit(caller, s.patient(), s.set(), s.documents());
      return Responses.success();
    } catch (RuntimeException e) {
      return Responses.failure(Responses.errorsOf(e, "SubmitObjectsRequest"));
    }
  }

  /**
   * Returns each requested document the caller may read, byte for byte; the others are errors
   * (PartialSuccess when some were returned).
   */
  @Override
  public RetrieveDocumentSetResponseType documentRepositoryRetrieveDocumentSet(
      RetrieveDocumentSetRequestType body) {
    Caller caller = SoapCallers.of(context);
    String repository = XdsSettings.repositoryId();
    RetrieveDocumentSetResponseType response = new RetrieveDocumentSetResponseType();
    List<XdsError> errors = new ArrayList<>();
    for (DocumentRequestType request : body.getDocumentRequest()) {
      String uniqueId = request.getDocumentUniqueId();
      if (!repository.equals(request.getRepositoryUniqueId())) {
        errors.add(
            new XdsError(
                XdsError.UNKNOWN_REPOSITORY,
                request.getRepositoryUniqueId(),
                "Dépôt inconnu, celui-ci est "
                    + repository
                    + " / Unknown repository, this one is "
                    + repository));
        continue;
      }
      try {
        DocumentWithContent d = documents.readByUniqueId(caller, new DocumentUniqueId(uniqueId));
        DocumentResponse r = new DocumentResponse();
        r.setRepositoryUniqueId(repository);
        r.setDocumentUniqueId(uniqueId);
        r.setMimeType(d.document().mimeType());
        r.setDocument(d.content());
        response.getDocumentResponse().add(r);
      } catch (DmpException e) {
        errors.add(Responses.errorOf(e, uniqueId));
      } catch (RuntimeException e) {
        errors.add(Responses.unexpected(e));
      }
    }
    RegistryResponseType status =
        errors.isEmpty() ? Responses.success() : Responses.failure(errors);
    if (!errors.isEmpty() && !response.getDocumentResponse().isEmpty()) {
      status.setStatus(Vocabulary.PARTIAL_SUCCESS);
    }
    response.setRegistryResponse(status);
    return response;
  }
}
