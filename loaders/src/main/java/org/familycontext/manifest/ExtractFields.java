/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.manifest;

import java.util.Set;

/** The fields of the common extract schema (docs/data-schema.md) that a manifest may map. */
public final class ExtractFields {

    public static final String DETAIL_PREFIX = "involvement.detail.";
    public static final String OTHER_IDENTIFIER_PREFIX = "record.otherIdentifier.";

    static final Set<String> KNOWN = Set.of(
            "record.sourceId",
            "record.forename",
            "record.middleNames",
            "record.surname",
            "record.fullName",
            "record.aliases",
            "record.previousSurnames",
            "record.birthDate",
            "record.sex",
            "record.gender",
            "record.nhsNumber",
            "record.upn",
            "record.caseId",
            "record.deathDate",
            "address.recordId",
            "address.uprn",
            "address.lines",
            "address.postcode",
            "address.from",
            "address.to",
            "relationship.from",
            "relationship.to",
            "relationship.type",
            "relationship.fromDate",
            "relationship.toDate",
            "relationship.parentalResponsibility",
            "involvement.recordId",
            "involvement.sourceId",
            "involvement.status",
            "involvement.startDate",
            "involvement.endDate",
            "involvement.lastContact",
            "involvement.reason",
            "involvement.team",
            "involvement.practitionerName",
            "involvement.practitionerRole",
            "involvement.practitionerPhone",
            "involvement.practitionerEmail");

    /** Fields read as dates. */
    static final Set<String> DATES = Set.of(
            "record.birthDate",
            "record.deathDate",
            "address.from",
            "address.to",
            "relationship.fromDate",
            "relationship.toDate",
            "involvement.startDate",
            "involvement.endDate",
            "involvement.lastContact");

    private ExtractFields() {}

    public static boolean isKnown(String field) {
        return KNOWN.contains(field)
                || (field.startsWith(DETAIL_PREFIX) && field.length() > DETAIL_PREFIX.length())
                || (field.startsWith(OTHER_IDENTIFIER_PREFIX) && field.length() > OTHER_IDENTIFIER_PREFIX.length());
    }

    public static boolean isDate(String field) {
        return DATES.contains(field);
    }
}
