"""The window: Qt widgets and item models over the engine (app.models) and the files (app.io).

:data:`WINDOW_MODULE` names the window's start-up module. The entry point (app/__main__.py) and
the self-test (app/selftest.py) import it by that name, which keeps Qt out of the command line.
"""

#: The window's start-up module (its ``run(argv)`` starts the window).
WINDOW_MODULE = "app.ui.shell.main"
