-- The ward's public page (no sign-in): notices the officer marks public, digital-skills classes opened to
-- residents' enrolment, and residents' enrolment requests held for the class's unit to accept or reject.

-- Existing notices stay internal.
ALTER TABLE notice ADD COLUMN public_notice BOOLEAN NOT NULL DEFAULT FALSE;
CREATE INDEX ix_notice_public ON notice (public_notice, published_at);

-- A class listed on the public page while open = TRUE (closing it keeps the row).
CREATE TABLE skills_class_public (
  class_id        BIGINT       NOT NULL,
  open_enrolment  BOOLEAN      NOT NULL,
  changed_by      VARCHAR(100) NOT NULL,
  changed_at      TIMESTAMP(3) NOT NULL,
  version         BIGINT       NOT NULL DEFAULT 0,
  PRIMARY KEY (class_id),
  CONSTRAINT fk_skills_class_public_class FOREIGN KEY (class_id) REFERENCES skills_class (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_vietnamese_ci;

CREATE TABLE enrolment_request (
  id              BIGINT       NOT NULL AUTO_INCREMENT,
  class_id        BIGINT       NOT NULL,
  full_name       VARCHAR(120) NOT NULL,
  phone           VARCHAR(15)  NOT NULL,
  neighbourhood   VARCHAR(120) NOT NULL,
  state           VARCHAR(12)  NOT NULL,
  received_at     TIMESTAMP(3) NOT NULL,
  decided_by      VARCHAR(100) NULL,
  decided_at      TIMESTAMP(3) NULL,
  reject_reason   VARCHAR(500) NULL,
  learner_id      BIGINT       NULL,
  version         BIGINT       NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  INDEX ix_enrolment_request_class (class_id, state),
  CONSTRAINT fk_enrolment_request_class FOREIGN KEY (class_id) REFERENCES skills_class (id),
  CONSTRAINT fk_enrolment_request_learner FOREIGN KEY (learner_id) REFERENCES skills_learner (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_vietnamese_ci;
