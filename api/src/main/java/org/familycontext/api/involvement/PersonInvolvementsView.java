/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.api.involvement;

import java.util.Comparator;
import java.util.List;
import org.familycontext.api.involvement.InvolvementView.PractitionerView;
import org.familycontext.api.person.PersonView;
import org.familycontext.model.involvement.InvolvementStatus;
import org.familycontext.model.involvement.Service;
import org.familycontext.model.source.Source;

/** A person's involvements against every loaded source, grouped by service (see involvement.graphqls). */
record PersonInvolvementsView(PersonView person, List<ServiceView> services) {

    /** One service: what each of its sources says about the person. */
    record ServiceView(Service service, CoverageStatus status, List<SourceCheckView> sources) {

        public String serviceName() {
            return service.label();
        }

        /** Whom to contact: the lead practitioner of the most recently started current involvement. */
        public PractitionerView leadPractitioner() {
            return sources.stream()
                    .flatMap(s -> s.involvements().stream())
                    .filter(i -> i.status() == InvolvementStatus.CURRENT && i.leadPractitioner() != null)
                    .max(Comparator.comparing(
                            InvolvementView::startDate, Comparator.nullsFirst(Comparator.naturalOrder())))
                    .map(InvolvementView::leadPractitioner)
                    .orElse(null);
        }
    }

    /** One source's answer for the person, with what a "none found" from it means. */
    record SourceCheckView(
            Source source,
            CoverageStatus status,
            List<InvolvementView> involvements,
            String noneFoundMeans,
            String notApplicableBecause) {}
}
