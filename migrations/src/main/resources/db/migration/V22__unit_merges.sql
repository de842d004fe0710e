-- Merging units (hợp nhất): several committees or cells become one, effective on a date, by a decision. The old
-- units stay, dissolved, and point at their successor; members move by transfers dated that day, so statistics
-- "as of" an earlier date still count them where they were.

ALTER TABLE party_unit ADD COLUMN successor_id BIGINT NULL,
  ADD CONSTRAINT fk_unit_successor FOREIGN KEY (successor_id) REFERENCES party_unit (id);

CREATE TABLE unit_merge (
  id               BIGINT        NOT NULL AUTO_INCREMENT,
  decision_number  VARCHAR(60)   NOT NULL,
  effective_on     DATE          NOT NULL,
  successor_id     BIGINT        NOT NULL,
  -- the successor was created by this merge (rather than one of the merged units kept)
  successor_created BOOLEAN      NOT NULL,
  members_moved    INT           NOT NULL,
  units_moved      INT           NOT NULL,
  positions_moved  INT           NOT NULL,
  meetings_moved   INT           NOT NULL,
  note             VARCHAR(500)  NULL,
  applied_by       VARCHAR(100)  NOT NULL,
  applied_at       TIMESTAMP(3)  NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_merge_successor FOREIGN KEY (successor_id) REFERENCES party_unit (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_vietnamese_ci;

CREATE TABLE unit_merge_source (
  merge_id         BIGINT        NOT NULL,
  unit_id          BIGINT        NOT NULL,
  PRIMARY KEY (merge_id, unit_id),
  CONSTRAINT fk_merge_source_merge FOREIGN KEY (merge_id) REFERENCES unit_merge (id),
  CONSTRAINT fk_merge_source_unit FOREIGN KEY (unit_id) REFERENCES party_unit (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_vietnamese_ci;
