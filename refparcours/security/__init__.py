"""Protection at rest: the database key, accounts, the audit log."""
