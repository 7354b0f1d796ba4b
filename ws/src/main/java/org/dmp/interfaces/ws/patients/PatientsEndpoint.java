package org.dmp.interfaces.ws.patients;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.jws.WebService;
import jakarta.xml.ws.BindingType;
import jakarta.xml.ws.WebServiceContext;
import jakarta.xml.ws.soap.Addressing;
import jakarta.xml.ws.soap.SOAPBinding;
import java.time.Instant;
import java.util.function.Supplier;
import org.apache.cxf.interceptor.InInterceptors;
import org.dmp.application.access.AccessDeniedException;
import org.dmp.application.consent.Consents;
import org.dmp.application.record.OpenedRecord;
import org.dmp.application.record.RecordView;
import org.dmp.application.record.Records;
import org.dmp.domain.actor.Caller;
import org.dmp.domain.patient.IdentityTraits;
import org.dmp.domain.patient.Ins;
import org.dmp.domain.patient.Sex;
import org.dmp.domain.record.OpeningChannel;
import org.dmp.domain.record.RecordNotFoundException;
import org.dmp.domain.shared.DmpException;
import org.dmp.domain.shared.Require;
import org.dmp.infrastructure.persistence.DatabaseUnavailableException;
import org.dmp.interfaces.ws.contract.patients.AddAuthorizationRequest;
import org.dmp.interfaces.ws.contract.patients.AuthorizationResponse;
import org.dmp.interfaces.ws.contract.patients.AuthorizationStatus;
import org.dmp.interfaces.ws.contract.patients.CreateRecordRequest;
import org.dmp.interfaces.ws.contract.patients.CreateRecordResponse;
import org.dmp.interfaces.ws.contract.patients.DeclareTreatingPhysicianRequest;
import org.dmp.interfaces.ws.contract.patients.DeclareTreatingPhysicianResponse;
import org.dmp.interfaces.ws.contract.patients.DmpFault;
import org.dmp.interfaces.ws.contract.patients.DmpFault_Exception;
import org.dmp.interfaces.ws.contract.patients.PatientsPortType;
import org.dmp.interfaces.ws.contract.patients.ReactivateRecordRequest;
import org.dmp.interfaces.ws.contract.patients.ReactivateRecordResponse;
import org.dmp.interfaces.ws.contract.patients.RemoveAuthorizationRequest;
import org.dmp.interfaces.ws.contract.patients.TestRecordRequest;
import org.dmp.interfaces.ws.contract.patients.TestRecordResponse;
import org.dmp.interfaces.ws.security.ProfessionalAssertionInterceptor;
import org.dmp.interfaces.ws.xds.SoapCallers;
import org.dmp.interfaces.ws.xds.ebxml.Responses;

/** The record-management service, translating to the Records and Consents services. */
@WebService(
    serviceName = "Patients_Service",
    portName = "Patients_Port_Soap12",
    targetNamespace = "urn:dmp:patients:2026:1",
    endpointInterface = "org.dmp.interfaces.ws.contract.patients.PatientsPortType",
    wsdlLocation = "WEB-INF/wsdl/patients.wsdl")
@BindingType(SOAPBinding.SOAP12HTTP_BINDING)
@Addressing(required = true)
@InInterceptors(classes = ProfessionalAssertionInterceptor.class)
public class PatientsEndpoint implements PatientsPortType {

  @Resource WebServiceContext context;
  @EJB Records records;
  @EJB Consents consents;

  /** The record's state and the caller's standing; NONE (not a fault) when there is none. */
  @Override
  public TestRecordResponse testRecord(TestRecordRequest body) throws DmpFault_Exception {
    Caller caller = SoapCallers.of(context);
    Ins ins = ins(body.getIns());
    TestRecordResponse response = new TestRecordResponse();
    try {
      response.setRecord(RecordStates.of(records.find(caller, ins)));
    } catch (RecordNotFoundException none) {
      response.setRecord(RecordStates.none());
    } catch (DmpException e) {
      throw fault(e);
    } catch (RuntimeException e) {
      throw unexpected(e);
    }
    return response;
  }

