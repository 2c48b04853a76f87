"""One screen per module: the parts the main window switches between."""
