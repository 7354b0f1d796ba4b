/** JAX-RS: the REST application of the DMP under {@code /dmp/api}. */
package org.dmp.interfaces.rest;
