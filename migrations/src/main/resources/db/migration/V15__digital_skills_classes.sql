-- Digital-skills classes (Bình dân học vụ số): a cell or the ward runs a class with sessions; learners are
-- Party members (linked to their dossier) or residents (name, phone, neighbourhood; no dossier). Attendance is
-- marked per session; completion is computed from it (attended >= required sessions), never stored by hand.
-- Nothing is deleted.

CREATE TABLE skills_class (
  id                 BIGINT        NOT NULL AUTO_INCREMENT,
  unit_id            BIGINT        NOT NULL,
  title              VARCHAR(300)  NOT NULL,
  skills             TEXT          NULL,
  instructor         VARCHAR(120)  NOT NULL,
  place              VARCHAR(300)  NULL,
  -- NULL: every session of the class is required
  required_sessions  INT           NULL,
  created_by         VARCHAR(100)  NOT NULL,
  created_at         TIMESTAMP(3)  NOT NULL,
  version            BIGINT        NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  INDEX ix_skills_class_unit (unit_id),
  CONSTRAINT fk_skills_class_unit FOREIGN KEY (unit_id) REFERENCES party_unit (id),
  CONSTRAINT ck_skills_class_required CHECK (required_sessions IS NULL OR required_sessions > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_vietnamese_ci;

CREATE TABLE skills_session (
  id          BIGINT        NOT NULL AUTO_INCREMENT,
  class_id    BIGINT        NOT NULL,
  held_on     DATE          NOT NULL,
  starts_at   TIME          NULL,
  topic       VARCHAR(300)  NULL,
  instructor  VARCHAR(120)  NULL,
  created_by  VARCHAR(100)  NOT NULL,
  created_at  TIMESTAMP(3)  NOT NULL,
  PRIMARY KEY (id),
  INDEX ix_skills_session_class (class_id, held_on),
  INDEX ix_skills_session_day (held_on),
  CONSTRAINT fk_skills_session_class FOREIGN KEY (class_id) REFERENCES skills_class (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_vietnamese_ci;

-- A member is enrolled once per class (member_id), a resident once per phone number; NULLs do not collide.
CREATE TABLE skills_learner (
  id             BIGINT        NOT NULL AUTO_INCREMENT,
  class_id       BIGINT        NOT NULL,
  member_id      BIGINT        NULL,
  full_name      VARCHAR(120)  NULL,
  phone          VARCHAR(15)   NULL,
  neighbourhood  VARCHAR(120)  NULL,
  enrolled_by    VARCHAR(100)  NOT NULL,
  enrolled_at    TIMESTAMP(3)  NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_skills_learner_member UNIQUE (class_id, member_id),
  CONSTRAINT uq_skills_learner_phone UNIQUE (class_id, phone),
  INDEX ix_skills_learner_member (member_id),
  CONSTRAINT fk_skills_learner_class FOREIGN KEY (class_id) REFERENCES skills_class (id),
  CONSTRAINT fk_skills_learner_member FOREIGN KEY (member_id) REFERENCES member (id),
  CONSTRAINT ck_skills_learner_who CHECK (member_id IS NOT NULL OR (full_name IS NOT NULL AND phone IS NOT NULL))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_vietnamese_ci;

CREATE TABLE skills_attendance (
  id          BIGINT        NOT NULL AUTO_INCREMENT,
  session_id  BIGINT        NOT NULL,
  learner_id  BIGINT        NOT NULL,
  present     BOOLEAN       NOT NULL,
  marked_by   VARCHAR(100)  NOT NULL,
  marked_at   TIMESTAMP(3)  NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_skills_attendance UNIQUE (session_id, learner_id),
  INDEX ix_skills_attendance_learner (learner_id),
  CONSTRAINT fk_skills_attendance_session FOREIGN KEY (session_id) REFERENCES skills_session (id),
  CONSTRAINT fk_skills_attendance_learner FOREIGN KEY (learner_id) REFERENCES skills_learner (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_vietnamese_ci;
