/**
 * What every application service shares: the binding that marks a bean as an application service
 * and the interceptor that turns Bean Validation failures into the domain's own refusals.
 */
package org.dmp.application.shared;
