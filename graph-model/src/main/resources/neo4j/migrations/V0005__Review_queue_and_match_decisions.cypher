// The review queue reads the SAME_AS links waiting for a person (status CANDIDATE); without this index every
// link in the graph would be read to find them.
CREATE INDEX same_as_status IF NOT EXISTS FOR ()-[s:SAME_AS]-() ON (s.status);
// Every decision a person takes about who is who is kept as a MatchDecision node (append-only history).
CREATE CONSTRAINT match_decision_id IF NOT EXISTS FOR (d:MatchDecision) REQUIRE d.id IS UNIQUE;
