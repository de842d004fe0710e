-- The live congress: every screen (presidium console, delegate tablets, the big screen) shows one state, and a
-- counter on the congress row says which version of it is current. A change of state (next agenda item, a
-- speaker starts, a vote closes) bumps the counter in the same transaction, so a screen that reconnects, or an
-- instance of a cluster that did not see the change happen, can tell that it is behind and catch up.
ALTER TABLE congress ADD COLUMN live_version BIGINT NOT NULL DEFAULT 0;

-- The agenda (chương trình đại hội), item by item, per session. One item at most is current in a congress.
CREATE TABLE congress_agenda_item (
  id              BIGINT        NOT NULL AUTO_INCREMENT,
  congress_id     BIGINT        NOT NULL,
  session_id      BIGINT        NULL,
  ordinal         INT           NOT NULL,
  title           VARCHAR(300)  NOT NULL,
  -- PROCEDURE, REPORT, DISCUSSION, VOTE, ELECTION, OTHER
  kind            VARCHAR(20)   NOT NULL,
  -- how long each speaker may speak on this item
  speaking_limit_seconds INT    NOT NULL DEFAULT 300,
  -- PENDING, CURRENT, DONE
  status          VARCHAR(12)   NOT NULL DEFAULT 'PENDING',
  started_at      TIMESTAMP(3)  NULL,
  ended_at        TIMESTAMP(3)  NULL,
  version         BIGINT        NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  UNIQUE KEY uq_agenda_ordinal (congress_id, ordinal),
  CONSTRAINT fk_agenda_congress FOREIGN KEY (congress_id) REFERENCES congress (id),
  CONSTRAINT fk_agenda_session FOREIGN KEY (session_id) REFERENCES congress_session (id),
  CONSTRAINT ck_agenda_limit CHECK (speaking_limit_seconds BETWEEN 30 AND 7200)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_vietnamese_ci;
