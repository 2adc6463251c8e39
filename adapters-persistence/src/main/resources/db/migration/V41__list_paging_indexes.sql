-- The long lists read a page's ids first (DynamicQuery.pageByIds). These indexes hold the usual filter, the order and
-- the id, so PostgreSQL finds page 1,000 of a year's goals or projects by an index-only scan rather than by reading the
-- 20,000 rows before it; the goal index replaces its prefix (fiscal_year, current_status).
CREATE INDEX ix_performance_goal_year_status_id ON performance_goal (fiscal_year, current_status, id);
DROP INDEX ix_performance_goal_year_status;
CREATE INDEX ix_project_year_code_id ON project (fiscal_year, project_code, id);
