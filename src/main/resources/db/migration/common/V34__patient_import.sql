-- Patients from an EPR or PAS extract (issue 13). A patient's details are as of the extract that last set them, so
-- an older extract never replaces newer details (H76); null means as of the day the patient was added by hand.
-- last_import_id names the import (the audit event "patients.imported" has it as its entity id) that last set them.
alter table patient add column details_as_of date;
alter table patient add column last_import_id uuid;
