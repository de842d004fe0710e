-- The first slice: the organisation tree, member dossiers (form 2-HSĐV core), their change history,
-- leadership positions (which drive a secretary's scope) and the audit log.
-- Every table states its collation: MariaDB 11.4 would otherwise give utf8mb4_general_ci,
-- which sorts Vietnamese letters (Ă, Â, Đ …) in the wrong place.

CREATE TABLE party_unit (
  id                 BIGINT       NOT NULL AUTO_INCREMENT,
  kind               VARCHAR(8)   NOT NULL,
  name               VARCHAR(200) NOT NULL,
  parent_id          BIGINT       NULL,
  established_on     DATE         NULL,
  dissolved_on       DATE         NULL,
  dissolution_reason VARCHAR(500) NULL,
  version            BIGINT       NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  CONSTRAINT fk_unit_parent FOREIGN KEY (parent_id) REFERENCES party_unit (id),
  CONSTRAINT ck_unit_kind CHECK (kind IN ('WARD', 'SUB', 'CELL'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_vietnamese_ci;

CREATE TABLE member (
  id                         BIGINT       NOT NULL AUTO_INCREMENT,
  full_name                  VARCHAR(120) NOT NULL,
  other_names                VARCHAR(200) NULL,
  sex                        VARCHAR(6)   NOT NULL,
  birth_date                 DATE         NOT NULL,
  birthplace                 VARCHAR(300) NULL,
  residence                  VARCHAR(300) NULL,
  ethnicity                  VARCHAR(60)  NULL,
  religion                   VARCHAR(60)  NULL,
  citizen_id                 CHAR(12)     NULL,
  occupation                 VARCHAR(200) NULL,
  general_education          VARCHAR(20)  NULL,
  professional_qualification VARCHAR(200) NULL,
  political_theory           VARCHAR(16)  NULL,
  foreign_language           VARCHAR(100) NULL,
  it_level                   VARCHAR(100) NULL,
  admission_date             DATE         NULL,
  full_membership_date       DATE         NULL,
  party_card_number          VARCHAR(16)  NULL,
  status                     VARCHAR(16)  NOT NULL,
  cell_id                    BIGINT       NOT NULL,
  -- Derived from full_name by the application: the name without diacritics in lower case (search),
  -- and the given name first (Vietnamese alphabetical order).
  search_name                VARCHAR(120) NOT NULL,
  sort_key                   VARCHAR(120) NOT NULL,
  created_at                 TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  version                    BIGINT       NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  CONSTRAINT uq_member_citizen_id UNIQUE (citizen_id),
  CONSTRAINT uq_member_party_card UNIQUE (party_card_number),
  CONSTRAINT fk_member_cell FOREIGN KEY (cell_id) REFERENCES party_unit (id),
  INDEX ix_member_sort (sort_key, id),
  INDEX ix_member_cell_sort (cell_id, sort_key, id),
  INDEX ix_member_status_sort (status, sort_key, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_vietnamese_ci;

-- One row per word of a member's name, folded to ASCII: a word-prefix search on any part of a name
-- ("thi dao" finds "Nguyễn Thị Đào") through an index instead of a scan of every name.
CREATE TABLE member_name_token (
  member_id BIGINT      NOT NULL,
  position  SMALLINT    NOT NULL,
  token     VARCHAR(40) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  PRIMARY KEY (member_id, position),
  INDEX ix_token (token, member_id),
  CONSTRAINT fk_token_member FOREIGN KEY (member_id) REFERENCES member (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_vietnamese_ci;

-- Nothing in a dossier is overwritten without trace: each save is a revision holding the old and new
-- value of every field it changed.
CREATE TABLE member_revision (
  id         BIGINT       NOT NULL AUTO_INCREMENT,
  member_id  BIGINT       NOT NULL,
  changed_at TIMESTAMP(3) NOT NULL,
  changed_by VARCHAR(100) NOT NULL,
  PRIMARY KEY (id),
  INDEX ix_revision_member (member_id, changed_at),
  CONSTRAINT fk_revision_member FOREIGN KEY (member_id) REFERENCES member (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_vietnamese_ci;

CREATE TABLE member_revision_field (
  revision_id BIGINT       NOT NULL,
  field       VARCHAR(40)  NOT NULL,
  old_value   VARCHAR(500) NULL,
  new_value   VARCHAR(500) NULL,
  PRIMARY KEY (revision_id, field),
  CONSTRAINT fk_field_revision FOREIGN KEY (revision_id) REFERENCES member_revision (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_vietnamese_ci;

CREATE TABLE unit_position (
  id         BIGINT      NOT NULL AUTO_INCREMENT,
  unit_id    BIGINT      NOT NULL,
  member_id  BIGINT      NOT NULL,
  role       VARCHAR(20) NOT NULL,
  start_date DATE        NOT NULL,
  end_date   DATE        NULL,
  PRIMARY KEY (id),
  INDEX ix_position_member (member_id, start_date),
  INDEX ix_position_unit (unit_id, start_date),
  CONSTRAINT fk_position_unit FOREIGN KEY (unit_id) REFERENCES party_unit (id),
  CONSTRAINT fk_position_member FOREIGN KEY (member_id) REFERENCES member (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_vietnamese_ci;

CREATE TABLE audit_entry (
  id           BIGINT        NOT NULL AUTO_INCREMENT,
  at           TIMESTAMP(3)  NOT NULL,
  actor        VARCHAR(100)  NOT NULL,
  action       VARCHAR(40)   NOT NULL,
  subject_type VARCHAR(40)   NOT NULL,
  subject_id   VARCHAR(40)   NULL,
  detail       VARCHAR(1000) NULL,
  origin       VARCHAR(200)  NULL,
  PRIMARY KEY (id),
  INDEX ix_audit_at (at),
  INDEX ix_audit_subject (subject_type, subject_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_vietnamese_ci;
