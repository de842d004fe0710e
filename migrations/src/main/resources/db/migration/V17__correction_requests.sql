-- A member's request to correct a field of their own dossier (đề nghị đính chính hồ sơ), tracked until it is
-- done or rejected: OPEN → IN_PROGRESS → DONE | REJECTED (OPEN may go straight to DONE or REJECTED).
-- The value shown to the member when they asked is kept, so the handler sees what the member saw.

CREATE TABLE correction_request (
  id              BIGINT        NOT NULL AUTO_INCREMENT,
  member_id       BIGINT        NOT NULL,
  field           VARCHAR(40)   NOT NULL,
  current_value   VARCHAR(300)  NULL,
  proposed_value  VARCHAR(500)  NOT NULL,
  reason          VARCHAR(1000) NULL,
  state           VARCHAR(12)   NOT NULL,
  requested_by    VARCHAR(100)  NOT NULL,
  requested_at    TIMESTAMP(3)  NOT NULL,
  handled_by      VARCHAR(100)  NULL,
  started_at      TIMESTAMP(3)  NULL,
  closed_at       TIMESTAMP(3)  NULL,
  reply           VARCHAR(1000) NULL,
  version         BIGINT        NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  INDEX ix_correction_member (member_id, requested_at),
  INDEX ix_correction_state (state, requested_at),
  CONSTRAINT fk_correction_member FOREIGN KEY (member_id) REFERENCES member (id),
  CONSTRAINT ck_correction_state CHECK (state IN ('OPEN', 'IN_PROGRESS', 'DONE', 'REJECTED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_vietnamese_ci;
