/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.api.graph;

/** An argument the API refuses; its message names the argument and says what is allowed, never personal data. */
public class InvalidArgumentException extends RuntimeException {

    public InvalidArgumentException(String message) {
        super(message);
    }
}
