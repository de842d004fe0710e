-- Congress documents (văn kiện: drafts and final texts) stored as ordered paragraphs so that a comment (góp ý)
-- can point at one; the fields (lĩnh vực) comments are classified by; comments from delegates and, on public
-- drafts, from residents, held for moderation by the secretariat. Nothing is deleted: a rejected comment stays,
-- marked, and never counts.

CREATE TABLE congress_document (
  id              BIGINT        NOT NULL AUTO_INCREMENT,
  congress_id     BIGINT        NOT NULL,
  -- NULL: for the whole congress
  session_id      BIGINT        NULL,
  title           VARCHAR(300)  NOT NULL,
  -- DRAFT, FINAL
  kind            VARCHAR(10)   NOT NULL,
  -- a draft open to residents' comments on the public page
  public_draft    BOOLEAN       NOT NULL DEFAULT FALSE,
  published_by    VARCHAR(100)  NOT NULL,
  published_at    TIMESTAMP(3)  NOT NULL,
  PRIMARY KEY (id),
  KEY ix_document_congress (congress_id, public_draft),
  CONSTRAINT fk_document_congress FOREIGN KEY (congress_id) REFERENCES congress (id),
  CONSTRAINT fk_document_session FOREIGN KEY (session_id) REFERENCES congress_session (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_vietnamese_ci;

CREATE TABLE congress_paragraph (
  document_id     BIGINT        NOT NULL,
  -- 0-based position; the API numbers paragraphs from 1
  ordinal         INT           NOT NULL,
  -- allow-list-cleaned HTML of one block (p, h2, ul, table …)
  html            MEDIUMTEXT    NOT NULL,
  plain_text      MEDIUMTEXT    NOT NULL,
  PRIMARY KEY (document_id, ordinal),
  CONSTRAINT fk_paragraph_document FOREIGN KEY (document_id) REFERENCES congress_document (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_vietnamese_ci;

-- The fields of comments. congress_id NULL: the defaults every congress starts with; the secretariat adds its own.
CREATE TABLE congress_field (
  id              BIGINT        NOT NULL AUTO_INCREMENT,
  congress_id     BIGINT        NULL,
  name            VARCHAR(120)  NOT NULL,
  -- comma-separated words or phrases that suggest this field (matched without diacritics)
  keywords        VARCHAR(2000) NOT NULL,
  PRIMARY KEY (id),
  KEY ix_field_congress (congress_id),
  CONSTRAINT fk_field_congress FOREIGN KEY (congress_id) REFERENCES congress (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_vietnamese_ci;

INSERT INTO congress_field (congress_id, name, keywords) VALUES
  (NULL, 'Kinh tế', 'kinh tế, kinh doanh, doanh nghiệp, đầu tư, thu nhập, việc làm, thương mại, chợ, du lịch, ngân sách, thuế, tăng trưởng, sản xuất, hộ nghèo, giảm nghèo, tiểu thương'),
  (NULL, 'Xây dựng Đảng', 'xây dựng đảng, đảng viên, chi bộ, đảng bộ, cán bộ, kết nạp, sinh hoạt chi bộ, kiểm tra, giám sát, kỷ luật, tự phê bình, phê bình, tham nhũng, lãng phí, tiêu cực, hệ thống chính trị, chỉnh đốn'),
  (NULL, 'Văn hóa - Xã hội', 'văn hóa, xã hội, giáo dục, trường học, học sinh, y tế, bệnh viện, trạm y tế, môi trường, rác, vệ sinh, an sinh, người cao tuổi, trẻ em, thể thao, gia đình, chính sách, người có công, nhà văn hóa'),
  (NULL, 'Quốc phòng - An ninh', 'quốc phòng, an ninh, trật tự, công an, quân sự, dân quân, tội phạm, ma túy, an toàn giao thông, phòng cháy, chữa cháy, biên giới, trộm cắp, tệ nạn'),
  (NULL, 'Chuyển đổi số', 'chuyển đổi số, công nghệ số, số hóa, dịch vụ công trực tuyến, trực tuyến, điện tử, ứng dụng, phần mềm, internet, dữ liệu, thanh toán không dùng tiền mặt, định danh điện tử, vneid, kỹ năng số');

CREATE TABLE congress_comment (
  id              BIGINT        NOT NULL AUTO_INCREMENT,
  congress_id     BIGINT        NOT NULL,
  document_id     BIGINT        NOT NULL,
  -- 1-based paragraph the comment is about; NULL: the document as a whole
  paragraph       INT           NULL,
  -- DELEGATE (a participant, signed in), RESIDENT (the public page, no sign-in)
  author_kind     VARCHAR(10)   NOT NULL,
  delegate_id     BIGINT        NULL,
  author_name     VARCHAR(120)  NOT NULL,
  -- residents: the neighbourhood (khu phố / tổ dân phố) they live in
  neighbourhood   VARCHAR(120)  NULL,
  body            TEXT          NOT NULL,
  -- PENDING, APPROVED, REJECTED; only APPROVED comments are shown and counted
  status          VARCHAR(10)   NOT NULL,
  -- the secretariat has confirmed (or corrected) the fields
  fields_confirmed BOOLEAN      NOT NULL DEFAULT FALSE,
  created_at      TIMESTAMP(3)  NOT NULL,
  -- the user name of a signed-in author; residents have none
  created_by      VARCHAR(100)  NULL,
  reviewed_by     VARCHAR(100)  NULL,
  reviewed_at     TIMESTAMP(3)  NULL,
  PRIMARY KEY (id),
  KEY ix_comment_congress (congress_id, status),
  KEY ix_comment_document (document_id, status),
  CONSTRAINT fk_comment_congress FOREIGN KEY (congress_id) REFERENCES congress (id),
  CONSTRAINT fk_comment_document FOREIGN KEY (document_id) REFERENCES congress_document (id),
  CONSTRAINT fk_comment_delegate FOREIGN KEY (delegate_id) REFERENCES congress_delegate (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_vietnamese_ci;

-- The fields a comment is counted in now (suggested, chosen by the delegate, or confirmed by the secretariat) …
CREATE TABLE congress_comment_field (
  comment_id      BIGINT        NOT NULL,
  field_id        BIGINT        NOT NULL,
  PRIMARY KEY (comment_id, field_id),
  CONSTRAINT fk_comment_field_comment FOREIGN KEY (comment_id) REFERENCES congress_comment (id),
  CONSTRAINT fk_comment_field_field FOREIGN KEY (field_id) REFERENCES congress_field (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_vietnamese_ci;

-- … and what the keyword rule suggested when it was written, kept to see how well the rule does.
CREATE TABLE congress_comment_suggestion (
  comment_id      BIGINT        NOT NULL,
  field_id        BIGINT        NOT NULL,
  PRIMARY KEY (comment_id, field_id),
  CONSTRAINT fk_comment_suggestion_comment FOREIGN KEY (comment_id) REFERENCES congress_comment (id),
  CONSTRAINT fk_comment_suggestion_field FOREIGN KEY (field_id) REFERENCES congress_field (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_vietnamese_ci;
