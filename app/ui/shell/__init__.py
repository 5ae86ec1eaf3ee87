"""The window's frame: start-up (:mod:`.main`), the main window with its menus and tabs
(:mod:`.main_window`), the recovery offer of an autosaved workshop (:mod:`.autosave`) and the
built-in guide (:mod:`.help`)."""
