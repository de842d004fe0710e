-- Notices (thông báo) from the ward or a cell to members' handbooks, with read receipts. The recipients are
-- fixed when the notice is sent (the full and probationary members of the addressed cells on that day), so a
-- receipt is "read" or "not yet read" per person and the count never drifts as members move.
-- Nothing is deleted.

CREATE TABLE notice (
  id            BIGINT        NOT NULL AUTO_INCREMENT,
  title         VARCHAR(200)  NOT NULL,
  body          TEXT          NOT NULL,
  important     BOOLEAN       NOT NULL DEFAULT FALSE,
  -- sent to every cell of the ward (officers only); otherwise to the cells in notice_unit
  ward_wide     BOOLEAN       NOT NULL DEFAULT FALSE,
  sent_by       VARCHAR(100)  NOT NULL,
  sender_name   VARCHAR(120)  NOT NULL,
  published_at  TIMESTAMP(3)  NOT NULL,
  recipient_count INT         NOT NULL,
  PRIMARY KEY (id),
  INDEX ix_notice_published (published_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_vietnamese_ci;

CREATE TABLE notice_unit (
  notice_id     BIGINT        NOT NULL,
  unit_id       BIGINT        NOT NULL,
  PRIMARY KEY (notice_id, unit_id),
  INDEX ix_notice_unit_unit (unit_id),
  CONSTRAINT fk_notice_unit_notice FOREIGN KEY (notice_id) REFERENCES notice (id),
  CONSTRAINT fk_notice_unit_unit FOREIGN KEY (unit_id) REFERENCES party_unit (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_vietnamese_ci;

-- One row per recipient; read_at is the first time they opened it (a receipt, not an audit entry).
-- cell_id is the cell they were in when it was sent, so receipts group by cell as addressed.
CREATE TABLE notice_recipient (
  notice_id     BIGINT        NOT NULL,
  member_id     BIGINT        NOT NULL,
  cell_id       BIGINT        NOT NULL,
  read_at       TIMESTAMP(3)  NULL,
  PRIMARY KEY (notice_id, member_id),
  -- the handbook's "my notices" and the unread count
  INDEX ix_recipient_member (member_id, read_at),
  CONSTRAINT fk_recipient_notice FOREIGN KEY (notice_id) REFERENCES notice (id),
  CONSTRAINT fk_recipient_member FOREIGN KEY (member_id) REFERENCES member (id),
  CONSTRAINT fk_recipient_cell FOREIGN KEY (cell_id) REFERENCES party_unit (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_vietnamese_ci;
