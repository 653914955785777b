-- An upload may be sent only to be checked: its job validates every row exactly as for a save, in the same
-- transaction, and then rolls everything back. Its status says what a save would have come to (DONE: it would be
-- saved; REFUSED: it would not), its problems are kept as for any upload, and nothing of the register is written.
alter table upload add column check_only boolean not null default false;
