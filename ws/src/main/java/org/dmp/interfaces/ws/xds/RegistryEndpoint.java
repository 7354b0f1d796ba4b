package org.dmp.interfaces.ws.xds;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.jws.WebService;
import jakarta.xml.ws.BindingType;
import jakarta.xml.ws.WebServiceContext;
import jakarta.xml.ws.soap.Addressing;
import jakarta.xml.ws.soap.SOAPBinding;
import java.util.List;
import org.apache.cxf.interceptor.InInterceptors;
import org.apache.cxf.interceptor.OutFaultInterceptors;
import org.dmp.application.document.DocumentQueries;
import org.dmp.application.document.Documents;
import org.dmp.domain.actor.Caller;
import org.dmp.interfaces.ws.contract.lcm.SubmitObjectsRequest;
import org.dmp.interfaces.ws.contract.query.AdhocQueryRequest;
import org.dmp.interfaces.ws.contract.query.AdhocQueryResponse;
import org.dmp.interfaces.ws.contract.rim.RegistryObjectListType;
import org.dmp.interfaces.ws.contract.rs.RegistryResponseType;
import org.dmp.interfaces.ws.contract.xds.DocumentRegistryPortType;
import org.dmp.interfaces.ws.security.ProfessionalAssertionInterceptor;
import org.dmp.interfaces.ws.transport.SenderFaults;
import org.dmp.interfaces.ws.transport.SoapContentType;
import org.dmp.interfaces.ws.xds.ebxml.MetadataUpdateReader;
import org.dmp.interfaces.ws.xds.ebxml.Responses;
import org.dmp.interfaces.ws.xds.ebxml.StoredQuery;
import org.dmp.interfaces.ws.xds.ebxml.Vocabulary;
import org.dmp.interfaces.ws.xds.ebxml.XdsError;

/** The document registry: ITI-18 Registry Stored Query, ITI-57 Update Document Set. */
@WebService(
    serviceName = "DocumentRegistry_Service",
    portName = "DocumentRegistry_Port_Soap12",
    targetNamespace = "urn:ihe:iti:xds-b:2007",
    endpointInterface = "org.dmp.interfaces.ws.contract.xds.DocumentRegistryPortType",
    wsdlLocation = "WEB-INF/wsdl/registry.wsdl")
@BindingType(SOAPBinding.SOAP12HTTP_BINDING)
@Addressing(required = true)
@InInterceptors(classes = {SoapContentType.class, ProfessionalAssertionInterceptor.class})
@OutFaultInterceptors(classes = SenderFaults.class)
public class RegistryEndpoint implements DocumentRegistryPortType {

  @Resource WebServiceContext context;
  @EJB DocumentQueries queries;
  @EJB Documents documents;

  /** Runs a stored query; only what the caller may see is returned. */
  @Override
  public AdhocQueryResponse documentRegistryRegistryStoredQuery(AdhocQueryRequest body) {
    Caller caller = SoapCallers.of(context);
    AdhocQueryResponse response = new AdhocQueryResponse();
    try {
      RegistryObjectListType list = new RegistryObjectListType();
      list.getIdentifiable()
          .addAll(new StoredQueryRunner(queries).run(StoredQuery.of(body), caller));
      response.setRegistryObjectList(list);
      response.setStatus(Vocabulary.SUCCESS);
    } catch (RuntimeException e) {
      fail(response, Responses.errorsOf(e, "AdhocQuery"));
    }
    return response;
  }

  /**
   * Applies metadata updates: new confidentiality codes as a new version of each document, and
   * availability-status changes; all of them or, if one is refused, none.
   */
  @Override
  public RegistryResponseType documentRegistryUpdateDocumentSet(SubmitObjectsRequest body) {
    Caller caller = SoapCallers.of(context);
    try {
      documents.updateMetadata(caller, MetadataUpdateReader.read(body));
      return Responses.success();
    } catch (RuntimeException e) {
      return Responses.failure(Responses.errorsOf(e, "SubmitObjectsRequest"));
    }
  }

  private static void fail(AdhocQueryResponse response, List<XdsError> errors) {
    response.setStatus(Vocabulary.FAILURE);
    response.setRegistryErrorList(Responses.errorList(errors));
  }
}
