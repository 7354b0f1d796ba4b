package org.dmp.interfaces.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The REST API of the DMP, under {@code /dmp/api}. */
@ApplicationPath("/api")
public class RestApplication extends Application {}
