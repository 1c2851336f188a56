/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.api.person;

import static org.familycontext.api.graph.Values.text;

import java.time.LocalDate;
import java.util.Map;
import org.familycontext.api.audit.AuditedPerson;
import org.familycontext.model.PartialDate;
import org.familycontext.model.record.Sex;

/** The resolved person as the API shows it: a projection of the {@code Person} node. */
public record PersonView(String id, String forename, String surname, String birthDate, Sex sex, String deathDate)
        implements AuditedPerson {

    /** Cypher map projection that {@link #of(Map)} reads. */
    public static final String PROJECTION = "{.id, .forename, .surname, .birthDate, .sex, .deathDate}";

    public static PersonView of(Map<String, Object> row) {
        return new PersonView(
                text(row, "id"),
                text(row, "forename"),
                text(row, "surname"),
                text(row, "birthDate"),
                Sex.fromStored(text(row, "sex")),
                text(row, "deathDate"));
    }

    public String name() {
        if (forename == null && surname == null) {
            return "(name not known)";
        }
        return forename == null ? surname : surname == null ? forename : forename + " " + surname;
    }

    /**
     * Age in whole years on the day, or at death for someone who has died; null when no source knows the date of
     * birth.
     */
    public Integer ageOn(LocalDate today) {
        var lastDay = PartialDate.parseIso(deathDate)
                .flatMap(PartialDate::toLocalDate)
                .filter(death -> death.isBefore(today))
                .orElse(today);
        return PartialDate.parseIso(birthDate).map(d -> d.ageOn(lastDay)).orElse(null);
    }
}
