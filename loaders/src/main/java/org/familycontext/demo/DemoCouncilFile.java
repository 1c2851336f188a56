/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.demo;

import java.util.List;
import java.util.Map;

/** The bundled demo council's JSON layout (resource {@code demo/demo-council.json}). */
record DemoCouncilFile(
        String council,
        String notice,
        List<DemoSource> sources,
        List<DemoRecord> records,
        List<List<String>> sameAs,
        List<DemoTie> ties,
        List<DemoInvolvement> involvements) {

    record DemoSource(
            String name,
            String system,
            String service,
            String dataCurrentAsOf,
            Integer historyYears,
            String areaCovered,
            Integer minAge,
            Integer maxAge) {}

    record DemoRecord(
            String source,
            String sourceId,
            String forename,
            String surname,
            List<String> aliases,
            List<String> previousSurnames,
            String birthDate,
            String sex,
            String nhsNumber,
            String upn,
            String caseId,
            String deathDate,
            List<DemoAddress> addresses) {}

    record DemoAddress(String uprn, String lines, String postcode, String fromDate, String toDate) {}

    record DemoTie(
            String type,
            String kind,
            String fromRecord,
            String toRecord,
            String source,
            String fromDate,
            String toDate) {}

    record DemoInvolvement(
            String record,
            String sourceId,
            String status,
            String startDate,
            String endDate,
            String lastContact,
            String reason,
            String team,
            String practitionerName,
            String practitionerRole,
            String practitionerPhone,
            String practitionerEmail,
            Map<String, String> details) {}
}
