-- Secret-ballot elections (bầu cử) at a congress, under the Party's election rules (Quy chế bầu cử trong Đảng):
-- the candidate list, legal exclusions from the base, rounds, the ballots, and paper ballots entered twice.
--
-- Anonymity is a property of these tables, not of the code that reads them: the fact that a delegate voted in a
-- round (election_voter) and the contents of the ballots (election_ballot) share no key and carry no time. A
-- ballot's key is a random receipt code (the voter alone is told it), so neither an auto-increment nor the
-- clustered index order says which ballot came when; voters are clustered by delegate id. Nothing else is
-- written when a ballot is cast (no audit entry, no counter on a row a delegate owns).

CREATE TABLE election (
  id              BIGINT        NOT NULL AUTO_INCREMENT,
  congress_id     BIGINT        NOT NULL,
  -- the agenda item the election belongs to, when the agenda has one
  agenda_item_id  BIGINT        NULL,
  title           VARCHAR(300)  NOT NULL,
  -- COMMITTEE, STANDING_COMMITTEE, SECRETARY, DEPUTY_SECRETARY, INSPECTION, INSPECTION_HEAD, DELEGATES, OTHER
  kind            VARCHAR(30)   NOT NULL,
  seats           INT           NOT NULL,
  -- PREPARING (the list may change), RUNNING (a round was opened), FINISHED
  status          VARCHAR(12)   NOT NULL,
  created_by      VARCHAR(100)  NOT NULL,
  created_at      TIMESTAMP(3)  NOT NULL,
  version         BIGINT        NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  INDEX ix_election_congress (congress_id),
  CONSTRAINT fk_election_congress FOREIGN KEY (congress_id) REFERENCES congress (id),
  CONSTRAINT fk_election_agenda FOREIGN KEY (agenda_item_id) REFERENCES congress_agenda_item (id),
  CONSTRAINT ck_election_seats CHECK (seats BETWEEN 1 AND 500)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_vietnamese_ci;

-- The candidates (danh sách bầu cử): from the list prepared for the congress, or nominated from the floor with
-- the agreement of more than 30% of those present (both figures recorded); a withdrawal keeps the row.
CREATE TABLE election_candidate (
  id              BIGINT        NOT NULL AUTO_INCREMENT,
  election_id     BIGINT        NOT NULL,
  member_id       BIGINT        NULL,
  full_name       VARCHAR(120)  NOT NULL,
  -- LIST (prepared), FLOOR (nominated in the hall)
  source          VARCHAR(10)   NOT NULL,
  floor_agreed    INT           NULL,
  floor_present   INT           NULL,
  -- STANDING, WITHDRAWN
  status          VARCHAR(12)   NOT NULL,
  withdraw_reason VARCHAR(500)  NULL,
  added_by        VARCHAR(100)  NOT NULL,
  added_at        TIMESTAMP(3)  NOT NULL,
  version         BIGINT        NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  UNIQUE KEY uq_candidate_member (election_id, member_id),
  CONSTRAINT fk_candidate_election FOREIGN KEY (election_id) REFERENCES election (id),
  CONSTRAINT fk_candidate_member FOREIGN KEY (member_id) REFERENCES member (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_vietnamese_ci;

-- Legal exclusions (trường hợp loại trừ theo quy định): official delegates convened who do not count in the base
-- of this election, each with the reason.
CREATE TABLE election_exclusion (
  election_id     BIGINT        NOT NULL,
  delegate_id     BIGINT        NOT NULL,
  reason          VARCHAR(500)  NOT NULL,
  recorded_by     VARCHAR(100)  NOT NULL,
  recorded_at     TIMESTAMP(3)  NOT NULL,
  PRIMARY KEY (election_id, delegate_id),
  CONSTRAINT fk_exclusion_election FOREIGN KEY (election_id) REFERENCES election (id),
  CONSTRAINT fk_exclusion_delegate FOREIGN KEY (delegate_id) REFERENCES congress_delegate (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_vietnamese_ci;

-- A round of voting (lần bầu): the first among the whole list, a further one among those tied at the cut-off
-- for the seats still open.
CREATE TABLE election_round (
  id              BIGINT        NOT NULL AUTO_INCREMENT,
  election_id     BIGINT        NOT NULL,
  number          INT           NOT NULL,
  seats           INT           NOT NULL,
  -- ELECTRONIC (on the delegates' devices) or PAPER (ballots handed out and entered by the counting board)
  mode            VARCHAR(12)   NOT NULL,
  -- the session whose check-in says who is present
  session_id      BIGINT        NULL,
  -- READY, OPEN, CLOSED (counted), PUBLISHED
  status          VARCHAR(12)   NOT NULL,
  -- paper ballots handed out by the counting board
  paper_issued    INT           NULL,
  opened_at       TIMESTAMP(3)  NULL,
  closed_at       TIMESTAMP(3)  NULL,
  published_at    TIMESTAMP(3)  NULL,
  -- the figures frozen when the round closes (the base can change later; the minutes must not)
  base_convened   INT           NULL,
  base_excluded   INT           NULL,
  present_at_close INT          NULL,
  version         BIGINT        NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  UNIQUE KEY uq_round_number (election_id, number),
  CONSTRAINT fk_round_election FOREIGN KEY (election_id) REFERENCES election (id),
  CONSTRAINT fk_round_session FOREIGN KEY (session_id) REFERENCES congress_session (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_vietnamese_ci;

CREATE TABLE election_round_candidate (
  round_id        BIGINT        NOT NULL,
  candidate_id    BIGINT        NOT NULL,
  PRIMARY KEY (round_id, candidate_id),
  CONSTRAINT fk_rc_round FOREIGN KEY (round_id) REFERENCES election_round (id),
  CONSTRAINT fk_rc_candidate FOREIGN KEY (candidate_id) REFERENCES election_candidate (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_vietnamese_ci;

-- That a delegate voted in a round: nothing more (no time, no ballot). The key makes a second vote impossible.
CREATE TABLE election_voter (
  round_id        BIGINT        NOT NULL,
  delegate_id     BIGINT        NOT NULL,
  PRIMARY KEY (round_id, delegate_id),
  INDEX ix_voter_delegate (delegate_id),
  CONSTRAINT fk_voter_round FOREIGN KEY (round_id) REFERENCES election_round (id),
  CONSTRAINT fk_voter_delegate FOREIGN KEY (delegate_id) REFERENCES congress_delegate (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_vietnamese_ci;

-- The ballots of a round: a random receipt code as the key, the candidates kept, and the verdict. No time, no
-- voter, no sequence.
CREATE TABLE election_ballot (
  receipt         CHAR(14)      CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  round_id        BIGINT        NOT NULL,
  -- ELECTRONIC, PAPER
  source          VARCHAR(12)   NOT NULL,
  -- ids of the candidates kept (not crossed out), ascending, comma separated
  kept            VARCHAR(4000) NOT NULL,
  -- VALID, TOO_MANY_KEPT, ALL_CROSSED_OUT, NOT_ISSUED
  verdict         VARCHAR(20)   NOT NULL,
  PRIMARY KEY (receipt),
  INDEX ix_ballot_round (round_id, receipt),
  CONSTRAINT fk_ballot_round FOREIGN KEY (round_id) REFERENCES election_round (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_vietnamese_ci;

-- Paper ballots as the counting board reads them, each sheet entered twice (pass 1 and 2) by different people;
-- the passes must agree before the sheets become ballots.
CREATE TABLE election_paper_entry (
  round_id        BIGINT        NOT NULL,
  pass            INT           NOT NULL,
  sheet_no        INT           NOT NULL,
  kept            VARCHAR(4000) NOT NULL,
  -- the sheet is not a ballot issued by the counting board (no seal, another form)
  not_issued      BOOLEAN       NOT NULL DEFAULT FALSE,
  entered_by      VARCHAR(100)  NOT NULL,
  PRIMARY KEY (round_id, pass, sheet_no),
  CONSTRAINT fk_paper_round FOREIGN KEY (round_id) REFERENCES election_round (id),
  CONSTRAINT ck_paper_pass CHECK (pass IN (1, 2))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_vietnamese_ci;