  @Override
  public CreateRecordResponse createRecord(CreateRecordRequest body) throws DmpFault_Exception {
    Caller caller = SoapCallers.of(context);
    Ins ins = ins(body.getIns());
    IdentityTraits identity =
        call(() -> identity(Require.present(body.getIdentity(), "identité", "identity")));
    OpeningChannel channel =
        call(
            () ->
                OpeningChannel.valueOf(
                    Require.present(body.getChannel(), "canal", "channel").value()));
    OpenedRecord opened =
        call(
            () ->
                records.openWithFirstLogin(
                    caller, ins, identity, channel, body.isPatientConsent()));
    CreateRecordResponse response = new CreateRecordResponse();
    response.setRecord(RecordStates.of(opened.record()));
    response.setAcknowledgement(RecordStates.acknowledgement(opened.record()));
    CreateRecordResponse.FirstLogin letter = new CreateRecordResponse.FirstLogin();
    letter.setLogin(opened.firstLogin().login());
    letter.setInitialSecret(opened.firstLogin().initialSecret());
    letter.setPortalAddress(System.getProperty("dmp.portal.url", "https://127.0.0.1:8443/dmp/"));
    response.setFirstLogin(letter);
    return response;
  }

  @Override
  public ReactivateRecordResponse reactivateRecord(ReactivateRecordRequest body)
      throws DmpFault_Exception {
    Caller caller = SoapCallers.of(context);
    Ins ins = ins(body.getIns());
    RecordView record = call(() -> records.reactivate(caller, records.idOf(caller, ins)));
    ReactivateRecordResponse response = new ReactivateRecordResponse();
    response.setRecord(RecordStates.of(record));
    return response;
  }

  @Override
  public AuthorizationResponse addAuthorization(AddAuthorizationRequest body)
      throws DmpFault_Exception {
    Caller caller = SoapCallers.of(context);
    Ins ins = ins(body.getIns());
    Instant until =
        body.getValidUntil() == null
            ? null
            : body.getValidUntil().toGregorianCalendar().toInstant();
    var access = call(() -> consents.recordOralConsent(caller, records.idOf(caller, ins), until));
    AuthorizationResponse response = new AuthorizationResponse();
    response.setAuthorization(AuthorizationStatus.fromValue(access.status().name()));
    return response;
  }

  @Override
  public AuthorizationResponse removeAuthorization(RemoveAuthorizationRequest body)
      throws DmpFault_Exception {
    Caller caller = SoapCallers.of(context);
    Ins ins = ins(body.getIns());
    var access = call(() -> consents.withdrawOwnAuthorization(caller, records.idOf(caller, ins)));
    AuthorizationResponse response = new AuthorizationResponse();
    response.setAuthorization(AuthorizationStatus.fromValue(access.status().name()));
    return response;
  }

  @Override
  public DeclareTreatingPhysicianResponse declareTreatingPhysician(
      DeclareTreatingPhysicianRequest body) throws DmpFault_Exception {
    Caller caller = SoapCallers.of(context);
    Ins ins = ins(body.getIns());
    RecordView record =
        call(
            () ->
                consents.declareTreatingPhysician(
                    caller, records.idOf(caller, ins), caller.actor().rpps()));
    DeclareTreatingPhysicianResponse response = new DeclareTreatingPhysicianResponse();
    response.setRecord(RecordStates.of(record));
    return response;
  }

  private static <T> T call(Supplier<T> action) throws DmpFault_Exception {
    try {
      return action.get();
    } catch (DmpException e) {
      throw fault(e);
    } catch (RuntimeException e) {
      throw unexpected(e);
    }
  }

  private static Ins ins(org.dmp.interfaces.ws.contract.patients.Ins ins)
      throws DmpFault_Exception {
    return call(
        () -> {
          var wire = Require.present(ins, "INS", "INS");
          return Ins.of(wire.getValue(), wire.getOid());
        });
  }

  private static IdentityTraits identity(org.dmp.interfaces.ws.contract.patients.IdentityTraits t) {
    return new IdentityTraits(
        t.getBirthName(),
        t.getFirstNames(),
        t.getUsedName(),
        t.getSex() == null ? null : Sex.valueOf(t.getSex().value()), // null: refused as missing
        t.getBirthDate() == null
            ? null
            : t.getBirthDate().toGregorianCalendar().toZonedDateTime().toLocalDate(),
        t.getBirthPlaceCode());
  }

  /** A lost database connection as its refusal; anything else as an internal error. */
  private static DmpFault_Exception unexpected(RuntimeException e) {
    return DatabaseUnavailableException.causing(e)
        .map(PatientsEndpoint::fault)
        .orElseGet(() -> fault("INTERNAL_ERROR", null, Responses.unexpected(e).message()));
  }

  private static DmpFault_Exception fault(DmpException e) {
    String rule = e instanceof AccessDeniedException denied ? denied.rule().name() : null;
    return fault(e.code(), rule, e.getMessage());
  }

  private static DmpFault_Exception fault(String code, String rule, String message) {
    DmpFault info = new DmpFault();
    info.setCode(code);
    info.setRule(rule);
    info.setMessage(message);
    return new DmpFault_Exception(message, info);
  }
}
