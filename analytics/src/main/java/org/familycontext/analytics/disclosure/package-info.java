/* SPDX-License-Identifier: Apache-2.0 */
/**
 * Disclosure control for the analysts' tables (docs/analytics.md, "Disclosure control"): a {@link
 * org.familycontext.analytics.disclosure.CountTable} of exact counts goes in, {@link
 * org.familycontext.analytics.disclosure.Suppression} withholds the small counts and enough others that none of them
 * can be worked out from what is published, rounds what is left, and gives back a {@link
 * org.familycontext.analytics.disclosure.SuppressedTable} that holds only what may be published. {@link
 * org.familycontext.analytics.disclosure.PublishedCsv} writes it out with the Government Analysis Function's shorthand.
 */
package org.familycontext.analytics.disclosure;
