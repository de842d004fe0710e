-- Open votes (biểu quyết) of a congress: on the agenda, the bodies, the resolution or any motion. Each vote names
-- the session whose check-in decides who is present (only present official delegates vote), the rule it passes
-- under (more than half, or two thirds) and the base that rule counts against (those present, or the official
-- delegates convened). The figures are frozen on the vote when it closes, so the minutes never recompute them.
CREATE TABLE congress_vote (
  id              BIGINT        NOT NULL AUTO_INCREMENT,
  congress_id     BIGINT        NOT NULL,
  session_id      BIGINT        NOT NULL,
  -- the agenda item it belongs to, if any (the agenda's entity comes with its own feature)
  agenda_item_id  BIGINT        NULL,
  -- AGENDA, BODIES, RESOLUTION, MOTION
  subject         VARCHAR(20)   NOT NULL,
  title           VARCHAR(300)  NOT NULL,
  -- MAJORITY (more than half of the base agrees), TWO_THIRDS (at least two thirds of the base agree)
  rule            VARCHAR(20)   NOT NULL,
  -- PRESENT (checked in to the session when the vote closes), CONVENED (official delegates convened)
  base            VARCHAR(20)   NOT NULL,
  -- whether a delegate may change their vote until the vote closes
  changeable      BOOLEAN       NOT NULL,
  -- PREPARED, OPEN, CLOSED
  status          VARCHAR(12)   NOT NULL,
  created_by      VARCHAR(100)  NOT NULL,
  created_at      TIMESTAMP(3)  NOT NULL,
  opened_by       VARCHAR(100)  NULL,
  opened_at       TIMESTAMP(3)  NULL,
  closed_by       VARCHAR(100)  NULL,
  closed_at       TIMESTAMP(3)  NULL,
  -- the result, frozen at closing
  agree           INT           NULL,
  disagree        INT           NULL,
  abstain         INT           NULL,
  present_count   INT           NULL,
  convened_count  INT           NULL,
  passed          BOOLEAN       NULL,
  version         BIGINT        NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  INDEX ix_vote_congress (congress_id, status),
  CONSTRAINT fk_vote_congress FOREIGN KEY (congress_id) REFERENCES congress (id),
  CONSTRAINT fk_vote_session FOREIGN KEY (session_id) REFERENCES congress_session (id),
  CONSTRAINT fk_vote_agenda_item FOREIGN KEY (agenda_item_id) REFERENCES congress_agenda_item (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_vietnamese_ci;

-- One row per vote and delegate: the key makes a second (or a concurrent) cast by the same delegate change that
-- row, never add one. An open vote is public: who voted how is the record, like a show of hands.
CREATE TABLE congress_vote_cast (
  vote_id         BIGINT        NOT NULL,
  delegate_id     BIGINT        NOT NULL,
  -- AGREE, DISAGREE, ABSTAIN
  choice          VARCHAR(10)   NOT NULL,
  cast_at         TIMESTAMP(3)  NOT NULL,
  -- how many times the delegate changed their vote (changeable votes only)
  changes         INT           NOT NULL DEFAULT 0,
  changed_at      TIMESTAMP(3)  NULL,
  PRIMARY KEY (vote_id, delegate_id),
  INDEX ix_vote_cast_delegate (delegate_id),
  CONSTRAINT fk_vote_cast_vote FOREIGN KEY (vote_id) REFERENCES congress_vote (id),
  CONSTRAINT fk_vote_cast_delegate FOREIGN KEY (delegate_id) REFERENCES congress_delegate (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_vietnamese_ci;
