"""PySide6 interface. Talks to the core (``refparcours.dossiers``), never to SQL."""
