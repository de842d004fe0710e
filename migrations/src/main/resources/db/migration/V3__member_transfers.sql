-- Transfers between cells of the ward: proposed by the source cell's secretary, confirmed by an officer,
-- effective on a date (the receiving cell sees the member from then on). A member's cell history is the
-- chain of completed transfers.
CREATE TABLE member_transfer (
  id             BIGINT       NOT NULL AUTO_INCREMENT,
  member_id      BIGINT       NOT NULL,
  from_cell_id   BIGINT       NOT NULL,
  to_cell_id     BIGINT       NOT NULL,
  effective_date DATE         NOT NULL,
  reason         VARCHAR(500) NULL,
  state          VARCHAR(12)  NOT NULL,
  proposed_by    VARCHAR(100) NOT NULL,
  proposed_at    TIMESTAMP(3) NOT NULL,
  decided_by     VARCHAR(100) NULL,
  decided_at     TIMESTAMP(3) NULL,
  decision_note  VARCHAR(500) NULL,
  version        BIGINT       NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  INDEX ix_transfer_member (member_id, effective_date),
  INDEX ix_transfer_state (state, effective_date),
  CONSTRAINT fk_transfer_member FOREIGN KEY (member_id) REFERENCES member (id),
  CONSTRAINT fk_transfer_from FOREIGN KEY (from_cell_id) REFERENCES party_unit (id),
  CONSTRAINT fk_transfer_to FOREIGN KEY (to_cell_id) REFERENCES party_unit (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_vietnamese_ci;
