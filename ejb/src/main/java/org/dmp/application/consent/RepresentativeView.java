package org.dmp.application.consent;

/** A legal representative as the counter lists them: the id they act under, and their name. */
public record RepresentativeView(String id, String name) {}
