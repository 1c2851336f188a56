// Data problems reported by users (issue 7): one DataProblem node per report, keyed by its random id. The data
// managers' queue filters by status and source, and the quality report counts them per source and status.
CREATE CONSTRAINT data_problem_id IF NOT EXISTS FOR (p:DataProblem) REQUIRE p.id IS UNIQUE;
CREATE INDEX data_problem_status IF NOT EXISTS FOR (p:DataProblem) ON (p.status);
CREATE INDEX data_problem_source IF NOT EXISTS FOR (p:DataProblem) ON (p.source);
