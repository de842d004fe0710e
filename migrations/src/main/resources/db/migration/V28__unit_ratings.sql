-- Yearly rating of party organisations (đánh giá, xếp loại tổ chức đảng): the ward sets the year's criteria
-- (the "Chi bộ 4 tốt" model, each with its maximum points) and the score thresholds of the grades; a cell or
-- sub-committee scores itself against them and proposes a grade; the committee decides or returns it.
-- Nothing is deleted: a criterion dropped before the ratings start is retired, a rating is kept per year.

CREATE TABLE unit_rating_year (
  rating_year     INT          NOT NULL,
  -- thresholds as a percentage of the criteria's total maximum points
  excellent_from  INT          NOT NULL DEFAULT 90,
  good_from       INT          NOT NULL DEFAULT 70,
  completed_from  INT          NOT NULL DEFAULT 50,
  configured_by   VARCHAR(100) NOT NULL,
  configured_at   TIMESTAMP(3) NOT NULL,
  version         BIGINT       NOT NULL DEFAULT 0,
  PRIMARY KEY (rating_year),
  CONSTRAINT ck_unit_rating_thresholds CHECK (completed_from > 0 AND completed_from < good_from
      AND good_from < excellent_from AND excellent_from <= 100)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_vietnamese_ci;

CREATE TABLE unit_rating_criterion (
  id              BIGINT       NOT NULL AUTO_INCREMENT,
  rating_year     INT          NOT NULL,
  position        INT          NOT NULL,
  title           VARCHAR(300) NOT NULL,
  max_points      INT          NOT NULL,
  retired         BOOLEAN      NOT NULL DEFAULT FALSE,
  version         BIGINT       NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  INDEX ix_unit_rating_criterion_year (rating_year, position),
  CONSTRAINT fk_unit_rating_criterion_year FOREIGN KEY (rating_year) REFERENCES unit_rating_year (rating_year),
  CONSTRAINT ck_unit_rating_criterion_points CHECK (max_points BETWEEN 1 AND 100)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_vietnamese_ci;

CREATE TABLE unit_rating (
  id              BIGINT       NOT NULL AUTO_INCREMENT,
  unit_id         BIGINT       NOT NULL,
  rating_year     INT          NOT NULL,
  state           VARCHAR(12)  NOT NULL,
  total_score     INT          NOT NULL,
  max_score       INT          NOT NULL,
  proposed_grade  VARCHAR(16)  NOT NULL,
  note            VARCHAR(1000) NULL,
  proposed_by     VARCHAR(100) NOT NULL,
  proposed_at     TIMESTAMP(3) NOT NULL,
  decided_grade   VARCHAR(16)  NULL,
  decision_note   VARCHAR(1000) NULL,
  return_reason   VARCHAR(1000) NULL,
  decided_by      VARCHAR(100) NULL,
  decided_at      TIMESTAMP(3) NULL,
  version         BIGINT       NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  CONSTRAINT uq_unit_rating_unit_year UNIQUE (unit_id, rating_year),
  INDEX ix_unit_rating_year (rating_year),
  CONSTRAINT fk_unit_rating_unit FOREIGN KEY (unit_id) REFERENCES party_unit (id),
  CONSTRAINT fk_unit_rating_year FOREIGN KEY (rating_year) REFERENCES unit_rating_year (rating_year)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_vietnamese_ci;

-- The points the unit gave itself per criterion (the latest proposal; earlier ones are in the audit log).
CREATE TABLE unit_rating_score (
  rating_id       BIGINT       NOT NULL,
  criterion_id    BIGINT       NOT NULL,
  points          INT          NOT NULL,
  PRIMARY KEY (rating_id, criterion_id),
  CONSTRAINT fk_unit_rating_score_rating FOREIGN KEY (rating_id) REFERENCES unit_rating (id),
  CONSTRAINT fk_unit_rating_score_criterion FOREIGN KEY (criterion_id) REFERENCES unit_rating_criterion (id),
  CONSTRAINT ck_unit_rating_score_points CHECK (points >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_vietnamese_ci;
