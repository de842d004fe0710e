-- Tasks of a resolution (theo dõi, chỉ đạo, điều hành việc thực hiện nghị quyết): the congress resolution, a
-- Politburo resolution such as 57-NQ/TW, the committee's annual plan, each broken into tasks with who answers
-- for them (a Party unit and/or a member), a deadline, an indicator and a target; cells report progress with
-- evidence files. The status (done, on time, at risk, overdue) is computed from the dates and the latest report
-- (see TaskSchedule), not stored: it changes with the calendar. Nothing is deleted: reports are append-only,
-- every change of a task is a row of resolution_task_change.

CREATE TABLE resolution (
  id            BIGINT        NOT NULL AUTO_INCREMENT,
  kind          VARCHAR(20)   NOT NULL,
  -- số, ký hiệu: "57-NQ/TW", "01-NQ/ĐH"
  code          VARCHAR(60)   NOT NULL,
  title         VARCHAR(500)  NOT NULL,
  issued_on     DATE          NOT NULL,
  issuer        VARCHAR(300)  NOT NULL,
  created_by    VARCHAR(100)  NOT NULL,
  created_at    TIMESTAMP(3)  NOT NULL,
  PRIMARY KEY (id),
  INDEX ix_resolution_issued (issued_on),
  CONSTRAINT ck_resolution_kind CHECK (kind IN ('CONGRESS', 'POLITBURO', 'ANNUAL_PLAN', 'OTHER'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_vietnamese_ci;

CREATE TABLE resolution_task (
  id            BIGINT        NOT NULL AUTO_INCREMENT,
  resolution_id BIGINT        NOT NULL,
  title         VARCHAR(500)  NOT NULL,
  -- who answers for it: a unit (a cell, a sub-committee, the ward committee), a member, or both
  unit_id       BIGINT        NULL,
  member_id     BIGINT        NULL,
  -- the expected progress grows linearly from starts_on to deadline
  starts_on     DATE          NOT NULL,
  deadline      DATE          NOT NULL,
  indicator     VARCHAR(300)  NULL,
  target_value  DECIMAL(16,2) NULL,
  target_unit   VARCHAR(40)   NULL,
  -- from the latest progress report (0 before any)
  progress_percent INT        NOT NULL DEFAULT 0,
  last_value    DECIMAL(16,2) NULL,
  last_report_at TIMESTAMP(3) NULL,
  -- set by the report that completed it (with evidence)
  done_at       TIMESTAMP(3)  NULL,
  created_by    VARCHAR(100)  NOT NULL,
  created_at    TIMESTAMP(3)  NOT NULL,
  version       BIGINT        NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  INDEX ix_task_resolution (resolution_id),
  INDEX ix_task_unit (unit_id),
  INDEX ix_task_member (member_id),
  CONSTRAINT fk_task_resolution FOREIGN KEY (resolution_id) REFERENCES resolution (id),
  CONSTRAINT fk_task_unit FOREIGN KEY (unit_id) REFERENCES party_unit (id),
  CONSTRAINT fk_task_member FOREIGN KEY (member_id) REFERENCES member (id),
  CONSTRAINT ck_task_responsible CHECK (unit_id IS NOT NULL OR member_id IS NOT NULL),
  CONSTRAINT ck_task_dates CHECK (deadline >= starts_on),
  CONSTRAINT ck_task_percent CHECK (progress_percent BETWEEN 0 AND 100)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_vietnamese_ci;

-- Each change of a task by an officer: field, old and new value as shown.
CREATE TABLE resolution_task_change (
  id            BIGINT        NOT NULL AUTO_INCREMENT,
  task_id       BIGINT        NOT NULL,
  field         VARCHAR(40)   NOT NULL,
  old_value     VARCHAR(600)  NULL,
  new_value     VARCHAR(600)  NULL,
  changed_by    VARCHAR(100)  NOT NULL,
  changed_at    TIMESTAMP(3)  NOT NULL,
  PRIMARY KEY (id),
  INDEX ix_task_change_task (task_id),
  CONSTRAINT fk_task_change_task FOREIGN KEY (task_id) REFERENCES resolution_task (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_vietnamese_ci;

-- Progress reports, append-only: a later report supersedes an earlier one, never edits it.
CREATE TABLE resolution_task_report (
  id            BIGINT        NOT NULL AUTO_INCREMENT,
  task_id       BIGINT        NOT NULL,
  reported_by   VARCHAR(100)  NOT NULL,
  reporter_name VARCHAR(120)  NOT NULL,
  reported_at   TIMESTAMP(3)  NOT NULL,
  -- the value reached so far, in the task's unit (when it has a target), and the percent it makes
  reached_value DECIMAL(16,2) NULL,
  percent       INT           NOT NULL,
  done          BOOLEAN       NOT NULL DEFAULT FALSE,
  note          TEXT          NOT NULL,
  PRIMARY KEY (id),
  INDEX ix_task_report_task (task_id, reported_at),
  CONSTRAINT fk_task_report_task FOREIGN KEY (task_id) REFERENCES resolution_task (id),
  CONSTRAINT ck_task_report_percent CHECK (percent BETWEEN 0 AND 100)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_vietnamese_ci;

-- Evidence files (minutes, photos, lists), uploaded first and then attached to the report that cites them; the
-- type is what the bytes say (see EvidenceFile), at most 10 MB, so a single MEDIUMBLOB row stays well under
-- max_allowed_packet (16 MB by default).
CREATE TABLE resolution_task_evidence (
  id            BIGINT        NOT NULL AUTO_INCREMENT,
  task_id       BIGINT        NOT NULL,
  report_id     BIGINT        NULL,
  file_name     VARCHAR(255)  NOT NULL,
  content_type  VARCHAR(100)  NOT NULL,
  file_size     BIGINT        NOT NULL,
  file_sha256   CHAR(64)      NOT NULL,
  uploaded_by   VARCHAR(100)  NOT NULL,
  uploaded_at   TIMESTAMP(3)  NOT NULL,
  content       MEDIUMBLOB    NOT NULL,
  PRIMARY KEY (id),
  INDEX ix_task_evidence_task (task_id),
  INDEX ix_task_evidence_report (report_id),
  CONSTRAINT fk_task_evidence_task FOREIGN KEY (task_id) REFERENCES resolution_task (id),
  CONSTRAINT fk_task_evidence_report FOREIGN KEY (report_id) REFERENCES resolution_task_report (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_vietnamese_ci;
