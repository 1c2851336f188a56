/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.api.audit;

/**
 * Says who makes the current request. It is asked on the thread that received the request, before the request runs,
 * so an implementation may read thread-bound state (a security context, the servlet request). Without any other
 * bean every request is recorded as {@link Accessor#UNAUTHENTICATED}.
 */
@FunctionalInterface
public interface AccessorSource {

    Accessor current();
}
