-- Rows SQLite accepts but Runway never writes, applied to a copy of the
-- demo plan by tests/test-damaged.c (foreign keys are off, as in any
-- SQLite shell a user might edit a plan with). runway-cli check must list
-- every one of them.

-- dangling references
INSERT INTO deployment (id, capability_id, release_id, environment, instances)
  VALUES (9001, (SELECT min(id) FROM capability), 999999, 'production', 1);
INSERT INTO skill (id, person_id, product_id, level)
  VALUES (9002, 999999, (SELECT min(id) FROM product), 'expert');

-- milestones out of order: end of life before general availability
INSERT INTO release (id, product_id, version, ga, end_of_life)
  VALUES (9003, (SELECT min(id) FROM product), '99.9-broken', '2025-01-01', '2020-01-01');

-- a migration that ends before it starts
INSERT INTO migration (id, capability_id, from_release_id, to_release_id, start_date,
                       end_date, status)
  VALUES (9004, (SELECT min(id) FROM capability), (SELECT min(id) FROM release),
          (SELECT max(id) FROM release WHERE id < 9003), '2027-06-01', '2026-01-01', 'planned');

-- a person working one and a half jobs
INSERT INTO person (id, team_id, name, fte)
  VALUES (9005, (SELECT min(id) FROM team), 'Overworked', 1.5);

-- two vendors with one name
INSERT INTO vendor (id, name) VALUES (9006, (SELECT name FROM vendor ORDER BY id LIMIT 1));
