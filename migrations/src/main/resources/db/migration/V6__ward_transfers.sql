-- Transfers out of the ward: proposed by the member's cell (or an officer), confirmed by an officer,
-- effective on a date; then the dossier is sealed (status TRANSFERRED_OUT) and sent to the destination.
CREATE TABLE ward_transfer_out (
  id                   BIGINT       NOT NULL AUTO_INCREMENT,
  member_id            BIGINT       NOT NULL,
  from_cell_id         BIGINT       NOT NULL,
  destination_name     VARCHAR(200) NOT NULL,
  destination_level    VARCHAR(100) NULL,
  destination_province VARCHAR(100) NULL,
  decision_number      VARCHAR(60)  NOT NULL,
  effective_date       DATE         NOT NULL,
  reason               VARCHAR(500) NULL,
  state                VARCHAR(12)  NOT NULL,
  proposed_by          VARCHAR(100) NOT NULL,
  proposed_at          TIMESTAMP(3) NOT NULL,
  decided_by           VARCHAR(100) NULL,
  decided_at           TIMESTAMP(3) NULL,
  decision_note        VARCHAR(500) NULL,
  sent_at              TIMESTAMP(3) NULL,
  version              BIGINT       NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  INDEX ix_transfer_out_member (member_id, effective_date),
  INDEX ix_transfer_out_state (state, effective_date),
  CONSTRAINT fk_transfer_out_member FOREIGN KEY (member_id) REFERENCES member (id),
  CONSTRAINT fk_transfer_out_cell FOREIGN KEY (from_cell_id) REFERENCES party_unit (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_vietnamese_ci;

-- Dossiers received from another organisation: registered (RECEIVED), checked (CHECKED), then ACCEPTED
-- into a cell (member_id set: a new dossier, or the same one reopened for a member coming back) or REFUSED.
-- The 2-HSĐV fields wait in dossier_fields (JSON of the texts as typed) until the dossier is accepted.
CREATE TABLE ward_transfer_in (
  id                BIGINT       NOT NULL AUTO_INCREMENT,
  full_name         VARCHAR(200) NOT NULL,
  citizen_id        CHAR(12)     NOT NULL,
  dossier_fields    TEXT         NOT NULL,
  sending_org       VARCHAR(200) NOT NULL,
  slip_number       VARCHAR(60)  NOT NULL,
  state             VARCHAR(12)  NOT NULL,
  registered_by     VARCHAR(100) NOT NULL,
  registered_at     TIMESTAMP(3) NOT NULL,
  slip_present      BOOLEAN      NULL,
  dossier_complete  BOOLEAN      NULL,
  card_matches      BOOLEAN      NULL,
  check_note        VARCHAR(500) NULL,
  checked_by        VARCHAR(100) NULL,
  checked_at        TIMESTAMP(3) NULL,
  cell_id           BIGINT       NULL,
  accepted_on       DATE         NULL,
  member_id         BIGINT       NULL,
  returning_member  BOOLEAN      NOT NULL DEFAULT FALSE,
  refusal_reason    VARCHAR(500) NULL,
  decided_by        VARCHAR(100) NULL,
  decided_at        TIMESTAMP(3) NULL,
  version           BIGINT       NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  INDEX ix_transfer_in_state (state, registered_at),
  INDEX ix_transfer_in_citizen (citizen_id),
  INDEX ix_transfer_in_member (member_id),
  CONSTRAINT fk_transfer_in_cell FOREIGN KEY (cell_id) REFERENCES party_unit (id),
  CONSTRAINT fk_transfer_in_member FOREIGN KEY (member_id) REFERENCES member (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_vietnamese_ci;

-- Seriously ill members may receive a Party badge early (12 or 24 months, as the committee decides).
CREATE TABLE serious_illness (
  id             BIGINT       NOT NULL AUTO_INCREMENT,
  member_id      BIGINT       NOT NULL,
  since_date     DATE         NOT NULL,
  advance_months INT          NOT NULL,
  note           VARCHAR(500) NULL,
  recorded_by    VARCHAR(100) NOT NULL,
  recorded_at    TIMESTAMP(3) NOT NULL,
  PRIMARY KEY (id),
  INDEX ix_illness_member (member_id, since_date),
  CONSTRAINT fk_illness_member FOREIGN KEY (member_id) REFERENCES member (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_vietnamese_ci;

-- Party age counts from the first admission, minus interruptions: a re-admission keeps the admission
-- date it replaces, so the earlier membership still counts.
ALTER TABLE member_event ADD COLUMN previous_admission_date DATE NULL;

-- Re-admissions recorded before this column existed: the admission date they replaced is in the dossier's history.
UPDATE member_event e SET previous_admission_date = (
    SELECT MAX(CAST(f.old_value AS DATE)) FROM member_revision r
      JOIN member_revision_field f ON f.revision_id = r.id
     WHERE r.member_id = e.member_id AND f.field = 'admissionDate' AND f.old_value IS NOT NULL
       AND f.new_value = CAST(e.event_date AS CHAR))
 WHERE e.kind = 'READMISSION';
