-- The KPI panel (issue 4): its population is the runs that recorded an outcome, by the time they
-- ended, and the exceptions raised in the same window. Most runs never record an outcome, so the run
-- indexes are partial and stay small. Exceptions by property are found through
-- agent_exception_property_idx (V1); a property's exceptions are few.
CREATE INDEX agent_run_outcome_completed_idx ON agent_run (completed_at) WHERE outcome_json IS NOT NULL;
CREATE INDEX agent_run_outcome_property_idx ON agent_run (property_id, completed_at) WHERE outcome_json IS NOT NULL;

CREATE INDEX agent_exception_created_idx ON agent_exception (created_at);
-- "did this run raise an exception?" (and agent_run's ON DELETE SET NULL) without a scan
CREATE INDEX agent_exception_run_idx ON agent_exception (run_id);
