-- Status changes are events: a decision with its date, number and reason. The member's status column
-- is the result of the events, kept on the member row so lists can filter by it through an index.
CREATE TABLE member_event (
  id              BIGINT       NOT NULL AUTO_INCREMENT,
  member_id       BIGINT       NOT NULL,
  kind            VARCHAR(20)  NOT NULL,
  event_date      DATE         NOT NULL,
  decision_number VARCHAR(60)  NULL,
  reason          VARCHAR(500) NULL,
  status_before   VARCHAR(16)  NOT NULL,
  status_after    VARCHAR(16)  NOT NULL,
  recorded_by     VARCHAR(100) NOT NULL,
  recorded_at     TIMESTAMP(3) NOT NULL,
  PRIMARY KEY (id),
  INDEX ix_event_member (member_id, event_date, id),
  CONSTRAINT fk_event_member FOREIGN KEY (member_id) REFERENCES member (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_vietnamese_ci;
