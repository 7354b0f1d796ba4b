package org.dmp.interfaces.rest.fhir;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import org.hl7.fhir.instance.model.api.IBaseResource;

/**
 * FHIR resources in and out, in JSON or XML, with HAPI's parsers: input parsed strictly (an unknown
 * element, a wrong type or an invalid value is a 400 naming it, {@link FhirErrors}).
 */
@Provider
@Consumes({Fhir.JSON, Fhir.XML, MediaType.APPLICATION_JSON, MediaType.APPLICATION_XML})
@Produces({Fhir.JSON, Fhir.XML, MediaType.APPLICATION_JSON, MediaType.APPLICATION_XML})
public class FhirBodies
    implements MessageBodyReader<IBaseResource>, MessageBodyWriter<IBaseResource> {

  @Override
  public boolean isReadable(
      Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
    return IBaseResource.class.isAssignableFrom(type);
  }

  @Override
  public IBaseResource readFrom(
      Class<IBaseResource> type,
      Type genericType,
      Annotation[] annotations,
      MediaType mediaType,
      MultivaluedMap<String, String> headers,
      InputStream body) {
    return Fhir.parser(mediaType)
        .parseResource(type, new InputStreamReader(body, StandardCharsets.UTF_8));
  }

  @Override
  public boolean isWriteable(
      Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
    return IBaseResource.class.isAssignableFrom(type);
  }

  @Override
  public void writeTo(
      IBaseResource resource,
      Class<?> type,
      Type genericType,
      Annotation[] annotations,
      MediaType mediaType,
      MultivaluedMap<String, Object> headers,
      OutputStream out)
      throws java.io.IOException {
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    Fhir.parser(mediaType).encodeResourceToWriter(resource, writer);
    writer.flush();
  }
}
