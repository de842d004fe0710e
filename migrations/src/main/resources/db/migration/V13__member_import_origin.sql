-- A dossier created by a spreadsheet import names that import, instead of a creation revision per row:
-- one column of the row being written anyway, where 150,000 revision rows would slow an import by a third.
ALTER TABLE member ADD COLUMN import_id BIGINT NULL,
  ADD CONSTRAINT fk_member_import FOREIGN KEY (import_id) REFERENCES member_import (id);
