// Family units built by the analytics module's FamilyBuilder (docs/analytics.md): one Family per family unit, keyed by
// its stable id; the one FamilyBuild node that says how and when the families were last built.
CREATE CONSTRAINT family_id IF NOT EXISTS FOR (f:Family) REQUIRE f.id IS UNIQUE;
CREATE CONSTRAINT family_build_name IF NOT EXISTS FOR (b:FamilyBuild) REQUIRE b.name IS UNIQUE;
// What cohort queries filter and group by: area, number of indicators, a group of related families.
CREATE INDEX family_area IF NOT EXISTS FOR (f:Family) ON (f.area);
CREATE INDEX family_indicator_count IF NOT EXISTS FOR (f:Family) ON (f.indicatorCount);
CREATE INDEX family_related_group IF NOT EXISTS FOR (f:Family) ON (f.relatedGroup);
