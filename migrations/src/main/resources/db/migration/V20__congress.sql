-- A party congress (đại hội) run paperless from the records: its sessions, its bodies, discussion groups, the
-- seat map, delegates (from dossiers) and invited guests, and check-in per session.
-- Nothing is deleted, with one deliberate exception: face descriptors are removed when the organising board
-- closes the congress (consent was given for this congress only).

CREATE TABLE congress (
  id              BIGINT        NOT NULL AUTO_INCREMENT,
  name            VARCHAR(300)  NOT NULL,
  -- WARD, DISTRICT, PROVINCE … (the level of the committee holding it)
  level           VARCHAR(20)   NOT NULL,
  term            VARCHAR(20)   NOT NULL,
  starts_on       DATE          NOT NULL,
  ends_on         DATE          NOT NULL,
  venue           VARCHAR(300)  NOT NULL,
  -- PREPARING, CLOSED
  status          VARCHAR(20)   NOT NULL,
  -- the key that signs the delegate cards' QR tokens of this congress (never sent to a client)
  card_key        VARBINARY(32) NOT NULL,
  -- share of the official delegates convened who must be present (the Party's rules: two thirds)
  quorum_numerator   INT        NOT NULL DEFAULT 2,
  quorum_denominator INT        NOT NULL DEFAULT 3,
  created_by      VARCHAR(100)  NOT NULL,
  created_at      TIMESTAMP(3)  NOT NULL,
  closed_at       TIMESTAMP(3)  NULL,
  version         BIGINT        NOT NULL DEFAULT 0,
  PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_vietnamese_ci;

CREATE TABLE congress_session (
  id              BIGINT        NOT NULL AUTO_INCREMENT,
  congress_id     BIGINT        NOT NULL,
  ordinal         INT           NOT NULL,
  name            VARCHAR(200)  NOT NULL,
  starts_at       TIMESTAMP(3)  NOT NULL,
  -- check-in is accepted for a session only while the secretariat keeps it open
  checkin_open    BOOLEAN       NOT NULL DEFAULT FALSE,
  PRIMARY KEY (id),
  UNIQUE KEY uq_session_ordinal (congress_id, ordinal),
  CONSTRAINT fk_session_congress FOREIGN KEY (congress_id) REFERENCES congress (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_vietnamese_ci;

CREATE TABLE congress_group (
  id              BIGINT        NOT NULL AUTO_INCREMENT,
  congress_id     BIGINT        NOT NULL,
  name            VARCHAR(120)  NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uq_group_name (congress_id, name),
  CONSTRAINT fk_group_congress FOREIGN KEY (congress_id) REFERENCES congress (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_vietnamese_ci;

-- The hall drawn as rows of seats (row label and how many seats it has), front row first.
CREATE TABLE congress_seat_row (
  congress_id     BIGINT        NOT NULL,
  ordinal         INT           NOT NULL,
  label           VARCHAR(10)   NOT NULL,
  seats           INT           NOT NULL,
  PRIMARY KEY (congress_id, ordinal),
  UNIQUE KEY uq_seat_row_label (congress_id, label),
  CONSTRAINT fk_seat_row_congress FOREIGN KEY (congress_id) REFERENCES congress (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_vietnamese_ci;

CREATE TABLE congress_delegate (
  id              BIGINT        NOT NULL AUTO_INCREMENT,
  congress_id     BIGINT        NOT NULL,
  -- OFFICIAL, ALTERNATE, GUEST
  kind            VARCHAR(20)   NOT NULL,
  -- EX_OFFICIO, ELECTED, APPOINTED for delegates; NULL for guests
  basis           VARCHAR(20)   NULL,
  -- the dossier of a delegate; NULL for a guest who is not a member of this ward
  member_id       BIGINT        NULL,
  full_name       VARCHAR(120)  NOT NULL,
  -- a guest's office, or the delegation a delegate belongs to
  delegation      VARCHAR(200)  NULL,
  group_id        BIGINT        NULL,
  seat_row        VARCHAR(10)   NULL,
  seat_number     INT           NULL,
  -- CONVENED, WITHDRAWN (a withdrawn delegate stays on record, with the reason)
  status          VARCHAR(20)   NOT NULL,
  status_reason   VARCHAR(500)  NULL,
  -- declared in advance: will not attend, and why (counted as "absent with reason")
  absence_reason  VARCHAR(500)  NULL,
  -- questioned credentials and the credential committee's decision (ACCEPTED, REJECTED)
  credential_question VARCHAR(1000) NULL,
  credential_decision VARCHAR(20)   NULL,
  credential_note     VARCHAR(1000) NULL,
  -- raised when a card is reissued, so the QR code of an earlier card is refused
  card_version    INT           NOT NULL DEFAULT 1,
  created_at      TIMESTAMP(3)  NOT NULL,
  version         BIGINT        NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  UNIQUE KEY uq_delegate_member (congress_id, member_id),
  UNIQUE KEY uq_delegate_seat (congress_id, seat_row, seat_number),
  INDEX ix_delegate_group (group_id),
  CONSTRAINT fk_delegate_congress FOREIGN KEY (congress_id) REFERENCES congress (id),
  CONSTRAINT fk_delegate_member FOREIGN KEY (member_id) REFERENCES member (id),
  CONSTRAINT fk_delegate_group FOREIGN KEY (group_id) REFERENCES congress_group (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_vietnamese_ci;

-- A delegate's photo, kept apart so lists never carry it; uploaded only with the delegate's consent recorded.
CREATE TABLE congress_delegate_photo (
  delegate_id     BIGINT        NOT NULL,
  content_type    VARCHAR(40)   NOT NULL,
  photo           MEDIUMBLOB    NOT NULL,
  consent_at      TIMESTAMP(3)  NOT NULL,
  consent_by      VARCHAR(100)  NOT NULL,
  uploaded_at     TIMESTAMP(3)  NOT NULL,
  PRIMARY KEY (delegate_id),
  CONSTRAINT fk_photo_delegate FOREIGN KEY (delegate_id) REFERENCES congress_delegate (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_vietnamese_ci;

-- The congress bodies: PRESIDIUM (đoàn chủ tịch), SECRETARIAT (đoàn thư ký), CREDENTIALS (ban thẩm tra tư cách
-- đại biểu), COUNTING (ban kiểm phiếu). Membership gives congress-scoped consoles for this congress only.
CREATE TABLE congress_body_member (
  id              BIGINT        NOT NULL AUTO_INCREMENT,
  congress_id     BIGINT        NOT NULL,
  body            VARCHAR(20)   NOT NULL,
  delegate_id     BIGINT        NOT NULL,
  -- the head of the body (chủ tịch đoàn, trưởng ban …)
  head            BOOLEAN       NOT NULL DEFAULT FALSE,
  PRIMARY KEY (id),
  UNIQUE KEY uq_body_member (congress_id, body, delegate_id),
  INDEX ix_body_delegate (delegate_id),
  CONSTRAINT fk_body_congress FOREIGN KEY (congress_id) REFERENCES congress (id),
  CONSTRAINT fk_body_delegate FOREIGN KEY (delegate_id) REFERENCES congress_delegate (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_vietnamese_ci;

-- One row per delegate and session: the unique key makes a second scan of the same card a no-op.
CREATE TABLE congress_checkin (
  session_id      BIGINT        NOT NULL,
  delegate_id     BIGINT        NOT NULL,
  congress_id     BIGINT        NOT NULL,
  checked_at      TIMESTAMP(3)  NOT NULL,
  -- CARD (QR at the door), SELF (own device), DESK (secretariat by search), FACE (kiosk camera)
  method          VARCHAR(10)   NOT NULL,
  checked_by      VARCHAR(100)  NOT NULL,
  PRIMARY KEY (session_id, delegate_id),
  INDEX ix_checkin_delegate (delegate_id),
  CONSTRAINT fk_checkin_session FOREIGN KEY (session_id) REFERENCES congress_session (id),
  CONSTRAINT fk_checkin_delegate FOREIGN KEY (delegate_id) REFERENCES congress_delegate (id),
  CONSTRAINT fk_checkin_congress FOREIGN KEY (congress_id) REFERENCES congress (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_vietnamese_ci;

-- Face descriptors (128 float32 values) computed in the kiosk's browser from a consented photo. Deleted when the
-- congress is closed.
CREATE TABLE congress_face (
  delegate_id     BIGINT        NOT NULL,
  descriptor      VARBINARY(512) NOT NULL,
  computed_at     TIMESTAMP(3)  NOT NULL,
  PRIMARY KEY (delegate_id),
  CONSTRAINT fk_face_delegate FOREIGN KEY (delegate_id) REFERENCES congress_delegate (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_vietnamese_ci;
