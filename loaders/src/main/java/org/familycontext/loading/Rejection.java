/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.loading;

/**
 * A row that was not loaded (or a field that was dropped from a loaded row), for the reject report.
 *
 * @param field the extract field or column at fault; "row" when the row as a whole could not be read
 * @param rowLoaded true when only the field was dropped and the rest of the row was loaded
 */
public record Rejection(String file, long line, String field, String reason, boolean rowLoaded) {}
