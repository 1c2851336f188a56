/* SPDX-License-Identifier: Apache-2.0 */
/**
 * Family-level cohort analytics for analysts (docs/analytics.md): {@code family} groups persons into family units,
 * {@code indicator} works out each family's Think Family indicators, {@code disclosure} suppresses small counts so
 * that no published figure identifies anyone. Analysts see only counts: nothing here returns a name or identifier.
 */
package org.familycontext.analytics;
