/* SPDX-License-Identifier: Apache-2.0 */
/**
 * Think Family indicators (docs/analytics.md): rules read from YAML ({@link
 * org.familycontext.analytics.indicator.IndicatorSet}) over what persons' service involvements say ({@link
 * org.familycontext.analytics.indicator.InvolvementFacts}).
 */
package org.familycontext.analytics.indicator;
