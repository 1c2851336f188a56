// Every key a loader MERGEs on is backed by a uniqueness constraint (and so by an index):
// without one, each MERGE scans the whole label.
CREATE CONSTRAINT record_key IF NOT EXISTS FOR (r:Record) REQUIRE (r.source, r.sourceId) IS UNIQUE;
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (p:Person) REQUIRE p.id IS UNIQUE;
CREATE CONSTRAINT address_key IF NOT EXISTS FOR (a:Address) REQUIRE a.key IS UNIQUE;
CREATE CONSTRAINT household_id IF NOT EXISTS FOR (h:Household) REQUIRE h.id IS UNIQUE;
CREATE CONSTRAINT involvement_key IF NOT EXISTS FOR (i:ServiceInvolvement) REQUIRE (i.source, i.sourceId) IS UNIQUE;
CREATE CONSTRAINT source_name IF NOT EXISTS FOR (s:Source) REQUIRE s.name IS UNIQUE;
