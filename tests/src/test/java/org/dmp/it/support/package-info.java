/** What the tests on the real server share: the deployment, fresh test data, database checks. */
package org.dmp.it.support;
