-- Annual rating of members (đánh giá, xếp loại đảng viên, Quy định 366-QĐ/TW): the cell proposes a score
-- and a grade, the committee approves or returns it. One rating per member and year.
CREATE TABLE member_rating (
  id              BIGINT       NOT NULL AUTO_INCREMENT,
  member_id       BIGINT       NOT NULL,
  cell_id         BIGINT       NOT NULL,
  rating_year     INT          NOT NULL,
  score           INT          NOT NULL,
  conditions_met  BOOLEAN      NOT NULL DEFAULT FALSE,
  grade           VARCHAR(16)  NOT NULL,
  state           VARCHAR(12)  NOT NULL,
  note            VARCHAR(500) NULL,
  proposed_by     VARCHAR(100) NOT NULL,
  proposed_at     TIMESTAMP(3) NOT NULL,
  decided_by      VARCHAR(100) NULL,
  decided_at      TIMESTAMP(3) NULL,
  return_reason   VARCHAR(500) NULL,
  version         BIGINT       NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  CONSTRAINT uq_rating_member_year UNIQUE (member_id, rating_year),
  INDEX ix_rating_cell_year (cell_id, rating_year),
  CONSTRAINT fk_rating_member FOREIGN KEY (member_id) REFERENCES member (id),
  CONSTRAINT fk_rating_cell FOREIGN KEY (cell_id) REFERENCES party_unit (id),
  CONSTRAINT ck_rating_score CHECK (score BETWEEN 0 AND 100)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_vietnamese_ci;
