"""Database: models, opening and migrating, backups."""
