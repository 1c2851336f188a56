/* SPDX-License-Identifier: Apache-2.0 */
/**
 * Family units (docs/analytics.md): {@link org.familycontext.analytics.family.FamilyBuilder} groups resolved persons
 * into families around dependent children, works out each family's figures and indicators, finds related families,
 * and writes them to the graph, replacing the previous build.
 */
package org.familycontext.analytics.family;
