-- A large organisation for the analytics benchmark, generated inside the database from row
-- numbers alone (integer arithmetic both databases compute alike): :salespeople salespeople in
-- teams of ten, 100 customers each, :visits visits over five years from :start, :deals deals and
-- :orders orders. Each customer is owned by the salesperson who visits it, and four in ten have
-- a tier (SPEC §5: one A, one B and two C in every ten); visits in the window's year were planned
-- ahead, seven in ten. Statements are separated by a line holding only a semicolon.
INSERT INTO team (org_id, name)
SELECT :org, 'Team ' || CAST(g.i AS VARCHAR)
FROM generate_series(1, CAST(CEIL(:salespeople / 10.0) AS INTEGER)) AS g(i)
;
INSERT INTO salesperson (org_id, team_id, name)
SELECT :org,
       (SELECT MIN(t.id) FROM team t WHERE t.org_id = :org) + CAST(FLOOR((g.i - 1) / 10.0) AS BIGINT),
       'Salesperson ' || CAST(g.i AS VARCHAR)
FROM generate_series(1, :salespeople) AS g(i)
;
INSERT INTO customer (org_id, name, segment, industry, tier, owner_id)
SELECT :org, 'Customer ' || CAST(g.i AS VARCHAR), 'Medelstora företag',
       CASE g.i % 4 WHEN 0 THEN 'Bygg' WHEN 1 THEN 'Outsourcing' WHEN 2 THEN 'Fastighetsservice' ELSE 'IT' END,
       CASE g.i % 10 WHEN 0 THEN 'A' WHEN 1 THEN 'B' WHEN 2 THEN 'C' WHEN 3 THEN 'C' ELSE NULL END,
       (SELECT MIN(sp.id) FROM salesperson sp WHERE sp.org_id = :org) + CAST(FLOOR((g.i - 1) / 100.0) AS BIGINT)
FROM generate_series(1, :salespeople * 100) AS g(i)
;
-- Visit i is salesperson i mod S's k-th (k = i div S); each of its 100 customers comes round every
-- 100 visits, and the purpose follows the pair's n-th visit: presentation, quote, quote,
-- negotiation, then care.
INSERT INTO visit (org_id, visit_date, salesperson_id, customer_id, purpose_id, duration_minutes, channel, planned)
SELECT :org,
       CAST(:start AS DATE) + CAST(FLOOR(v.k * 1825.0 / v.per_salesperson) AS INTEGER),
       v.salesperson_base + v.s,
       v.customer_base + v.s * 100 + (v.k * 7) % 100,
       p.id,
       30 + (v.i * 37) % 120,
       'ON_SITE',
       CASE WHEN v.k * 1825.0 / v.per_salesperson >= 1460 AND (v.i * 40503) % 10 < 7 THEN TRUE ELSE FALSE END
FROM (
    SELECT g.i,
           g.i % :salespeople AS s,
           CAST(FLOOR(g.i * 1.0 / :salespeople) AS BIGINT) AS k,
           CAST(CEIL(:visits * 1.0 / :salespeople) AS BIGINT) AS per_salesperson,
           CASE WHEN (g.i * 2654435761) % 10 < 2 THEN 'RELATION'
                ELSE CASE CAST(FLOOR(g.i * 1.0 / :salespeople / 100.0) AS BIGINT) % 5
                         WHEN 0 THEN 'PRESENTATION' WHEN 1 THEN 'QUOTE' WHEN 2 THEN 'QUOTE'
                         WHEN 3 THEN 'NEGOTIATION' ELSE 'REPORTING' END
           END AS code,
           (SELECT MIN(sp.id) FROM salesperson sp WHERE sp.org_id = :org) AS salesperson_base,
           (SELECT MIN(c.id) FROM customer c WHERE c.org_id = :org) AS customer_base
    FROM generate_series(CAST(0 AS BIGINT), CAST(:visits - 1 AS BIGINT)) AS g(i)
) v
JOIN purpose p ON p.org_id = :org AND p.code = v.code
;
INSERT INTO deal (org_id, customer_id, owner_id, created_date, stage, value, status, close_date)
SELECT :org,
       d.customer_base + d.c,
       d.salesperson_base + CAST(FLOOR(d.c / 100.0) AS BIGINT),
       d.created,
       'Offert',
       10000 + (d.i * 7901) % 500000,
       CASE WHEN d.created + 120 >= CAST(:end AS DATE) THEN 'OPEN' WHEN d.i % 5 = 0 THEN 'WON' ELSE 'LOST' END,
       CASE WHEN d.created + 120 >= CAST(:end AS DATE) THEN NULL ELSE d.created + 30 + CAST(d.i % 90 AS INTEGER) END
FROM (
    SELECT g.i,
           (g.i * 104723) % (:salespeople * 100) AS c,
           CAST(:start AS DATE) + CAST(FLOOR(g.i * 1825.0 / :deals) AS INTEGER) AS created,
           (SELECT MIN(sp.id) FROM salesperson sp WHERE sp.org_id = :org) AS salesperson_base,
           (SELECT MIN(cu.id) FROM customer cu WHERE cu.org_id = :org) AS customer_base
    FROM generate_series(CAST(0 AS BIGINT), CAST(:deals - 1 AS BIGINT)) AS g(i)
) d
;
INSERT INTO orders (org_id, customer_id, salesperson_id, order_date, amount)
SELECT :org,
       o.customer_base + o.c,
       o.salesperson_base + CAST(FLOOR(o.c / 100.0) AS BIGINT),
       CAST(:start AS DATE) + CAST(FLOOR(o.i * 1825.0 / :orders) AS INTEGER),
       1000 + (o.i * 104729) % 50000
FROM (
    SELECT g.i,
           (g.i * 7919) % (:salespeople * 100) AS c,
           (SELECT MIN(sp.id) FROM salesperson sp WHERE sp.org_id = :org) AS salesperson_base,
           (SELECT MIN(cu.id) FROM customer cu WHERE cu.org_id = :org) AS customer_base
    FROM generate_series(CAST(0 AS BIGINT), CAST(:orders - 1 AS BIGINT)) AS g(i)
) o
;
INSERT INTO target (org_id, salesperson_id, purpose_id, period, period_start, target_count)
SELECT :org, sp.id, p.id, 'MONTH', CAST(date_trunc('month', CAST(:end AS DATE) - CAST(m.i * 30 + 15 AS INTEGER)) AS DATE), 8
FROM salesperson sp
CROSS JOIN purpose p
CROSS JOIN generate_series(0, 11) AS m(i)
WHERE sp.org_id = :org AND p.org_id = :org AND p.kind = 'FUNNEL'
