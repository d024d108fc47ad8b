"""refparcours — the référent de parcours' workbench.

The package root is the core: plain Python, no Qt. ``refparcours.data`` holds the
database, ``refparcours.ui`` the Qt interface.
"""

__version__ = "0.1.0"
APP_NAME = "refparcours"
