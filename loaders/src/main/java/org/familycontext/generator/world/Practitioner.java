/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.generator.world;

/** A lead practitioner: invented name, Ofcom drama phone numbers, an e-mail address at a .example domain. */
public record Practitioner(String name, String role, String team, String phone, String email) {}
