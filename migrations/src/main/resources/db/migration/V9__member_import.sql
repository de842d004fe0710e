-- Spreadsheet imports of member dossiers: the uploaded file is analysed into a preview, which an
-- officer confirms; the confirmed import is applied in one transaction. The row keeps what the
-- preview promised (counts and a digest of the planned changes) so that a confirmation is refused
-- when the records changed in between.
CREATE TABLE member_import (
  id            BIGINT       NOT NULL AUTO_INCREMENT,
  file_name     VARCHAR(255) NOT NULL,
  file_sha256   CHAR(64)     NOT NULL,
  file_size     BIGINT       NOT NULL,
  staged_path   VARCHAR(500) NOT NULL,
  default_cell_id BIGINT     NULL,
  state         VARCHAR(12)  NOT NULL,
  uploaded_by   VARCHAR(100) NOT NULL,
  uploaded_at   TIMESTAMP(3) NOT NULL,
  finished_at   TIMESTAMP(3) NULL,
  total_rows    INT          NULL,
  to_create     INT          NULL,
  to_update     INT          NULL,
  unchanged     INT          NULL,
  rejected      INT          NULL,
  plan_digest   CHAR(64)     NULL,
  report        LONGTEXT     NULL,
  failure       VARCHAR(1000) NULL,
  version       BIGINT       NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  INDEX ix_import_uploaded (uploaded_at),
  CONSTRAINT fk_import_cell FOREIGN KEY (default_cell_id) REFERENCES party_unit (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_vietnamese_ci;

-- Which import created or last changed a revision: the dossier's timeline names the file.
ALTER TABLE member_revision ADD COLUMN import_id BIGINT NULL,
  ADD CONSTRAINT fk_revision_import FOREIGN KEY (import_id) REFERENCES member_import (id);
