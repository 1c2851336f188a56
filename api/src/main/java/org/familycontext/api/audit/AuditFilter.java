/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.api.audit;

/** Which events an auditor lists; every condition given must hold (see audit.graphqls). */
record AuditFilter(String user, String personId, AuditAction action, String from, String to) {

    static final AuditFilter ALL = new AuditFilter(null, null, null, null, null);
}
