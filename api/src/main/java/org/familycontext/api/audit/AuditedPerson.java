/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.api.audit;

/**
 * An object the API shows as a GraphQL {@code Person}. The audit trail reads the ID of every one a response holds,
 * whichever fields the client asked for, so a client cannot hide a returned person by leaving out its {@code id}.
 */
public interface AuditedPerson {

    String id();
}
