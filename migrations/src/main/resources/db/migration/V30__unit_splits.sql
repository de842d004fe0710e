-- Splitting a unit (chia tách): one committee or cell becomes two or more new units, effective on a date, by a
-- decision. The old unit stays, dissolved; a unit has one successor after a merge but several after a split, so
-- the parts are listed here rather than in party_unit.successor_id.

CREATE TABLE unit_split (
  id               BIGINT        NOT NULL AUTO_INCREMENT,
  decision_number  VARCHAR(60)   NOT NULL,
  effective_on     DATE          NOT NULL,
  unit_id          BIGINT        NOT NULL,
  members_moved    INT           NOT NULL,
  units_moved      INT           NOT NULL,
  positions_moved  INT           NOT NULL,
  meetings_moved   INT           NOT NULL,
  note             VARCHAR(500)  NULL,
  applied_by       VARCHAR(100)  NOT NULL,
  applied_at       TIMESTAMP(3)  NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uq_unit_split_unit (unit_id),
  CONSTRAINT fk_split_unit FOREIGN KEY (unit_id) REFERENCES party_unit (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_vietnamese_ci;

CREATE TABLE unit_split_part (
  split_id         BIGINT        NOT NULL,
  unit_id          BIGINT        NOT NULL,
  PRIMARY KEY (split_id, unit_id),
  CONSTRAINT fk_split_part_split FOREIGN KEY (split_id) REFERENCES unit_split (id),
  CONSTRAINT fk_split_part_unit FOREIGN KEY (unit_id) REFERENCES party_unit (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_vietnamese_ci;
