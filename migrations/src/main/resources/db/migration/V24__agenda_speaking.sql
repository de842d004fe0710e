-- Speaking (đăng ký phát biểu): a delegate asks to speak on an agenda item with a topic; the presidium accepts
-- (placing the request in the item's queue) or declines; a speaker's time is measured from start to stop. Rows
-- are never deleted: a withdrawn or declined request stays, and the spoken ones are the minutes' record of who
-- spoke on what, for how long.
CREATE TABLE congress_speech (
  id              BIGINT        NOT NULL AUTO_INCREMENT,
  congress_id     BIGINT        NOT NULL,
  agenda_item_id  BIGINT        NOT NULL,
  delegate_id     BIGINT        NOT NULL,
  topic           VARCHAR(300)  NOT NULL,
  -- REQUESTED, ACCEPTED, DECLINED, WITHDRAWN, SPEAKING, DONE
  status          VARCHAR(12)   NOT NULL,
  -- the order of accepted requests in the item's queue (1 = next)
  queue_position  INT           NULL,
  requested_at    TIMESTAMP(3)  NOT NULL,
  decided_at      TIMESTAMP(3)  NULL,
  decided_by      VARCHAR(100)  NULL,
  decline_reason  VARCHAR(300)  NULL,
  started_at      TIMESTAMP(3)  NULL,
  ended_at        TIMESTAMP(3)  NULL,
  spoken_seconds  INT           NULL,
  version         BIGINT        NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  KEY ix_speech_item (agenda_item_id, status),
  KEY ix_speech_congress (congress_id, status),
  KEY ix_speech_delegate (delegate_id),
  CONSTRAINT fk_speech_congress FOREIGN KEY (congress_id) REFERENCES congress (id),
  CONSTRAINT fk_speech_item FOREIGN KEY (agenda_item_id) REFERENCES congress_agenda_item (id),
  CONSTRAINT fk_speech_delegate FOREIGN KEY (delegate_id) REFERENCES congress_delegate (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_vietnamese_ci;

-- A screen token lets a projector in the hall follow the public live state without anyone signing in on it.
-- Only the SHA-256 of the token is kept: the organiser sees the token once, when it is created.
CREATE TABLE congress_screen_token (
  id              BIGINT        NOT NULL AUTO_INCREMENT,
  congress_id     BIGINT        NOT NULL,
  label           VARCHAR(100)  NOT NULL,
  token_hash      CHAR(64)      NOT NULL,
  created_at      TIMESTAMP(3)  NOT NULL,
  created_by      VARCHAR(100)  NOT NULL,
  revoked_at      TIMESTAMP(3)  NULL,
  revoked_by      VARCHAR(100)  NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uq_screen_token (token_hash),
  CONSTRAINT fk_screen_congress FOREIGN KEY (congress_id) REFERENCES congress (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_vietnamese_ci;
