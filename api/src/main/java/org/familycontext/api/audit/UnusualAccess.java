/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.api.audit;

/** A pattern of access for a privacy officer: who, which rule, when and how many persons, naming none of them. */
record UnusualAccess(
        String user, UnusualAccessRule rule, String periodStart, String periodEnd, int count, String description) {}
